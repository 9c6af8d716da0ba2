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
            if (ready || state == FINISHED) return ready;
            if (running) throw new IllegalStateException("generator already executing");
            running = true;
            try {
                ready = advance() == YIELDED;
            } catch (Throwable failure) {
                throw failed(failure);
            }
            running = false;
            return ready;
        }

        @Override
        public Integer next() {
            if (!ready && !hasNext()) throw new NoSuchElementException();
            ready = false;
            return value;
        }

        @Override
        public synchronized NumbersGenerators.CountUpTo iterator() {
            if (handedOut || state != 0 || ready) return new CountUpTo(n);
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
