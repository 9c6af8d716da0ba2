package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.processing.Generated;

/**
 * Generators for the {@code @Generator} templates of {@link Numbers}.
 */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class NumbersGenerators {
    private NumbersGenerators() {
    }

    /**
     * Counts from 1 up to n.
     */
    public static CountUpTo countUpTo(int n) {
        return new CountUpTo(n);
    }

    /**
     * The state machine of {@link Numbers#countUpTo}: a lazy iterator over what the template yields.
     */
    public static final class CountUpTo implements Iterator<Integer>, Iterable<Integer>, AutoCloseable {
        private static final int FINISHED = -1;

        private final int n;

        private int state;

        private boolean ready;

        private Integer current;

        private boolean running;

        private boolean handedOut;

        private int count;

        private CountUpTo(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            if (!ready && state != FINISHED) {
                ready = resume();
            }
            return ready;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return take();
        }

        /**
         * Returns this generator the first time it is asked while unstarted, else a fresh one over the same arguments.
         */
        @Override
        public synchronized CountUpTo iterator() {
            if (!handedOut && state == 0 && !ready) {
                handedOut = true;
                return this;
            }
            return new CountUpTo(n);
        }

        /**
         * The remaining values as a sequential, ordered stream; closing it closes this generator.
         */
        public Stream<Integer> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        /**
         * Ends the generator: runs its pending {@code finally} blocks and closes its open resources, innermost first. Idempotent.
         */
        @Override
        public void close() {
            if (state == FINISHED) {
                return;
            }
            if (running) {
                throw new IllegalStateException("generator already executing");
            }
            ready = false;
            current = null;
            state = FINISHED;
        }

        @Override
        public String toString() {
            String status = state == FINISHED ? "finished" : running ? "running" : state == 0 && !ready ? "unstarted" : "suspended";
            return "NumbersGenerators.countUpTo[" + status + "]";
        }

        /**
         * Runs the body to its next suspension; false when it ended instead.
         */
        private boolean resume() {
            if (running) {
                throw new IllegalStateException("generator already executing");
            }
            running = true;
            try {
                return advance();
            } catch (RuntimeException | Error e) {
                state = FINISHED;
                throw e;
            } catch (Throwable e) {
                state = FINISHED;
                throw wrap(e);
            } finally {
                running = false;
            }
        }

        private Integer take() {
            Integer value = current;
            current = null;
            return value;
        }

        /**
         * A checked exception of the body, unchecked: {@code IOException} as {@code UncheckedIOException}, any other in {@code UndeclaredThrowableException}.
         */
        private static RuntimeException wrap(Throwable checked) {
            if (checked instanceof IOException) {
                return new UncheckedIOException((IOException) checked);
            }
            return new UndeclaredThrowableException(checked);
        }

        /**
         * The template's body as a state machine: runs from the current state to the next suspension (true) or the end of the body (false).
         */
        private boolean advance() throws Throwable {
            dispatch:
            while (true) {
                switch (state) {
                    case 0: {
                        count = 1;
                        state = 2;
                        continue;
                    }
                    case 1: {
                        state = FINISHED;
                        return false;
                    }
                    case 2: {
                        state = (count <= n) ? 3 : 4;
                        continue;
                    }
                    case 3: {
                        current = count;
                        state = 5;
                        return true;
                    }
                    case 4: {
                        state = 1;
                        continue;
                    }
                    case 5: { // resumes after Numbers.java:12
                        count++;
                        state = 2;
                        continue;
                    }
                    default:
                        throw new IllegalStateException("no state " + state);
                }
            }
        }
    }
}
