package com.acme;

import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link StagesGenerators}: the bodies of the templates of {@link Stages}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class StagesGeneratorsBodies {
    static final class Naturals extends StagesGenerators.Naturals {
        private int value;
        private int v;

        Naturals() {}

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
        public Integer next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            return value;
        }

        @Override
        public synchronized StagesGenerators.Naturals iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new Naturals();
            handedOut = true;
            return this;
        }

        /** Runs the body from its state to its next suspension: {@code YIELDED} or {@code ENDED}. */
        private int advance() throws Throwable {
            switch (state) {
                case 0:
                    v = 0;
                    value = v;
                    state = 1;
                    return YIELDED;
                case 1: // resumes after Stages.java:12
                    v++;
                    value = v;
                    state = 1;
                    return YIELDED;
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
        public Integer next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            return value;
        }

        @Override
        public synchronized StagesGenerators.MultiplesOf3 iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new MultiplesOf3(source);
            handedOut = true;
            return this;
        }

        /** Runs the body from its state to its next suspension: {@code YIELDED} or {@code ENDED}. */
        private int advance() throws Throwable {
            switch (state) {
                case 0, 1: // resumes after Stages.java:22
                    while (true) {
                        if (source.hasNext()) {
                            Integer v = source.next();
                            if (v % 3 == 0) {
                                value = v;
                                state = 1;
                                return YIELDED;
                            }
                            continue;
                        }
                        state = FINISHED;
                        return ENDED;
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
        public Integer next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            return value;
        }

        @Override
        public synchronized StagesGenerators.TwicePlusOne iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new TwicePlusOne(source);
            handedOut = true;
            return this;
        }

        /** Runs the body from its state to its next suspension: {@code YIELDED} or {@code ENDED}. */
        private int advance() throws Throwable {
            if (source.hasNext()) {
                value = 2 * source.next() + 1;
                state = 1;
                return YIELDED;
            }
            state = FINISHED;
            return ENDED;
        }
    }
}
