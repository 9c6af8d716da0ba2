package semantics.dispose;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.print;

import java.util.stream.Stream;

public class Main {
    public static void run() {
        print("-- break inside try-with-resources on the generator");
        try (TplGenerators.Numbers g = TplGenerators.numbers(5, false)) {
            for (int v : g) {
                print("got", v);
                if (v == 2) {
                    break;
                }
            }
            print("after loop, before dispose");
        }
        print("after try");

        print("-- break without dispose: the finally waits for close()");
        TplGenerators.Numbers g = TplGenerators.numbers(5, false);
        for (int v : g) {
            print("got", v);
            if (v == 1) {
                break;
            }
        }
        print("after loop");
        act("close", g::close);
        act("close again", g::close);

        print("-- stream().limit(3) in try-with-resources pulls exactly 3 and closes");
        try (Stream<Integer> s = TplGenerators.numbers(10, false).stream()) {
            s.limit(3).forEach(v -> print("got", v));
            print("limit done");
        }
        print("after try");

        print("-- a fully consumed generator: dispose runs nothing more");
        try (TplGenerators.Numbers g2 = TplGenerators.numbers(2, false)) {
            for (int v : g2) {
                print("got", v);
            }
        }
        print("after try");

        print("-- the consumer throws inside the loop: finally runs, the consumer's exception propagates");
        try (TplGenerators.Numbers g3 = TplGenerators.numbers(5, false)) {
            for (int v : g3) {
                print("got", v);
                if (v == 1) {
                    throw new Boom("consumer");
                }
            }
        } catch (Boom e) {
            print("caught", e);
        }

        print("-- the consumer throws and the generator's finally fails: suppressed into the consumer's exception");
        try (TplGenerators.Numbers g4 = TplGenerators.numbers(5, true)) {
            for (int v : g4) {
                print("got", v);
                if (v == 1) {
                    throw new Boom("consumer");
                }
            }
        } catch (Boom e) {
            print("caught", e);
        }

        print("-- break out of a delegating generator: the inner finally runs first");
        try (TplGenerators.Outer o = TplGenerators.outer()) {
            for (String v : o) {
                print("got", v);
                if (v.equals("i1")) {
                    break;
                }
            }
        }
        print("after try");
    }
}
