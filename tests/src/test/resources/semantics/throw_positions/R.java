package semantics.throw_positions;

import static dev.yieldj.tests.semantics.Py.print;

public class R implements AutoCloseable {
    final String name;
    final boolean fail;

    R(String name, boolean fail) {
        this.name = name;
        this.fail = fail;
        print("open", name);
    }

    @Override
    public void close() {
        print("close", name);
        if (fail) {
            throw new Boom("close " + name);
        }
    }
}
