package dev.yieldj.benchmarks;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The baselines (the limit and the denominator of every ratio): each workload's generator written by
 * hand as an {@code Iterator}, the way a good Java developer would write it, without the processor,
 * streams or threads.
 */
public final class HandWritten {

    private HandWritten() {
    }

    /** W1, W6: 0 .. n-1; {@code close()} ends it (W6 closes it after ten values). */
    public static final class Count implements Iterator<Integer>, AutoCloseable {
        private final int n;
        private int next;

        public Count(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public Integer next() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            return next++;
        }

        @Override
        public void close() {
            next = n;
        }
    }

    /** W5: 0 .. n-1 as primitive ints. */
    public static final class CountInts implements PrimitiveIterator.OfInt {
        private final int n;
        private int next;

        public CountInts(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public int nextInt() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            return next++;
        }
    }

    /** W2: {@link Triples#triples}, the three loop counters kept in fields, one triple of look-ahead. */
    public static final class TriplesIterator implements Iterator<Pythagorean> {
        private final int limit;
        // The next candidate (a, b, c), in the template's loop order: c outermost, a innermost.
        private int a = 1;
        private int b = 1;
        private int c = 1;
        private Pythagorean pending;

        public TriplesIterator(int limit) {
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            while (c < limit) {
                while (b < c) {
                    while (a <= b) {
                        int x = a++;
                        if (x * x + b * b == c * c) {
                            pending = new Pythagorean(x, b, c);
                            return true;
                        }
                    }
                    b++;
                    a = 1;
                }
                c++;
                b = 1;
                a = 1;
            }
            return false;
        }

        @Override
        public Pythagorean next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Pythagorean triple = pending;
            pending = null;
            return triple;
        }
    }

    /** W3: {@link Node#inOrder}, the classic iterator over an explicit stack of the left spine. */
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

    /** W4 source: 0, 1, 2, ... without end. */
    public static final class Naturals implements Iterator<Integer> {
        private int next;

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Integer next() {
            return next++;
        }
    }

    /** W4 filter: the elements divisible by 3, one element of look-ahead. */
    public static final class MultiplesOf3 implements Iterator<Integer> {
        private final Iterator<Integer> source;
        private Integer pending;

        public MultiplesOf3(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (pending == null && source.hasNext()) {
                Integer v = source.next();
                if (v % 3 == 0) {
                    pending = v;
                }
            }
            return pending != null;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Integer v = pending;
            pending = null;
            return v;
        }
    }

    /** W4 map: 2v+1. */
    public static final class TwicePlusOne implements Iterator<Integer> {
        private final Iterator<Integer> source;

        public TwicePlusOne(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public Integer next() {
            return 2 * source.next() + 1;
        }
    }

    /** W4 limit: the first k elements. */
    public static final class Take implements Iterator<Integer> {
        private final Iterator<Integer> source;
        private int left;

        public Take(Iterator<Integer> source, int k) {
            this.source = source;
            this.left = k;
        }

        @Override
        public boolean hasNext() {
            return left > 0 && source.hasNext();
        }

        @Override
        public Integer next() {
            if (left <= 0) {
                throw new NoSuchElementException();
            }
            left--;
            return source.next();
        }
    }

    /**
     * W7: {@link Resources#guardedCount}: opens the resource lazily on the first {@code hasNext()},
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
