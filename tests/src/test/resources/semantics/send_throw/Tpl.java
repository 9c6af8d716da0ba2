package semantics.send_throw;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import dev.yieldj.Yield;
import dev.yieldj.tests.semantics.Py;

/** Twin: src/test/python/semantics/send_throw.py. */
public class Tpl {
    @Generator
    static void echo(Coroutine<String, String> co) {
        print("start");
        try {
            String x = co.yield("ready");
            while (true) {
                print("received", x);
                if ("stop".equals(x)) {
                    return;
                }
                try {
                    x = co.yield("echo " + Py.str(x));
                } catch (Boom e) {
                    print("caught in body", e);
                    x = co.yield("recovered " + e.getMessage());
                }
            }
        } finally {
            print("finally echo");
        }
    }

    @Generator
    static int summer(Coroutine<Integer, Integer> co) {
        int total = 0;
        while (true) {
            Integer x = co.yield(total);
            if (x == null) {
                return total;
            }
            total += x;
        }
    }

    @Generator
    static String words(Yield<String> out) {
        out.yield("a");
        out.yield("b");
        return "done";
    }

    @Generator
    static String returnsAtOnce(Yield<String> out) {
        print("body runs");
        return "early";
    }
}
