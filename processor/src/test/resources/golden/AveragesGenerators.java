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

/** Generators for the {@code @Generator} templates of {@link Averages}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class AveragesGenerators {
    /** The class whose templates this file serves (how yieldj knows its own output). */
    private static final String TEMPLATES = "com.acme.Averages";

    private AveragesGenerators() {}

    /** Python's averager coroutine: send numbers, get the running mean. */
    public static Averager averager() {
        return new AveragesGeneratorsBodies.Averager();
    }

    /** Squares of 0..n-1, unboxed. */
    static Squares squares(int n) {
        return new AveragesGeneratorsBodies.Squares(n);
    }

    /**
     * What every generator of this file shares: its state, and the iterator protocol around a state machine,
     * sending values and throwing exceptions into a coroutine.
     */
    abstract static class Machine<T> implements Iterator<T>, AutoCloseable {
        static final int FINISHED = -1;
        static final int RUNNING = -2;
        static final int READY = Integer.MIN_VALUE;

        /**
         * Where the body resumes (0: unstarted); or {@code FINISHED}; or {@code RUNNING} while the body runs; or,
         * while a value waits, {@code READY} plus where the body resumes (below {@code RUNNING}).
         */
        int state;

        T current;
        boolean handedOut;

        /** The value sent in at the last resume. */
        Object sent;

        /** An exception to raise where the body is suspended. */
        Throwable raised;

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields, or {@code FINISHED} when it ends.
         */
        abstract int advance(int state) throws Throwable;

        /** Takes the value waiting (the trampoline and {@code send()} hand it on). */
        T take() {
            T value = current;
            current = null;
            return value;
        }

        /** Finishes the generator after a failure; returns the failure to throw, unchecked. */
        final RuntimeException failed(Throwable failure) {
            state = FINISHED;
            if (failure instanceof Error error) throw error;
            if (failure instanceof RuntimeException unchecked) return unchecked;
            if (failure instanceof IOException io) return new UncheckedIOException(io);
            return new UndeclaredThrowableException(failure);
        }

        /** Resumes the body with {@code toSend} or {@code toRaise}: true when it yields, false when it ends. */
        final boolean run(Object toSend, RuntimeException toRaise) {
            if (state == RUNNING) throw new IllegalStateException("generator already executing");
            sent = toSend;
            raised = toRaise;
            int from = state;
            state = RUNNING;
            try {
                state = advance(from);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            if (state == FINISHED) return false;
            state -= READY;
            return true;
        }

        /** Raises, where the body resumes, an exception thrown into the generator. */
        final void raiseThrownIn() throws Throwable {
            if (raised != null) {
                Throwable exception = raised;
                raised = null;
                throw exception;
            }
        }

        void checkNotBuffered() {
            if (state < RUNNING) throw new IllegalStateException("hasNext() already resumed the generator: take that value with next() first");
        }

        /** Ends the generator. Idempotent. */
        @Override
        public void close() {
            if (state == RUNNING) throw new IllegalStateException("generator already executing");
            current = null;
            state = FINISHED;
        }

        final String status() {
            return state == FINISHED ? "[finished]" : state == RUNNING ? "[running]" : state == 0 ? "[unstarted]" : "[suspended]";
        }
    }

    /** The state machine of {@link Averages#averager}: a lazy iterator over what the template yields. */
    public abstract static class Averager extends Machine<Double> implements Iterable<Double> {
        Averager() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract Averager iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<Double> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "AveragesGenerators.averager" + status();
        }

        /**
         * Resumes the coroutine with {@code value} as the result of the suspended {@code yield} (Python {@code send});
         * a generator it delegates to through {@code yieldAll} gets it.
         *
         * @return the next value yielded
         * @throws NoSuchElementException if the body ends instead of yielding
         */
        public Double send(Double value) {
            checkNotBuffered();
            if (state == FINISHED) throw new NoSuchElementException();
            if (state == 0 && value != null) throw new IllegalStateException("can't send a non-null value to a just-started generator");
            if (!run(value, null)) throw new NoSuchElementException();
            return take();
        }

        /**
         * Raises {@code exception} where the body is suspended (Python {@code throw}); on an unstarted or finished
         * generator it is rethrown without running the body.
         *
         * @return the next value yielded if the body catches the exception and goes on
         * @throws NoSuchElementException if the body ends instead of yielding
         */
        public Double throwInto(RuntimeException exception) {
            checkNotBuffered();
            if (state == 0 || state == FINISHED) {
                state = FINISHED;
                throw exception;
            }
            if (!run(null, exception)) throw new NoSuchElementException();
            return take();
        }
    }

    /** The state machine of {@link Averages#squares}: a lazy iterator over what the template yields. */
    public abstract static class Squares extends Machine<Integer> implements PrimitiveIterator.OfInt, Iterable<Integer> {
        Squares() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract Squares iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public IntStream stream() {
            return StreamSupport.intStream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "AveragesGenerators.squares" + status();
        }
    }
}
