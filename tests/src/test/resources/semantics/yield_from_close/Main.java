package semantics.yield_from_close;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.call;
import static dev.yieldj.tests.semantics.Py.print;

public class Main {
    public static void run() {
        print("-- the inner's finally fails while closing");
        TplGenerators.OuterOne g = TplGenerators.outerOne();
        call("next", g::next);
        act("close", g::close);
        call("next", g::next);
        act("close again", g::close);

        print("-- the inner's and the outer's finally fail");
        TplGenerators.OuterTwo g2 = TplGenerators.outerTwo();
        call("next", g2::next);
        call("next", g2::next);
        act("close", g2::close);
        call("next", g2::next);

        print("-- three levels");
        TplGenerators.ThreeLevels g3 = TplGenerators.threeLevels();
        call("next", g3::next);
        call("next", g3::next);
        call("next", g3::next);
        act("close", g3::close);

        print("-- the inner finishes normally first: its finally fails at the end, not at close");
        TplGenerators.OuterOne g4 = TplGenerators.outerOne();
        call("next", g4::next);
        call("next", g4::next);
        call("next", g4::next);
        act("close", g4::close);
    }
}
