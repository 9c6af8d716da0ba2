"""Printing helpers shared by the Python twins; the Java side is dev.yieldj.tests.semantics.Py.

Exceptions print in a canonical form both twins produce:
  StopIteration                                   -> NoSuchElementException
  ValueError("generator already executing")       -> IllegalStateException(already executing)
  RuntimeError("generator ignored GeneratorExit") -> IllegalStateException(ignored close)
  TypeError("can't send non-None value to a just-started generator") -> IllegalStateException
  ProtocolError (raised by the twins for Java-only protocol errors such as returnValue() too early)
                                                  -> IllegalStateException
  any other exception (user classes are named as their Java twins) -> Name(message)
followed by " +Name(message)" for each exception in e.suppressed (a list the twins set where Java uses
addSuppressed).
"""


class ProtocolError(Exception):
    """A protocol misuse that Java reports as a bare IllegalStateException."""


def ex(e):
    s = _name(e)
    for sup in getattr(e, "suppressed", []):
        s += " +" + ex(sup)
    return s


def _name(e):
    if isinstance(e, StopIteration):
        return "NoSuchElementException"
    if isinstance(e, ValueError) and "already executing" in str(e):
        return "IllegalStateException(already executing)"
    if isinstance(e, RuntimeError) and "ignored GeneratorExit" in str(e):
        return "IllegalStateException(ignored close)"
    if isinstance(e, TypeError) and "just-started" in str(e):
        return "IllegalStateException"
    if isinstance(e, ProtocolError):
        return "IllegalStateException"
    return "%s(%s)" % (type(e).__name__, e)


def s(v):
    if v is None:
        return "None"
    if isinstance(v, BaseException):
        return ex(v)
    return str(v)


def p(*parts):
    print(" ".join(s(x) for x in parts))


def call(label, f):
    """Prints 'label -> value' for what f() returns, or 'label raised <exception>' (Py.call)."""
    try:
        v = f()
    except Exception as e:
        p(label, "raised", e)
        return
    p(label, "->", v)


def act(label, f):
    """Runs f(), printing 'label ok' or 'label raised <exception>' (Py.act)."""
    try:
        f()
    except Exception as e:
        p(label, "raised", e)
        return
    p(label, "ok")


class Gen:
    """A generator with the Java API's returnValue(): the value of StopIteration once the body returned."""

    def __init__(self, g):
        self.g = g
        self.returned = False
        self.value = None

    def _catch(self, f):
        try:
            return f()
        except StopIteration as e:
            self.returned = True
            self.value = e.value
            raise

    def next(self):
        return self._catch(lambda: next(self.g))

    def send(self, v):
        return self._catch(lambda: self.g.send(v))

    def throw(self, e):
        return self._catch(lambda: self.g.throw(e))

    def close(self):
        self.g.close()

    def return_value(self):
        if not self.returned:
            raise ProtocolError("not finished")
        return self.value


def close_java(label, g):
    """g.close() printed as Java reports it when several finally blocks fail while closing: Python raises the
    LAST exception with the earlier ones chained as __context__; Java's close() throws the FIRST with the later
    ones added as suppressed (the chain of __context__, oldest first, GeneratorExit left out)."""
    try:
        g.close()
    except Exception as e:
        chain = []
        c = e
        while c is not None and not isinstance(c, GeneratorExit):
            chain.append(c)
            c = c.__context__
        chain.reverse()
        first = chain[0]
        first.suppressed = chain[1:]
        p(label, "raised", first)
        return
    p(label, "ok")
