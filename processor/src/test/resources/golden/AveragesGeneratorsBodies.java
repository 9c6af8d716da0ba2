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
            if (state < 0) {
                if (state == RUNNING) throw new IllegalStateException("generator already executing");
                return state != FINISHED;
            }
            int from = state;
            state = RUNNING;
            sent = null;
            try {
                state = advance(from);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return state != FINISHED;
        }

        @Override
        public Double next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            Double value = current;
            current = null;
            return value;
        }

        @Override
        public synchronized AveragesGenerators.Averager iterator() {
            if (handedOut || state != 0) return new Averager();
            handedOut = true;
            return this;
        }

        @Override
        int advance(int state) throws Throwable {
            dispatch:
            while (true) {
                switch (state) {
                    case 0:
                        total = 0;
                        count = 0;
                        average = null;
                        current = average;
                        return READY + 1;
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
                        return READY + 1;
                    }
                    case 2:
                        return FINISHED;
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
            if (state < 0) return state != FINISHED;
            try {
                state = advance(state);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return state != FINISHED;
        }

        @Override
        public int nextInt() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            return value;
        }

        @Override
        public Integer next() {
            return nextInt();
        }

        @Override
        public synchronized AveragesGenerators.Squares iterator() {
            if (handedOut || state != 0) return new Squares(n);
            handedOut = true;
            return this;
        }

        @Override
        int advance(int state) throws Throwable {
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
                return READY + 1;
            }
            return FINISHED;
        }
    }
}
