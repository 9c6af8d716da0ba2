package semantics.expr_yields;

import static dev.yieldj.tests.semantics.Py.call;

public class Main {
    public static void run() {
        TplGenerators.Exprs g = TplGenerators.exprs();
        call("next", g::next);
        call("send 5", () -> g.send(5));
        H.total = 1000; // lost: H.total was read before the yield
        call("send 7", () -> g.send(7));
        H.arr[1] = 999; // lost: H.arr[1] was read before the yield
        call("send 5", () -> g.send(5));
        H.total = 2000; // lost: the left operand of + was evaluated before the yield
        int[] sends = {3, 2, 6, 1, 1, 0, 10, 4, 8, 42, 1, 11, 12, 0};
        for (int s : sends) {
            call("send " + s, () -> g.send(s));
        }
    }
}
