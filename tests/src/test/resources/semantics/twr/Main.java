package semantics.twr;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.call;
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
        pull("three", TplGenerators.three(false, false, false));
        pull("three, body throws, b and c fail to close", TplGenerators.three(true, true, true));
        pull("three, c fails to close", TplGenerators.three(false, true, false));
        pull("with_null", TplGenerators.withNull());
        pull("outside", TplGenerators.outside());
        pull("catch_after_close", TplGenerators.catchAfterClose());

        print("-- close() while suspended in the body: c, b, a closed");
        TplGenerators.Three g = TplGenerators.three(false, false, false);
        call("next", g::next);
        call("next", g::next);
        act("close", g::close);
        act("close again", g::close);

        print("-- close() while suspended, b and c fail to close: c's failure, b's suppressed");
        TplGenerators.Three g2 = TplGenerators.three(true, true, false);
        call("next", g2::next);
        call("next", g2::next);
        call("next", g2::next);
        act("close", g2::close);
        call("next", g2::next);

        print("-- close() before the resources are opened");
        TplGenerators.Three g3 = TplGenerators.three(false, false, false);
        call("next", g3::next);
        act("close", g3::close);

        print("-- close() of outside: the resource declared outside is closed only if the try was entered");
        TplGenerators.Outside o = TplGenerators.outside();
        call("next", o::next);
        act("close", o::close);
        TplGenerators.Outside o2 = TplGenerators.outside();
        call("next", o2::next);
        call("next", o2::next);
        act("close", o2::close);
    }
}
