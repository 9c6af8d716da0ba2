package dev.yieldj.benchmarks;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The baselines: each generator of this module written by hand as a Java developer would write the
 * iterator, without the processor and without streams.
 */
public final class HandWritten {

    private HandWritten() {
    }

    /** {@link Counting#countUpTo}. */
    public static final class CountUpTo implements Iterator<Integer> {
        private final int n;
        private int count = 1;

        public CountUpTo(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return count <= n;
        }

        @Override
        public Integer next() {
            if (count > n) {
                throw new NoSuchElementException();
            }
            return count++;
        }
    }

    /** {@link Counting#countUpToInt}. */
    public static final class CountUpToInt implements PrimitiveIterator.OfInt {
        private final int n;
        private int count = 1;

        public CountUpToInt(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return count <= n;
        }

        @Override
        public int nextInt() {
            if (count > n) {
                throw new NoSuchElementException();
            }
            return count++;
        }
    }

    /** {@link Pipeline#evens}: a filtering iterator, one element of look-ahead. */
    public static final class Evens implements Iterator<Integer> {
        private final Iterator<Integer> source;
        private Integer pending;

        public Evens(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (pending == null && source.hasNext()) {
                Integer x = source.next();
                if ((x & 1) == 0) {
                    pending = x;
                }
            }
            return pending != null;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Integer x = pending;
            pending = null;
            return x;
        }
    }

    /** {@link Pipeline#squares}: a mapping iterator. */
    public static final class Squares implements Iterator<Integer> {
        private final Iterator<Integer> source;

        public Squares(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public Integer next() {
            Integer x = source.next();
            return x * x;
        }
    }

    /** {@link Node#inOrder}: the classic iterator over an explicit stack of the left spine. */
    public static final class InOrder implements Iterator<Integer> {
        private final ArrayDeque<Node> stack = new ArrayDeque<>();

        public InOrder(Node root) {
            pushLeftSpine(root);
        }

        private void pushLeftSpine(Node node) {
            for (Node n = node; n != null; n = n.left) {
                stack.push(n);
            }
        }

        @Override
        public boolean hasNext() {
            return !stack.isEmpty();
        }

        @Override
        public Integer next() {
            Node node = stack.poll();
            if (node == null) {
                throw new NoSuchElementException();
            }
            pushLeftSpine(node.right);
            return node.value;
        }
    }

    /**
     * {@link Resources#guardedCount}: opens the resource lazily on the first {@code hasNext()},
     * closes it when exhausted or closed early, exactly once.
     */
    public static final class GuardedCount implements Iterator<Integer>, AutoCloseable {
        private static final int UNSTARTED = 0;
        private static final int OPEN = 1;
        private static final int DONE = 2;

        private final Resources.Resource resource;
        private final int n;
        private int state = UNSTARTED;
        private int i = 1;

        public GuardedCount(Resources.Resource resource, int n) {
            this.resource = resource;
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            if (state == UNSTARTED) {
                resource.open();
                state = OPEN;
            }
            if (state == OPEN) {
                if (i <= n) {
                    return true;
                }
                close();
            }
            return false;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return i++;
        }

        @Override
        public void close() {
            if (state == OPEN) {
                state = DONE;
                resource.close();
            } else {
                state = DONE;
            }
        }
    }
}
