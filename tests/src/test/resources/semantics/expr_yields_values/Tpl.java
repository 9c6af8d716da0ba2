package semantics.expr_yields_values;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import java.util.Arrays;

/** Twin: src/test/python/semantics/expr_yields_values.py. */
public class Tpl {
    static int t(String label, int v) {
        print("eval", label);
        return v;
    }

    @Generator
    static void values(Coroutine<String, Integer> co) {
        int total = 1;
        print("value", total += co.yield("local+="));
        print("value", H.total += co.yield("field+="));
        int i = t("index", 2);
        print("value", H.arr[i] -= co.yield("arr-="));
        int k = 0;
        H.arr[k++] = co.yield("arr[k++]=");
        print("k", k, "arr", Arrays.toString(H.arr));
        int x = 5;
        x = co.yield("x++ " + x++);
        print("x", x);
        int m = 3;
        print("m", m *= co.yield("m*=") + t("plus", 1));
    }
}
