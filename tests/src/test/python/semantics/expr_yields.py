"""Yields inside expressions (Java: S got = co.yield(v) anywhere an expression may stand): compound assignment,
method arguments, conditions, two yields in one expression, concatenation, conditional expressions, short
circuits. Python and Java both evaluate left to right, and both read the left operand of a compound assignment
(a field, an array element) BEFORE the right-hand yield suspends: the consumer changes the field/element while
the generator is suspended and the change is lost. Side-effecting helpers (t) trace the order. Twin of
src/test/resources/semantics/expr_yields/*.java."""
from pyhelp import p, call


class H:
    total = 0
    arr = [10, 20, 30]


def t(label, v):
    p("eval", label)
    return v


def f(a, b, c):
    p("f", a, b, c)
    return a * 100 + b * 10 + c


def exprs():
    total = 1
    total += yield "local+="
    p("total", total)
    H.total += yield "field+="
    p("H.total", H.total)
    H.arr[t("index", 1)] += yield "arr+="
    p("H.arr", H.arr)
    H.total = t("lhs", H.total) + (yield "field=field+")
    p("H.total", H.total)
    r = f(t("a", 1), (yield "arg"), t("c", 3))
    p("r", r)
    if (yield "cond") > t("limit", 5):
        p("big")
    else:
        p("small")
    n = 0
    while (yield "more?") != 0:
        n += 1
    p("n", n)
    s = (yield "left") - (yield "right")
    p("s", s)
    text = str(t("x", 7)) + ":" + str((yield "concat")) + ":" + str(t("z", 9))
    p("text", text)
    v = (yield "then") if t("cond", 1) > 0 else (yield "else")
    p("v", v)
    ok = t("lhs", 0) > 0 and (yield "never") > 0
    p("ok", ok)
    ok = t("lhs", 1) > 0 and (yield "rhs") > 0
    p("ok", ok)
    nested = yield "outer %d" % (yield "inner")
    p("nested", nested)
    yield "total %d" % total


def main():
    g = exprs()
    call("next", lambda: next(g))
    call("send 5", lambda: g.send(5))
    H.total = 1000  # lost: H.total was read before the yield
    call("send 7", lambda: g.send(7))
    H.arr[1] = 999  # lost: H.arr[1] was read before the yield
    call("send 5", lambda: g.send(5))
    H.total = 2000  # lost: the left operand of + was evaluated before the yield
    call("send 3", lambda: g.send(3))
    call("send 2", lambda: g.send(2))
    call("send 6", lambda: g.send(6))
    call("send 1", lambda: g.send(1))
    call("send 1", lambda: g.send(1))
    call("send 0", lambda: g.send(0))
    call("send 10", lambda: g.send(10))
    call("send 4", lambda: g.send(4))
    call("send 8", lambda: g.send(8))
    call("send 42", lambda: g.send(42))
    call("send 1", lambda: g.send(1))
    call("send 11", lambda: g.send(11))
    call("send 12", lambda: g.send(12))
    call("send 0", lambda: g.send(0))


main()
