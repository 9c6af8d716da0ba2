package semantics.yield_from;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.call;
import static dev.yieldj.tests.semantics.Py.print;

public class Main {
    public static void run() {
        print("-- values pass through, send reaches the inner, return values reach the outer");
        TplGenerators.Outer g = TplGenerators.outer();
        call("next", g::next);
        call("send s1", () -> g.send("s1"));
        call("send s2", () -> g.send("s2"));
        call("send s3", () -> g.send("s3"));
        call("send s4", () -> g.send("s4"));
        call("send s5", () -> g.send("s5"));
        call("next", g::next);
        call("next", g::next);

        print("-- throwInto reaches the inner, which catches it");
        TplGenerators.Outer g2 = TplGenerators.outer();
        call("next", g2::next);
        call("next", g2::next);
        call("throwInto Boom", () -> g2.throwInto(new Boom("b1")));
        call("send s", () -> g2.send("s"));
        print("-- an exception the inner does not catch reaches the outer around the delegation");
        call("next", g2::next);
        call("throwInto Bang", () -> g2.throwInto(new Bang("b2")));
        call("send t", () -> g2.send("t"));
        call("next", g2::next);

        print("-- close() of the outer closes the inner first");
        TplGenerators.Outer g3 = TplGenerators.outer();
        call("next", g3::next);
        act("close", g3::close);
        call("next", g3::next);

        print("-- three levels: send and throwInto reach the innermost, close runs innermost first");
        TplGenerators.Top t = TplGenerators.top();
        call("next", t::next);
        call("send x", () -> t.send("x"));
        call("throwInto Boom", () -> t.throwInto(new Boom("deep")));
        call("send y", () -> t.send("y"));
        call("next", t::next);
        TplGenerators.Top t2 = TplGenerators.top();
        call("next", t2::next);
        act("close", t2::close);

        print("-- a started inner is continued, not restarted");
        TplGenerators.Continues c = TplGenerators.continues();
        call("next", c::next);
        call("send q", () -> c.send("q"));
        call("send r", () -> c.send("r"));
        call("send s", () -> c.send("s"));

        print("-- an exception of the inner caught around the delegation");
        for (String v : TplGenerators.catchesInner()) {
            print("got", v);
        }

        print("-- an inner that returns at once");
        for (String v : TplGenerators.emptyInner()) {
            print("got", v);
        }

        print("-- a plain iterator: values pass through");
        for (String v : TplGenerators.overPlain(new Src("s", 2))) {
            print("got", v);
        }
        print("-- a plain iterator: throwInto closes it, then raises at the delegation");
        TplGenerators.OverPlain p = TplGenerators.overPlain(new Src("t", 5));
        call("next", p::next);
        call("next", p::next);
        call("throwInto Boom", () -> p.throwInto(new Boom("plain")));
        call("next", p::next);
        print("-- a plain iterator: close() closes it first");
        TplGenerators.OverPlain p2 = TplGenerators.overPlain(new Src("u", 5));
        call("next", p2::next);
        call("next", p2::next);
        act("close", p2::close);
        print("-- an Iterable");
        for (String v : TplGenerators.overList()) {
            print("got", v);
        }
    }
}
