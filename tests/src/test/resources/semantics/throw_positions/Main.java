package semantics.throw_positions;

import static dev.yieldj.tests.semantics.Py.call;
import static dev.yieldj.tests.semantics.Py.print;

public class Main {
    public static void run() {
        print("-- throwInto at a yield inside a finally block: the rest of the finally is skipped");
        TplGenerators.InFinally g = TplGenerators.inFinally();
        call("next", g::next);
        call("next", g::next);
        call("throwInto", () -> g.throwInto(new Boom("t1")));
        call("next", g::next);

        print("-- throwInto at a yield inside a catch block");
        TplGenerators.InCatch c = TplGenerators.inCatch();
        call("next", c::next);
        call("throwInto", () -> c.throwInto(new Boom("t2")));
        call("next", c::next);

        print("-- throwInto inside try-with-resources: the resource is closed");
        TplGenerators.InTwr t = TplGenerators.inTwr(false);
        call("next", t::next);
        call("throwInto", () -> t.throwInto(new Boom("t3")));
        call("next", t::next);

        print("-- throwInto inside try-with-resources whose close fails: suppressed into the thrown exception");
        TplGenerators.InTwr t2 = TplGenerators.inTwr(true);
        call("next", t2::next);
        call("throwInto", () -> t2.throwInto(new Boom("t4")));
        call("next", t2::next);
    }
}
