package com.acme;

import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link AveragesGenerators}: the bodies of the templates of {@link Averages}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class AveragesGeneratorsBodies {
    static final class Averager extends AveragesGenerators.Averager {
        private double total;
        private int count;
        private Double average;

        Averager() {}

        @Override
        public boolean hasNext() {
            if (phase == RUNNING) throw new IllegalStateException("generator already executing");
            if (phase != IDLE || state == FINISHED) return phase == READY;
            phase = RUNNING;
            sent = null;
            try {
                phase = advance() == YIELDED ? READY : IDLE;
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return phase == READY;
        }

        @Override
        public Double next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            Double value = current;
            current = null;
            return value;
        }

        @Override
        public synchronized AveragesGenerators.Averager iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new Averager();
            handedOut = true;
            return this;
        }

        @Override
        int advance() throws Throwable {
            dispatch:
            while (true) {
                switch (state) {
                    case 0:
                        total = 0;
                        count = 0;
                        average = null;
                        current = average;
                        state = 1;
                        return YIELDED;
                    case 1: { // resumes after Averages.java:15
                        raiseThrownIn();
                        Double term = ((Double) sent);
                        if (term == null) {
                            { state = 2; continue dispatch; }
                        }
                        total += term;
                        count++;
                        average = total / count;
                        current = average;
                        state = 1;
                        return YIELDED;
                    }
                    case 2:
                        state = FINISHED;
                        return ENDED;
                    default:
                        throw new IllegalStateException("no state " + state);
                }
            }
        }
    }

    static final class Squares extends AveragesGenerators.Squares {
        private final int n;
        private int value;
        private int i;

        Squares(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            if (phase == RUNNING) throw new IllegalStateException("generator already executing");
            if (phase != IDLE || state == FINISHED) return phase == READY;
            phase = RUNNING;
            try {
                phase = advance() == YIELDED ? READY : IDLE;
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return phase == READY;
        }

        @Override
        public int nextInt() {
            if (!hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            return value;
        }

        @Override
        public Integer next() {
            return nextInt();
        }

        @Override
        public synchronized AveragesGenerators.Squares iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new Squares(n);
            handedOut = true;
            return this;
        }

        @Override
        int advance() throws Throwable {
            switch (state) {
                case 0:
                    i = 0;
                    break;
                case 1: // resumes after Averages.java:29
                    raiseThrownIn();
                    i++;
                    break;
                default:
                    throw new IllegalStateException("no state " + state);
            }
            if (i < n) {
                value = i * i;
                state = 1;
                return YIELDED;
            }
            state = FINISHED;
            return ENDED;
        }
    }
}
