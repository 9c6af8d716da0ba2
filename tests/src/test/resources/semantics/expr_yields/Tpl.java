package semantics.expr_yields;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import java.util.Arrays;

/** Twin: src/test/python/semantics/expr_yields.py (Java's left-to-right evaluation order around yields). */
public class Tpl {
    static int t(String label, int v) {
        print("eval", label);
        return v;
    }

    static int f(int a, int b, int c) {
        print("f", a, b, c);
        return a * 100 + b * 10 + c;
    }

    @Generator
    static void exprs(Coroutine<String, Integer> co) {
        int total = 1;
        total += co.yield("local+=");
        print("total", total);
        H.total += co.yield("field+=");
        print("H.total", H.total);
        H.arr[t("index", 1)] += co.yield("arr+=");
        print("H.arr", Arrays.toString(H.arr));
        H.total = t("lhs", H.total) + co.yield("field=field+");
        print("H.total", H.total);
        int r = f(t("a", 1), co.yield("arg"), t("c", 3));
        print("r", r);
        if (co.yield("cond") > t("limit", 5)) {
            print("big");
        } else {
            print("small");
        }
        int n = 0;
        while (co.yield("more?") != 0) {
            n += 1;
        }
        print("n", n);
        int s = co.yield("left") - co.yield("right");
        print("s", s);
        String text = t("x", 7) + ":" + co.yield("concat") + ":" + t("z", 9);
        print("text", text);
        int v = t("cond", 1) > 0 ? co.yield("then") : co.yield("else");
        print("v", v);
        boolean ok = t("lhs", 0) > 0 && co.yield("never") > 0;
        print("ok", ok);
        ok = t("lhs", 1) > 0 && co.yield("rhs") > 0;
        print("ok", ok);
        int nested = co.yield("outer " + co.yield("inner"));
        print("nested", nested);
        co.yield("total " + total);
    }
}
