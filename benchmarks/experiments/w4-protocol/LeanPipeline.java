package dev.yieldj.benchmarks;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Experiment: W4's generated stages with one protocol field (resume point, ready, running, finished in one int). */
final class LeanPipeline {
    private LeanPipeline() {}

    abstract static class Machine<T> implements Iterator<T> {
        static final int FINISHED = -1;
        static final int RUNNING = -2;
        /** Ready to resume at s is READY0 - s. */
        static final int READY0 = -3;

        int state;

        final RuntimeException failed(Throwable failure) {
            state = FINISHED;
            if (failure instanceof RuntimeException unchecked) return unchecked;
            if (failure instanceof Error error) throw error;
            return new RuntimeException(failure);
        }
    }

    static final class Naturals extends Machine<Integer> {
        private int value;
        private int v;

        Naturals() {
        }

        @Override
        public boolean hasNext() {
            int s = state;
            if (s >= 0) {
                state = RUNNING;
                try {
                    s = advance(s);
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                state = s;
            } else if (s == RUNNING) {
                throw new IllegalStateException("generator already executing");
            }
            return s <= READY0;
        }

        @Override
        public Integer next() {
            int s = state;
            if (s > READY0) {
                if (!hasNext()) throw new NoSuchElementException();
                s = state;
            }
            state = READY0 - s;
            return value;
        }

        private int advance(int from) throws Throwable {
            switch (from) {
                case 0:
                    v = 0;
                    value = v;
                    return READY0 - 1;
                case 1:
                    v++;
                    value = v;
                    return READY0 - 1;
                default:
                    throw new IllegalStateException("no state " + from);
            }
        }
    }

    static final class MultiplesOf3 extends Machine<Integer> {
        private final Iterator<Integer> source;
        private Integer value;

        MultiplesOf3(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            int s = state;
            if (s >= 0) {
                state = RUNNING;
                try {
                    s = advance(s);
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                state = s;
            } else if (s == RUNNING) {
                throw new IllegalStateException("generator already executing");
            }
            return s <= READY0;
        }

        @Override
        public Integer next() {
            int s = state;
            if (s > READY0) {
                if (!hasNext()) throw new NoSuchElementException();
                s = state;
            }
            state = READY0 - s;
            return value;
        }

        private int advance(int from) throws Throwable {
            while (true) {
                if (source.hasNext()) {
                    Integer v = source.next();
                    if (v % 3 == 0) {
                        value = v;
                        return READY0 - 1;
                    }
                    continue;
                }
                return FINISHED;
            }
        }
    }

    static final class TwicePlusOne extends Machine<Integer> {
        private final Iterator<Integer> source;
        private int value;

        TwicePlusOne(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            int s = state;
            if (s >= 0) {
                state = RUNNING;
                try {
                    s = advance(s);
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                state = s;
            } else if (s == RUNNING) {
                throw new IllegalStateException("generator already executing");
            }
            return s <= READY0;
        }

        @Override
        public Integer next() {
            int s = state;
            if (s > READY0) {
                if (!hasNext()) throw new NoSuchElementException();
                s = state;
            }
            state = READY0 - s;
            return value;
        }

        private int advance(int from) throws Throwable {
            if (source.hasNext()) {
                value = 2 * source.next() + 1;
                return READY0 - 1;
            }
            return FINISHED;
        }
    }

    static final class Take extends Machine<Integer> {
        private final Iterator<Integer> source;
        private final int k;
        private Integer value;
        private int i;

        Take(Iterator<Integer> source, int k) {
            this.source = source;
            this.k = k;
        }

        @Override
        public boolean hasNext() {
            int s = state;
            if (s >= 0) {
                state = RUNNING;
                try {
                    s = advance(s);
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                state = s;
            } else if (s == RUNNING) {
                throw new IllegalStateException("generator already executing");
            }
            return s <= READY0;
        }

        @Override
        public Integer next() {
            int s = state;
            if (s > READY0) {
                if (!hasNext()) throw new NoSuchElementException();
                s = state;
            }
            state = READY0 - s;
            return value;
        }

        private int advance(int from) throws Throwable {
            switch (from) {
                case 0:
                    i = 0;
                    break;
                case 1:
                    i++;
                    break;
                default:
                    throw new IllegalStateException("no state " + from);
            }
            if (i < k && source.hasNext()) {
                value = source.next();
                return READY0 - 1;
            }
            return FINISHED;
        }
    }
}
