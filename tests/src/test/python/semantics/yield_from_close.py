"""close() of a delegating generator whose inner generator's finally fails: the inner's exception propagates at
the delegation, the outer finally still runs, close() raises it; where the outer finally fails too, Java's close()
throws the first failure with the second suppressed (pyhelp.close_java maps Python's __context__ chain). Twin of
src/test/resources/semantics/yield_from_close/*.java."""
from pyhelp import p, call, act, close_java


class Boom(Exception):
    pass


def inner_failing(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        p("inner finally", tag)
        raise Boom("inner " + tag)


def outer_one():
    try:
        yield from inner_failing("a")
        p("never")
    finally:
        p("outer finally")


def outer_two():
    try:
        yield "o"
        yield from inner_failing("b")
        p("never")
    finally:
        p("outer finally")
        raise Boom("outer")


def three_levels():
    try:
        yield from outer_two()
    finally:
        p("top finally")


def main():
    p("-- the inner's finally fails while closing")
    g = outer_one()
    call("next", lambda: next(g))
    close_java("close", g)
    call("next", lambda: next(g))
    act("close again", g.close)

    p("-- the inner's and the outer's finally fail")
    g = outer_two()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    close_java("close", g)
    call("next", lambda: next(g))

    p("-- three levels")
    g = three_levels()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    close_java("close", g)

    p("-- the inner finishes normally first: its finally fails at the end, not at close")
    g = outer_one()
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    call("next", lambda: next(g))
    act("close", g.close)


main()
