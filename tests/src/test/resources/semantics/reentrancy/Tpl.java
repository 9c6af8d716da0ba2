package semantics.reentrancy;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;

/** Twin: src/test/python/semantics/reentrancy.py. */
public class Tpl {
    @Generator
    static void co(Coroutine<Integer, Integer> co) {
        print("start");
        Integer got = co.yield(1);
        print("got", got);
        String[] names = {"next", "hasNext", "send", "throwInto", "close"};
        for (int i = 0; i < names.length; i++) {
            try {
                Main.reenter(i);
                print(names[i], "no error");
            } catch (IllegalStateException e) {
                print(names[i], "inside raised", e);
            }
        }
        got = co.yield(2);
        print("got", got);
        got = co.yield(3);
        print("got", got);
        Main.reenter(0); // not caught: propagates out of the resume that is running, and finishes the generator
        print("never");
        co.yield(4);
    }
}
