package com.acme;

import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link StagesGenerators}: the bodies of the templates of {@link Stages}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class StagesGeneratorsBodies {
    static final class Naturals extends StagesGenerators.Naturals {
        private int v;

        Naturals() {}

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
        public Integer next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            return v;
        }

        @Override
        public synchronized StagesGenerators.Naturals iterator() {
            if (handedOut || state != 0) return new Naturals();
            handedOut = true;
            return this;
        }

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields, or {@code FINISHED} when it ends.
         */
        private int advance(int state) throws Throwable {
            switch (state) {
                case 0:
                    v = 0;
                    return READY + 1;
                case 1: // resumes after Stages.java:12
                    v++;
                    return READY + 1;
                default:
                    throw new IllegalStateException("no state " + state);
            }
        }
    }

    static final class MultiplesOf3 extends StagesGenerators.MultiplesOf3 {
        private final Iterator<Integer> source;
        private Integer value;

        MultiplesOf3(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (state < 0) {
                if (state == RUNNING) throw new IllegalStateException("generator already executing");
                return state != FINISHED;
            }
            int from = state;
            state = RUNNING;
            try {
                state = advance(from);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return state != FINISHED;
        }

        @Override
        public Integer next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            return value;
        }

        @Override
        public synchronized StagesGenerators.MultiplesOf3 iterator() {
            if (handedOut || state != 0) return new MultiplesOf3(source);
            handedOut = true;
            return this;
        }

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields, or {@code FINISHED} when it ends.
         */
        private int advance(int state) throws Throwable {
            switch (state) {
                case 0, 1: // resumes after Stages.java:22
                    while (true) {
                        if (source.hasNext()) {
                            Integer v = source.next();
                            if (v % 3 == 0) {
                                value = v;
                                return READY + 1;
                            }
                            continue;
                        }
                        return FINISHED;
                    }
                default:
                    throw new IllegalStateException("no state " + state);
            }
        }
    }

    static final class TwicePlusOne extends StagesGenerators.TwicePlusOne {
        private final Iterator<Integer> source;
        private int value;

        TwicePlusOne(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (state < 0) {
                if (state == RUNNING) throw new IllegalStateException("generator already executing");
                return state != FINISHED;
            }
            int from = state;
            state = RUNNING;
            try {
                state = advance(from);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return state != FINISHED;
        }

        @Override
        public Integer next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            return value;
        }

        @Override
        public synchronized StagesGenerators.TwicePlusOne iterator() {
            if (handedOut || state != 0) return new TwicePlusOne(source);
            handedOut = true;
            return this;
        }

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields, or {@code FINISHED} when it ends.
         */
        private int advance(int state) throws Throwable {
            if (source.hasNext()) {
                value = 2 * source.next() + 1;
                return READY + 1;
            }
            return FINISHED;
        }
    }
}
