"""Compound assignments whose right operand yields, used as VALUES (Java: print(total += co.yield(v))), and
increments around yields. The Python twin writes each as a statement followed by a use of the target, which
prints the same. Twin of src/test/resources/semantics/expr_yields_values/*.java (see expr_yields.py)."""
from pyhelp import p, call


class H:
    total = 0
    arr = [10, 20, 30]


def t(label, v):
    p("eval", label)
    return v


def values():
    total = 1
    total += yield "local+="
    p("value", total)
    H.total += yield "field+="
    p("value", H.total)
    i = t("index", 2)
    H.arr[i] -= yield "arr-="
    p("value", H.arr[i])
    k = 0
    H.arr[k] = yield "arr[k++]="  # Java: H.arr[k++] = co.yield(..): k++ happens before the yield
    k += 1
    p("k", k, "arr", H.arr)
    x = 5
    old = x
    x += 1
    x = yield "x++ %d" % old  # Java: x = co.yield("x++ " + x++): the increment is overwritten
    p("x", x)
    m = 3
    m *= (yield "m*=") + t("plus", 1)
    p("m", m)


def main():
    g = values()
    call("next", lambda: next(g))
    call("send 5", lambda: g.send(5))
    H.total = 1000
    call("send 7", lambda: g.send(7))
    H.arr[2] = 999
    call("send 4", lambda: g.send(4))
    call("send 77", lambda: g.send(77))
    call("send 40", lambda: g.send(40))
    call("send 2", lambda: g.send(2))


main()
