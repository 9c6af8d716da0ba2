"""PEP 380 delegation (Java out.yieldAll(...)): values pass through, send()/throw() reach the innermost generator,
close() of the outer closes the inner first, the inner's return value reaches the outer, an exception of the inner
can be caught around the delegation, a started inner is continued, and the rules for plain iterators. Twin of
src/test/resources/semantics/yield_from/*.java.

Deliberate difference prescribed by SPEC.md: throwInto() while delegating to a plain Iterator closes it (if it is
AutoCloseable) before raising at the yieldAll; CPython closes a sub-iterator without throw() only for close(),
and for throw() raises at the `yield from` without closing it. The twin's Src models SPEC's rule with a throw()
method that closes the iterator and re-raises."""
from pyhelp import p, call, act


class Boom(Exception):
    pass


class Bang(Exception):
    pass


def inner(tag):
    p("inner start", tag)
    try:
        x = yield "%s-1" % tag
        p("inner got", x)
        try:
            x = yield "%s-2" % tag
            p("inner got", x)
        except Boom as e:
            p("inner caught", e)
            x = yield "%s-recovered" % tag
            p("inner got", x)
        return "ret-%s" % tag
    finally:
        p("inner finally", tag)


def outer():
    p("outer start")
    try:
        r = yield from inner("a")
        p("outer got return", r)
        got = yield "outer-mid"
        p("outer got", got)
        try:
            r2 = yield from inner("b")
            p("outer got return", r2)
        except Bang as e:
            p("outer caught", e)
            got = yield "outer-recovered"
            p("outer got", got)
        yield "outer-end"
    finally:
        p("outer finally")


def middle():
    try:
        r = yield from inner("m")
        p("middle got return", r)
        return "mid(%s)" % r
    finally:
        p("middle finally")


def top():
    try:
        r = yield from middle()
        p("top got return", r)
        yield "top-end"
    finally:
        p("top finally")


def continues():
    i = inner("c")
    first = next(i)
    got = yield "pre " + first
    p("continues got", got)
    r = yield from i
    p("continues got return", r)


def raising_inner():
    yield "r1"
    raise Boom("from inner")


def catches_inner():
    try:
        yield from raising_inner()
    except Boom as e:
        p("caught around delegation", e)
    yield "after"


def returns_at_once():
    p("returns at once")
    return "nothing yielded"
    yield


def empty_inner():
    r = yield from returns_at_once()
    p("got return", r)
    yield "end " + r


class Src:
    """A plain iterator that can be closed (Java: Iterator + AutoCloseable, no throw)."""

    def __init__(self, name, n):
        self.name = name
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return "%s%d" % (self.name, self.i)

    def close(self):
        p("close", self.name)

    def throw(self, e):  # SPEC.md's rule (see the module comment)
        self.close()
        raise e


def over_plain(src):
    try:
        try:
            yield "before"
            yield from src
            yield "after"
        except Boom as e:
            p("caught at the delegation", e)
            yield "recovered"
    finally:
        p("over_plain finally")


def over_list():
    yield from ["x", "y"]
    yield from []
    yield "z"


def main():
    p("-- values pass through, send reaches the inner, return values reach the outer")
    g = outer()
    call("next", lambda: next(g))
    call("send s1", lambda: g.send("s1"))
    call("send s2", lambda: g.send("s2"))
    call("send s3", lambda: g.send("s3"))
    call("send s4", lambda: g.send("s4"))
    call("send s5", lambda: g.send("s5"))
    call("next", lambda: next(g))
    call("next", lambda: next(g))

    p("-- throwInto reaches the inner, which catches it")
    g = outer()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    call("throwInto Boom", lambda: g.throw(Boom("b1")))
    call("send s", lambda: g.send("s"))
    p("-- an exception the inner does not catch reaches the outer around the delegation")
    call("next", lambda: next(g))
    call("throwInto Bang", lambda: g.throw(Bang("b2")))
    call("send t", lambda: g.send("t"))
    call("next", lambda: next(g))

    p("-- close() of the outer closes the inner first")
    g = outer()
    call("next", lambda: next(g))
    act("close", g.close)
    call("next", lambda: next(g))

    p("-- three levels: send and throwInto reach the innermost, close runs innermost first")
    g = top()
    call("next", lambda: next(g))
    call("send x", lambda: g.send("x"))
    call("throwInto Boom", lambda: g.throw(Boom("deep")))
    call("send y", lambda: g.send("y"))
    call("next", lambda: next(g))
    g = top()
    call("next", lambda: next(g))
    act("close", g.close)

    p("-- a started inner is continued, not restarted")
    g = continues()
    call("next", lambda: next(g))
    call("send q", lambda: g.send("q"))
    call("send r", lambda: g.send("r"))
    call("send s", lambda: g.send("s"))

    p("-- an exception of the inner caught around the delegation")
    for v in catches_inner():
        p("got", v)

    p("-- an inner that returns at once")
    for v in empty_inner():
        p("got", v)

    p("-- a plain iterator: values pass through")
    for v in over_plain(Src("s", 2)):
        p("got", v)
    p("-- a plain iterator: throwInto closes it, then raises at the delegation")
    g = over_plain(Src("t", 5))
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    call("throwInto Boom", lambda: g.throw(Boom("plain")))
    call("next", lambda: next(g))
    p("-- a plain iterator: close() closes it first")
    g = over_plain(Src("u", 5))
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)
    p("-- an Iterable")
    for v in over_list():
        p("got", v)


main()
