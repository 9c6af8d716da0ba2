package semantics.try_yields;

import static dev.yieldj.tests.semantics.Py.print;

import java.util.Iterator;

public class Main {
    static void pull(String name, Iterator<String> g) {
        print("--", name);
        try {
            while (g.hasNext()) {
                print(g.next());
            }
            print("end");
        } catch (RuntimeException e) {
            print("raised", e);
        }
    }

    public static void run() {
        pull("loop_jumps", TplGenerators.loopJumps(5));
        pull("while_jumps", TplGenerators.whileJumps());
        pull("return_through_finally", TplGenerators.returnThroughFinally());
        pull("break_in_finally_discards", TplGenerators.breakInFinallyDiscards());
        pull("rethrow", TplGenerators.rethrow());
        pull("multi_catch", TplGenerators.multiCatch());
        pull("escaping", TplGenerators.escaping());
        pull("catch_then_yield_in_finally", TplGenerators.catchThenYieldInFinally());
    }
}
