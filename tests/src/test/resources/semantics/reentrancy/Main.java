package semantics.reentrancy;

import static dev.yieldj.tests.semantics.Py.act;
import static dev.yieldj.tests.semantics.Py.call;

public class Main {
    static TplGenerators.Co me;

    static void reenter(int how) {
        switch (how) {
            case 0 -> me.next();
            case 1 -> me.hasNext();
            case 2 -> me.send(7);
            case 3 -> me.throwInto(new IllegalArgumentException("x"));
            default -> me.close();
        }
    }

    public static void run() {
        me = TplGenerators.co();
        call("next", me::next);
        call("send", () -> me.send(10));
        call("send", () -> me.send(20));
        call("send", () -> me.send(30));
        call("next", me::next);
        act("close", me::close);
    }
}
