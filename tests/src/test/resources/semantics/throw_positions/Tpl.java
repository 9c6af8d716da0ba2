package semantics.throw_positions;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;

/** Twin: src/test/python/semantics/throw_positions.py. */
public class Tpl {
    @Generator
    static void inFinally(Coroutine<Integer, Object> co) {
        try {
            try {
                co.yield(1);
            } finally {
                print("finally start");
                co.yield(2);
                print("finally rest");
            }
            print("after inner try");
        } catch (Boom e) {
            print("caught", e);
            co.yield(3);
        }
        print("end");
    }

    @Generator
    static void inCatch(Coroutine<Integer, Object> co) {
        try {
            try {
                throw new Boom("first");
            } catch (Boom e) {
                print("catch start", e);
                co.yield(1);
                print("catch rest");
            }
        } catch (Boom e) {
            print("outer caught", e);
            co.yield(2);
        }
    }

    @Generator
    static void inTwr(boolean fail, Coroutine<Integer, Object> co) {
        try (R r = new R("r", fail)) {
            co.yield(1);
            print("body rest");
        }
        co.yield(2);
    }
}
