package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.processing.Generated;

/**
 * Generators for the {@code @Generator} templates of {@link Averages}.
 */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class AveragesGenerators {
    private AveragesGenerators() {
    }

    /**
     * Python's averager coroutine: send numbers, get the running mean.
     */
    public static Averager averager() {
        return new Averager();
    }

    /**
     * Squares of 0..n-1, unboxed.
     */
    static Squares squares(int n) {
        return new Squares(n);
    }

    /**
     * The state machine of {@link Averages#averager}: a lazy iterator over what the template yields.
     */
    public static final class Averager implements Iterator<Double>, Iterable<Double>, AutoCloseable {
        private static final int FINISHED = -1;

        private int state;

        private boolean ready;

        private Double current;

        private boolean running;

        private boolean handedOut;

        private RuntimeException injected;

        private Double sent;

        private double total;

        private int count;

        private Double average;

        private Double term;

        private Averager() {
        }

        @Override
        public boolean hasNext() {
            if (!ready && state != FINISHED) {
                sent = null;
                ready = resume();
            }
            return ready;
        }

        @Override
        public Double next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return take();
        }

        /**
         * Resumes the coroutine with {@code value} as the result of the suspended {@code yield} (Python {@code send}).
         *
         * @return the next value yielded
         * @throws NoSuchElementException if the body ends instead of yielding
         */
        public Double send(Double value) {
            if (ready) {
                throw new IllegalStateException("hasNext() already resumed the generator; take that value with next() first");
            }
            if (state == FINISHED) {
                throw new NoSuchElementException();
            }
            if (state == 0 && value != null) {
                throw new IllegalStateException("can't send a non-null value to a just-started generator");
            }
            sent = value;
            if (!resume()) {
                throw new NoSuchElementException();
            }
            return take();
        }

        /**
         * Raises {@code exception} at the suspended {@code yield} (Python {@code throw}); on an unstarted or finished generator it is rethrown without running the body.
         *
         * @return the next value yielded if the body catches the exception and goes on
         */
        public Double throwInto(RuntimeException exception) {
            if (ready) {
                throw new IllegalStateException("hasNext() already resumed the generator; take that value with next() first");
            }
            if (state == 0 || state == FINISHED) {
                state = FINISHED;
                throw exception;
            }
            injected = exception;
            sent = null;
            if (!resume()) {
                throw new NoSuchElementException();
            }
            return take();
        }

        /**
         * Returns this generator the first time it is asked while unstarted, else a fresh one over the same arguments.
         */
        @Override
        public synchronized Averager iterator() {
            if (!handedOut && state == 0 && !ready) {
                handedOut = true;
                return this;
            }
            return new Averager();
        }

        /**
         * The remaining values as a sequential, ordered stream; closing it closes this generator.
         */
        public Stream<Double> stream() {
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
            return "AveragesGenerators.averager[" + status + "]";
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

        private Double take() {
            Double value = current;
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
                        total = 0;
                        count = 0;
                        average = null;
                        state = 2;
                        continue;
                    }
                    case 1: {
                        state = FINISHED;
                        return false;
                    }
                    case 2: {
                        state = (true) ? 3 : 4;
                        continue;
                    }
                    case 3: {
                        current = average;
                        state = 5;
                        return true;
                    }
                    case 4: {
                        state = 1;
                        continue;
                    }
                    case 5: { // resumes after Averages.java:15
                        if (injected != null) {
                            RuntimeException exception = injected;
                            injected = null;
                            throw exception;
                        }
                        term = sent;
                        if (term == null) {
                                        {
                            state = 1;
                            continue dispatch;
                        }
                                    }
                        total += term;
                        count++;
                        average = total / count;
                        state = 2;
                        continue;
                    }
                    default:
                        throw new IllegalStateException("no state " + state);
                }
            }
        }
    }

    /**
     * The state machine of {@link Averages#squares}: a lazy iterator over what the template yields.
     */
    public static final class Squares implements PrimitiveIterator.OfInt, Iterable<Integer>, AutoCloseable {
        private static final int FINISHED = -1;

        private final int n;

        private int state;

        private boolean ready;

        private int current;

        private boolean running;

        private boolean handedOut;

        private int i;

        private Squares(int n) {
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
        public int nextInt() {
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
        public synchronized Squares iterator() {
            if (!handedOut && state == 0 && !ready) {
                handedOut = true;
                return this;
            }
            return new Squares(n);
        }

        /**
         * The remaining values as a sequential, ordered stream; closing it closes this generator.
         */
        public IntStream stream() {
            return StreamSupport.intStream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
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
            state = FINISHED;
        }

        @Override
        public String toString() {
            String status = state == FINISHED ? "finished" : running ? "running" : state == 0 && !ready ? "unstarted" : "suspended";
            return "AveragesGenerators.squares[" + status + "]";
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

        private int take() {
            return current;
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
                        i = 0;
                        state = 2;
                        continue;
                    }
                    case 1: {
                        state = FINISHED;
                        return false;
                    }
                    case 2: {
                        state = i < n ? 3 : 5;
                        continue;
                    }
                    case 3: {
                        current = i * i;
                        state = 6;
                        return true;
                    }
                    case 4: {
                        i++;
                        state = 2;
                        continue;
                    }
                    case 5: {
                        state = 1;
                        continue;
                    }
                    case 6: { // resumes after Averages.java:29
                        state = 4;
                        continue;
                    }
                    default:
                        throw new IllegalStateException("no state " + state);
                }
            }
        }
    }
}
