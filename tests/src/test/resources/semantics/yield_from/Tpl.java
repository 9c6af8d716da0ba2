package semantics.yield_from;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.List;

/** Twin: src/test/python/semantics/yield_from.py. */
public class Tpl {
    @Generator
    static String inner(String tag, Coroutine<String, String> co) {
        print("inner start", tag);
        try {
            String x = co.yield(tag + "-1");
            print("inner got", x);
            try {
                x = co.yield(tag + "-2");
                print("inner got", x);
            } catch (Boom e) {
                print("inner caught", e);
                x = co.yield(tag + "-recovered");
                print("inner got", x);
            }
            return "ret-" + tag;
        } finally {
            print("inner finally", tag);
        }
    }

    @Generator
    static void outer(Coroutine<String, String> co) {
        print("outer start");
        try {
            TplGenerators.Inner a = TplGenerators.inner("a");
            co.yieldAll(a);
            String r = a.returnValue();
            print("outer got return", r);
            String got = co.yield("outer-mid");
            print("outer got", got);
            try {
                TplGenerators.Inner b = TplGenerators.inner("b");
                co.yieldAll(b);
                String r2 = b.returnValue();
                print("outer got return", r2);
            } catch (Bang e) {
                print("outer caught", e);
                got = co.yield("outer-recovered");
                print("outer got", got);
            }
            co.yield("outer-end");
        } finally {
            print("outer finally");
        }
    }

    @Generator
    static String middle(Coroutine<String, String> co) {
        try {
            TplGenerators.Inner in = TplGenerators.inner("m");
            co.yieldAll(in);
            String r = in.returnValue();
            print("middle got return", r);
            return "mid(" + r + ")";
        } finally {
            print("middle finally");
        }
    }

    @Generator
    static void top(Coroutine<String, String> co) {
        try {
            TplGenerators.Middle m = TplGenerators.middle();
            co.yieldAll(m);
            String r = m.returnValue();
            print("top got return", r);
            co.yield("top-end");
        } finally {
            print("top finally");
        }
    }

    @Generator
    static void continues(Coroutine<String, String> co) {
        TplGenerators.Inner i = TplGenerators.inner("c");
        String first = i.next();
        String got = co.yield("pre " + first);
        print("continues got", got);
        co.yieldAll(i);
        String r = i.returnValue();
        print("continues got return", r);
    }

    @Generator
    static void raisingInner(Yield<String> out) {
        out.yield("r1");
        throw new Boom("from inner");
    }

    @Generator
    static void catchesInner(Yield<String> out) {
        try {
            out.yieldAll(TplGenerators.raisingInner());
        } catch (Boom e) {
            print("caught around delegation", e);
        }
        out.yield("after");
    }

    @Generator
    static String returnsAtOnce(Yield<String> out) {
        print("returns at once");
        return "nothing yielded";
    }

    @Generator
    static void emptyInner(Yield<String> out) {
        TplGenerators.ReturnsAtOnce in = TplGenerators.returnsAtOnce();
        out.yieldAll(in);
        String r = in.returnValue();
        print("got return", r);
        out.yield("end " + r);
    }

    @Generator
    static void overPlain(Src src, Coroutine<String, String> co) {
        try {
            try {
                co.yield("before");
                co.yieldAll(src);
                co.yield("after");
            } catch (Boom e) {
                print("caught at the delegation", e);
                co.yield("recovered");
            }
        } finally {
            print("over_plain finally");
        }
    }

    @Generator
    static void overList(Yield<String> out) {
        out.yieldAll(List.of("x", "y"));
        out.yieldAll(List.<String>of());
        out.yield("z");
    }
}
