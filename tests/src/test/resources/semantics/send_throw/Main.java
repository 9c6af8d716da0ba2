package semantics.send_throw;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.call;
import static dev.yieldj.tests.semantics.Py.print;

public class Main {
    public static void run() {
        print("-- next() is send(None)");
        TplGenerators.Echo g = TplGenerators.echo();
        call("next", g::next);
        call("send a", () -> g.send("a"));
        call("next", g::next);
        call("send None", () -> g.send(null));
        act("close", g::close);

        print("-- send(non-null) to an unstarted generator; it stays unstarted and usable");
        TplGenerators.Echo g2 = TplGenerators.echo();
        call("send a", () -> g2.send("a"));
        call("send None", () -> g2.send(null));
        call("send b", () -> g2.send("b"));

        print("-- the body ends: send raises NoSuchElementException, then stays finished");
        call("send stop", () -> g2.send("stop"));
        call("send c", () -> g2.send("c"));
        call("next", g2::next);

        print("-- throwInto caught in the body: returns the next yielded value");
        TplGenerators.Echo g3 = TplGenerators.echo();
        call("next", g3::next);
        call("send a", () -> g3.send("a"));
        call("throwInto Boom", () -> g3.throwInto(new Boom("t1")));
        call("send b", () -> g3.send("b"));
        print("-- throwInto not caught: the finally runs, it propagates, the generator is finished");
        call("throwInto Bang", () -> g3.throwInto(new Bang("t2")));
        call("next", g3::next);
        call("throwInto Boom on finished", () -> g3.throwInto(new Boom("t3")));

        print("-- throwInto an unstarted generator: rethrown without running the body; then finished");
        TplGenerators.Echo g4 = TplGenerators.echo();
        call("throwInto Boom on unstarted", () -> g4.throwInto(new Boom("t4")));
        call("next", g4::next);

        print("-- throwInto while suspended at the first yield, outside the inner try");
        TplGenerators.Echo g5 = TplGenerators.echo();
        call("next", g5::next);
        call("throwInto Boom", () -> g5.throwInto(new Boom("t5")));
        call("next", g5::next);

        print("-- returnValue()");
        TplGenerators.Summer s = TplGenerators.summer();
        call("returnValue unstarted", s::returnValue);
        call("next", s::next);
        call("send 5", () -> s.send(5));
        call("send 7", () -> s.send(7));
        call("returnValue suspended", s::returnValue);
        call("send None", () -> s.send(null));
        call("returnValue", s::returnValue);
        call("returnValue again", s::returnValue);

        TplGenerators.Words w = TplGenerators.words();
        while (true) {
            String v = w.next();
            print("got", v);
            if (v.equals("b")) {
                break;
            }
        }
        call("returnValue before the end", w::returnValue);
        call("next", w::next);
        call("returnValue", w::returnValue);

        TplGenerators.ReturnsAtOnce r = TplGenerators.returnsAtOnce();
        call("next", r::next);
        call("returnValue", r::returnValue);
    }
}
