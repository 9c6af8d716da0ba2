package com.acme;

import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link NumbersGenerators}: the bodies of the templates of {@link Numbers}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class NumbersGeneratorsBodies {
    static final class CountUpTo extends NumbersGenerators.CountUpTo {
        private final int n;
        private int count;

        CountUpTo(int n) {
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
        public Integer next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            return count;
        }

        @Override
        public synchronized NumbersGenerators.CountUpTo iterator() {
            if (handedOut || state != 0) return new CountUpTo(n);
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
                    count = 1;
                    break;
                case 1: // resumes after Numbers.java:12
                    count++;
                    break;
                default:
                    throw new IllegalStateException("no state " + state);
            }
            if (count <= n) {
                return READY + 1;
            }
            return FINISHED;
        }
    }
}
