package semantics.expr_yields_values;

import static dev.yieldj.tests.semantics.Py.call;

public class Main {
    public static void run() {
        TplGenerators.Values g = TplGenerators.values();
        call("next", g::next);
        call("send 5", () -> g.send(5));
        H.total = 1000; // lost: read before the yield
        call("send 7", () -> g.send(7));
        H.arr[2] = 999; // lost: read before the yield
        int[] sends = {4, 77, 40, 2};
        for (int s : sends) {
            call("send " + s, () -> g.send(s));
        }
    }
}
