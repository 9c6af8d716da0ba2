package semantics.twr;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import dev.yieldj.tests.semantics.Py;

/** Twin: src/test/python/semantics/twr.py (which spells out the JLS translation of try-with-resources). */
public class Tpl {
    @Generator
    static void three(boolean failB, boolean failC, boolean fail, Yield<String> out) {
        out.yield("before");
        try (R a = new R("a"); R b = new R("b", failB); R c = new R("c", failC)) {
            a.use();
            out.yield("body 1");
            b.use();
            out.yield("body 2");
            c.use();
            if (fail) {
                throw new Boom("body");
            }
        }
        out.yield("after");
    }

    @Generator
    static void withNull(Yield<String> out) {
        try (R a = new R("a"); R n = null; R c = new R("c")) {
            out.yield("n is " + Py.str(n));
        }
        out.yield("end");
    }

    @Generator
    static void outside(Yield<String> out) {
        R o = new R("outside");
        out.yield("opened");
        try (o) {
            o.use();
            out.yield("in body");
        }
        out.yield("end");
    }

    @Generator
    static void catchAfterClose(Yield<String> out) {
        try (R a = new R("a")) {
            out.yield("body");
            throw new Boom("x");
        } catch (Boom e) {
            out.yield("caught " + e.getMessage() + " (resource already closed)");
        } finally {
            out.yield("finally");
        }
        out.yield("end");
    }
}
