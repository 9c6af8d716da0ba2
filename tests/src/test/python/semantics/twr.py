"""try-with-resources in generators: several resources (closed in reverse order), close failures suppressed into
the primary exception, null resources skipped, resources declared outside, and close() of a generator suspended
inside the body. Twin of src/test/resources/semantics/twr/*.java.

Python's `with` chains exceptions (__context__) instead of suppressing them, so each Java try-with-resources is
written here as its JLS 14.20.3.1 translation (twr_close below): the primary exception is the body's; a close()
failure is added to primary.suppressed; without a primary a close() failure propagates. The primary is caught
with `except Exception`, so GeneratorExit (close()) is not a primary: as SPEC.md says, closing the generator is
not an exception of the body, and a resource failing to close then propagates from close()."""
from pyhelp import p, call, act


class Boom(Exception):
    pass


class R:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
        p("open", name)

    def use(self):
        p("use", self.name)

    def close(self):
        p("close", self.name)
        if self.fail:
            raise Boom("close " + self.name)


def add_suppressed(primary, e):
    if not hasattr(primary, "suppressed"):
        primary.suppressed = []
    primary.suppressed.append(e)


def twr_close(r, primary):
    """The finally part of the JLS translation of one resource."""
    if r is None:
        return
    if primary is not None:
        try:
            r.close()
        except Exception as s:
            add_suppressed(primary, s)
    else:
        r.close()


def three(fail_b=False, fail_c=False, throw=False):
    yield "before"
    a = R("a")
    primary_a = None
    try:
        b = R("b", fail_b)
        primary_b = None
        try:
            c = R("c", fail_c)
            primary_c = None
            try:
                a.use()
                yield "body 1"
                b.use()
                yield "body 2"
                c.use()
                if throw:
                    raise Boom("body")
            except Exception as t:
                primary_c = t
                raise
            finally:
                twr_close(c, primary_c)
        except Exception as t:
            primary_b = t
            raise
        finally:
            twr_close(b, primary_b)
    except Exception as t:
        primary_a = t
        raise
    finally:
        twr_close(a, primary_a)
    yield "after"


def with_null():
    a = R("a")
    primary_a = None
    try:
        n = None
        primary_n = None
        try:
            c = R("c")
            primary_c = None
            try:
                yield "n is %s" % n
            except Exception as t:
                primary_c = t
                raise
            finally:
                twr_close(c, primary_c)
        except Exception as t:
            primary_n = t
            raise
        finally:
            twr_close(n, primary_n)
    except Exception as t:
        primary_a = t
        raise
    finally:
        twr_close(a, primary_a)
    yield "end"


def outside():
    o = R("outside")
    yield "opened"
    primary = None
    try:
        o.use()
        yield "in body"
    except Exception as t:
        primary = t
        raise
    finally:
        twr_close(o, primary)
    yield "end"


def catch_after_close():
    try:
        a = R("a")
        primary = None
        try:
            yield "body"
            raise Boom("x")
        except Exception as t:
            primary = t
            raise
        finally:
            twr_close(a, primary)
    except Boom as e:
        yield "caught %s (resource already closed)" % e
    finally:
        yield "finally"
    yield "end"


def pull(name, g):
    p("--", name)
    try:
        for v in g:
            p(v)
        p("end")
    except Exception as e:
        p("raised", e)


def main():
    pull("three", three())
    pull("three, body throws, b and c fail to close", three(True, True, True))
    pull("three, c fails to close", three(False, True, False))
    pull("with_null", with_null())
    pull("outside", outside())
    pull("catch_after_close", catch_after_close())

    p("-- close() while suspended in the body: c, b, a closed")
    g = three()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)
    act("close again", g.close)

    p("-- close() while suspended, b and c fail to close: c's failure, b's suppressed")
    g = three(True, True)
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)
    call("next", lambda: next(g))

    p("-- close() before the resources are opened")
    g = three()
    call("next", lambda: next(g))
    act("close", g.close)

    p("-- close() of outside: the resource declared outside is closed only if the try was entered")
    g = outside()
    call("next", lambda: next(g))
    act("close", g.close)
    g = outside()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)


main()
