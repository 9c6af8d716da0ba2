package semantics.close_basics;

import static dev.yieldj.tests.semantics.Py.call;
import static dev.yieldj.tests.semantics.Py.print;
import static dev.yieldj.tests.semantics.Py.act;

public class Main {
    public static void run() {
        print("-- close an unstarted generator: nothing of the body runs");
        TplGenerators.Body g = TplGenerators.body();
        act("close", g::close);
        call("next", g::next);
        act("close again", g::close);

        print("-- close a suspended generator: finally once, the rest skipped");
        TplGenerators.Body g2 = TplGenerators.body();
        call("next", g2::next);
        act("close", g2::close);
        act("close again", g2::close);
        call("next", g2::next);

        print("-- close a finished generator");
        TplGenerators.Body g3 = TplGenerators.body();
        for (int v : g3) {
            print("got", v);
        }
        act("close", g3::close);
        call("next", g3::next);

        print("-- nested finally blocks run innermost first");
        TplGenerators.Nested n = TplGenerators.nested();
        call("next", n::next);
        act("close", n::close);

        print("-- catch blocks do not run on close");
        TplGenerators.Catching c = TplGenerators.catching();
        call("next", c::next);
        act("close", c::close);

        print("-- suspended inside a finally block: its rest is skipped, outer finally runs");
        TplGenerators.InFinally f = TplGenerators.inFinally();
        call("next", f::next);
        call("next", f::next);
        act("close", f::close);
        call("next", f::next);

        print("-- suspended inside a catch block");
        TplGenerators.InCatch k = TplGenerators.inCatch();
        call("next", k::next);
        act("close", k::close);

        print("-- an exception from finally propagates from close, outer finally still runs");
        TplGenerators.FailingFinally ff = TplGenerators.failingFinally();
        call("next", ff::next);
        act("close", ff::close);
        call("next", ff::next);
        act("close again", ff::close);

        print("-- two finally blocks fail: the first is thrown, the second suppressed into it");
        TplGenerators.TwoFailing tf = TplGenerators.twoFailing();
        call("next", tf::next);
        act("close", tf::close);
        call("next", tf::next);

        print("-- a generator finished by an exception is closed");
        TplGenerators.Raising r = TplGenerators.raising();
        call("next", r::next);
        call("next", r::next);
        act("close", r::close);
        call("next", r::next);
    }
}
