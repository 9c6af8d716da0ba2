package semantics.yield_from;

import static dev.yieldj.tests.semantics.Py.print;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** A plain iterator that can be closed (not a generator: no send, no throwInto). */
public class Src implements Iterator<String>, AutoCloseable {
    final String name;
    final int n;
    int i;

    public Src(String name, int n) {
        this.name = name;
        this.n = n;
    }

    @Override
    public boolean hasNext() {
        return i < n;
    }

    @Override
    public String next() {
        if (i >= n) {
            throw new NoSuchElementException();
        }
        i++;
        return name + i;
    }

    @Override
    public void close() {
        print("close", name);
    }
}
