package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.processing.Generated;

/** Generators for the {@code @Generator} templates of {@link Numbers}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class NumbersGenerators {
    /** The class whose templates this file serves (how yieldj knows its own output). */
    private static final String TEMPLATES = "com.acme.Numbers";

    private NumbersGenerators() {}

    /** Counts from 1 up to n. */
    public static CountUpTo countUpTo(int n) {
        return new NumbersGeneratorsBodies.CountUpTo(n);
    }

    /** What every generator of this file shares: its state, and the iterator protocol around a state machine. */
    abstract static class Machine<T> implements Iterator<T>, AutoCloseable {
        static final int FINISHED = -1;
        static final int RUNNING = -2;
        static final int READY = Integer.MIN_VALUE;

        /**
         * Where the body resumes (0: unstarted); or {@code FINISHED}; or {@code RUNNING} while the body runs; or,
         * while a value waits, {@code READY} plus where the body resumes (below {@code RUNNING}).
         */
        int state;

        boolean handedOut;

        /** Finishes the generator after a failure; returns the failure to throw, unchecked. */
        final RuntimeException failed(Throwable failure) {
            state = FINISHED;
            if (failure instanceof Error error) throw error;
            if (failure instanceof RuntimeException unchecked) return unchecked;
            if (failure instanceof IOException io) return new UncheckedIOException(io);
            return new UndeclaredThrowableException(failure);
        }

        /** Ends the generator. Idempotent. */
        @Override
        public void close() {
            if (state == RUNNING) throw new IllegalStateException("generator already executing");
            state = FINISHED;
        }

        final String status() {
            return state == FINISHED ? "[finished]" : state == RUNNING ? "[running]" : state == 0 ? "[unstarted]" : "[suspended]";
        }
    }

    /** The state machine of {@link Numbers#countUpTo}: a lazy iterator over what the template yields. */
    public abstract static class CountUpTo extends Machine<Integer> implements Iterable<Integer> {
        CountUpTo() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract CountUpTo iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<Integer> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "NumbersGenerators.countUpTo" + status();
        }
    }
}
