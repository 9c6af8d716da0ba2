package semantics.close_yield_while_closing;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.call;
import static dev.yieldj.tests.semantics.Py.print;

public class Main {
    public static void run() {
        print("-- a yield while closing");
        TplGenerators.YieldClosing y = TplGenerators.yieldClosing();
        call("next", y::next);
        try {
            y.close();
            print("close ok");
        } catch (IllegalStateException e) {
            print("close raised", e);
        }
        call("next", y::next);
        act("close again", y::close);

        print("-- a single finally that yields while closing");
        TplGenerators.Single s = TplGenerators.single();
        call("next", s::next);
        try {
            s.close();
            print("close ok");
        } catch (IllegalStateException e) {
            print("close raised", e);
        }
        call("next", s::next);
        act("close again", s::close);

        print("-- the yield's operand is evaluated before the exception");
        TplGenerators.Operand o = TplGenerators.operand();
        call("next", o::next);
        try {
            o.close();
            print("close ok");
        } catch (IllegalStateException e) {
            print("close raised", e);
        }

        print("-- the same finally reached normally yields as usual");
        for (int v : TplGenerators.single()) {
            print("got", v);
        }
    }
}
