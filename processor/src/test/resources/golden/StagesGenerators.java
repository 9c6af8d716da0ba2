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

/** Generators for the {@code @Generator} templates of {@link Stages}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class StagesGenerators {
    /** The class whose templates this file serves (how yieldj knows its own output). */
    private static final String TEMPLATES = "com.acme.Stages";

    private StagesGenerators() {}

    static Naturals naturals() {
        return new StagesGeneratorsBodies.Naturals();
    }

    static MultiplesOf3 multiplesOf3(Iterator<Integer> source) {
        return new StagesGeneratorsBodies.MultiplesOf3(source);
    }

    static TwicePlusOne twicePlusOne(Iterator<Integer> source) {
        return new StagesGeneratorsBodies.TwicePlusOne(source);
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

    /** The state machine of {@link Stages#naturals}: a lazy iterator over what the template yields. */
    public abstract static class Naturals extends Machine<Integer> implements Iterable<Integer> {
        Naturals() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract Naturals iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<Integer> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "StagesGenerators.naturals" + status();
        }
    }

    /** The state machine of {@link Stages#multiplesOf3}: a lazy iterator over what the template yields. */
    public abstract static class MultiplesOf3 extends Machine<Integer> implements Iterable<Integer> {
        MultiplesOf3() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract MultiplesOf3 iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<Integer> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "StagesGenerators.multiplesOf3" + status();
        }
    }

    /** The state machine of {@link Stages#twicePlusOne}: a lazy iterator over what the template yields. */
    public abstract static class TwicePlusOne extends Machine<Integer> implements Iterable<Integer> {
        TwicePlusOne() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract TwicePlusOne iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<Integer> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "StagesGenerators.twicePlusOne" + status();
        }
    }
}
