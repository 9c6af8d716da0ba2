package semantics.yield_from_close;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** Twin: src/test/python/semantics/yield_from_close.py. */
public class Tpl {
    static void fail(String message) {
        throw new Boom(message);
    }

    @Generator
    static void innerFailing(String tag, Yield<String> out) {
        try {
            out.yield(tag + "1");
            out.yield(tag + "2");
        } finally {
            print("inner finally", tag);
            fail("inner " + tag);
        }
    }

    @Generator
    static void outerOne(Yield<String> out) {
        try {
            out.yieldAll(TplGenerators.innerFailing("a"));
            print("never");
        } finally {
            print("outer finally");
        }
    }

    @Generator
    static void outerTwo(Yield<String> out) {
        try {
            out.yield("o");
            out.yieldAll(TplGenerators.innerFailing("b"));
            print("never");
        } finally {
            print("outer finally");
            fail("outer");
        }
    }

    @Generator
    static void threeLevels(Yield<String> out) {
        try {
            out.yieldAll(TplGenerators.outerTwo());
        } finally {
            print("top finally");
        }
    }
}
