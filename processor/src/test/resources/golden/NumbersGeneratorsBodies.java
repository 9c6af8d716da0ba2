package com.acme;

import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link NumbersGenerators}: the bodies of the templates of {@link Numbers}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class NumbersGeneratorsBodies {
    static final class CountUpTo extends NumbersGenerators.CountUpTo {
        private final int n;
        private int value;
        private int count;

        CountUpTo(int n) {
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
        public Integer next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            return value;
        }

        @Override
        public synchronized NumbersGenerators.CountUpTo iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new CountUpTo(n);
            handedOut = true;
            return this;
        }

        /** Runs the body from its state to its next suspension: {@code YIELDED} or {@code ENDED}. */
        private int advance() throws Throwable {
            switch (state) {
                case 0:
                    count = 1;
                    break;
                case 1: // resumes after Numbers.java:12
                    count++;
                    break;
                default:
                    throw new IllegalStateException("no state " + state);
            }
            if (count <= n) {
                value = count;
                state = 1;
                return YIELDED;
            }
            state = FINISHED;
            return ENDED;
        }
    }
}
