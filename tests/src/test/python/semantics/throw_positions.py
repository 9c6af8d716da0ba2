"""throw() (Java throwInto) at yields standing in finally blocks, catch blocks and try-with-resources bodies.
Twin of src/test/resources/semantics/throw_positions/*.java. The try-with-resources is written as its JLS
translation (see twr.py)."""
from pyhelp import p, call


class Boom(Exception):
    pass


class R:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail
        p("open", name)

    def close(self):
        p("close", self.name)
        if self.fail:
            raise Boom("close " + self.name)


def in_finally():
    try:
        try:
            yield 1
        finally:
            p("finally start")
            yield 2
            p("finally rest")
        p("after inner try")
    except Boom as e:
        p("caught", e)
        yield 3
    p("end")


def in_catch():
    try:
        try:
            raise Boom("first")
        except Boom as e:
            p("catch start", e)
            yield 1
            p("catch rest")
    except Boom as e:
        p("outer caught", e)
        yield 2


def in_twr(fail):
    r = R("r", fail)
    primary = None
    try:
        yield 1
        p("body rest")
    except Exception as t:
        primary = t
        raise
    finally:
        if primary is not None:
            try:
                r.close()
            except Exception as s:
                primary.suppressed = getattr(primary, "suppressed", []) + [s]
        else:
            r.close()
    yield 2


def main():
    p("-- throwInto at a yield inside a finally block: the rest of the finally is skipped")
    g = in_finally()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    call("throwInto", lambda: g.throw(Boom("t1")))
    call("next", lambda: next(g))

    p("-- throwInto at a yield inside a catch block")
    g = in_catch()
    call("next", lambda: next(g))
    call("throwInto", lambda: g.throw(Boom("t2")))
    call("next", lambda: next(g))

    p("-- throwInto inside try-with-resources: the resource is closed")
    g = in_twr(False)
    call("next", lambda: next(g))
    call("throwInto", lambda: g.throw(Boom("t3")))
    call("next", lambda: next(g))

    p("-- throwInto inside try-with-resources whose close fails: suppressed into the thrown exception")
    g = in_twr(True)
    call("next", lambda: next(g))
    call("throwInto", lambda: g.throw(Boom("t4")))
    call("next", lambda: next(g))


main()
