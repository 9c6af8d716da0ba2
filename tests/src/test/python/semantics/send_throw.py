"""PEP 342 protocol: send(), throw() (Java throwInto) and return values (Java returnValue()). Twin of
src/test/resources/semantics/send_throw/*.java. pyhelp.Gen adds Java's returnValue() to a Python generator."""
from pyhelp import p, call, act, Gen


class Boom(Exception):
    pass


class Bang(Exception):
    pass


def echo():
    p("start")
    try:
        x = yield "ready"
        while True:
            p("received", x)
            if x == "stop":
                return
            try:
                x = yield "echo %s" % (x,) if x is not None else "echo None"
            except Boom as e:
                p("caught in body", e)
                x = yield "recovered %s" % e
    finally:
        p("finally echo")


def summer():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def words():
    yield "a"
    yield "b"
    return "done"


def returns_at_once():
    p("body runs")
    return "early"
    yield "never"


def main():
    p("-- next() is send(None)")
    g = echo()
    call("next", lambda: next(g))
    call("send a", lambda: g.send("a"))
    call("next", lambda: next(g))
    call("send None", lambda: g.send(None))
    act("close", g.close)

    p("-- send(non-null) to an unstarted generator; it stays unstarted and usable")
    g = echo()
    call("send a", lambda: g.send("a"))
    call("send None", lambda: g.send(None))
    call("send b", lambda: g.send("b"))

    p("-- the body ends: send raises NoSuchElementException, then stays finished")
    call("send stop", lambda: g.send("stop"))
    call("send c", lambda: g.send("c"))
    call("next", lambda: next(g))

    p("-- throwInto caught in the body: returns the next yielded value")
    g = echo()
    call("next", lambda: next(g))
    call("send a", lambda: g.send("a"))
    call("throwInto Boom", lambda: g.throw(Boom("t1")))
    call("send b", lambda: g.send("b"))
    p("-- throwInto not caught: the finally runs, it propagates, the generator is finished")
    call("throwInto Bang", lambda: g.throw(Bang("t2")))
    call("next", lambda: next(g))
    call("throwInto Boom on finished", lambda: g.throw(Boom("t3")))

    p("-- throwInto an unstarted generator: rethrown without running the body; then finished")
    g = echo()
    call("throwInto Boom on unstarted", lambda: g.throw(Boom("t4")))
    call("next", lambda: next(g))

    p("-- throwInto while suspended at the first yield, outside the inner try")
    g = echo()
    call("next", lambda: next(g))
    call("throwInto Boom", lambda: g.throw(Boom("t5")))
    call("next", lambda: next(g))

    p("-- returnValue()")
    g = Gen(summer())
    call("returnValue unstarted", g.return_value)
    call("next", g.next)
    call("send 5", lambda: g.send(5))
    call("send 7", lambda: g.send(7))
    call("returnValue suspended", g.return_value)
    call("send None", lambda: g.send(None))
    call("returnValue", g.return_value)
    call("returnValue again", g.return_value)

    g = Gen(words())
    for v in iter(g.next, None):
        p("got", v)
        if v == "b":
            break
    call("returnValue before the end", g.return_value)
    call("next", g.next)
    call("returnValue", g.return_value)

    g = Gen(returns_at_once())
    call("next", g.next)
    call("returnValue", g.return_value)


main()
