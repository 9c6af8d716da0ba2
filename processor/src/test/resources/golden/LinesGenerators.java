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

/** Generators for the {@code @Generator} templates of {@link Lines}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class LinesGenerators {
    /** The class whose templates this file serves (how yieldj knows its own output). */
    private static final String TEMPLATES = "com.acme.Lines";

    private LinesGenerators() {}

    /**
     * The non-blank lines of a text.
     *
     * @param text the text
     */
    static NonBlank nonBlank(String text) {
        return new LinesGeneratorsBodies.NonBlank(text);
    }

    /**
     * What every generator of this file shares: its state, and the iterator protocol around a state machine,
     * closing through the pending {@code finally} blocks.
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

        /** Whether {@code close()} runs the pending {@code finally} blocks. */
        boolean closing;

        boolean handedOut;

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields, or {@code FINISHED} when it ends.
         */
        abstract int advance(int state) throws Throwable;

        /** The state that runs the pending {@code finally} blocks of the current suspension, or {@code FINISHED}. */
        int closeEntry() {
            return FINISHED;
        }

        /** Finishes the generator after a failure; returns the failure to throw, unchecked. */
        final RuntimeException failed(Throwable failure) {
            state = FINISHED;
            if (failure instanceof Error error) throw error;
            if (failure instanceof RuntimeException unchecked) return unchecked;
            if (failure instanceof IOException io) return new UncheckedIOException(io);
            return new UndeclaredThrowableException(failure);
        }

        /** Ends the generator: runs its pending {@code finally} blocks and closes its open resources. Idempotent. */
        @Override
        public void close() {
            if (state == RUNNING) throw new IllegalStateException("generator already executing");
            if (state == FINISHED) return;
            if (state < RUNNING) state -= READY;
            current = null;
            int entry = state == 0 ? FINISHED : closeEntry();
            state = FINISHED;
            if (entry != FINISHED) {
                state = RUNNING;
                closing = true;
                try {
                    if (advance(entry) != FINISHED) throw new IllegalStateException("generator ignored close: it yielded while closing");
                } catch (Throwable e) {
                    throw failed(e);
                } finally {
                    closing = false;
                    state = FINISHED;
                    current = null;
                }
            }
        }

        final String status() {
            return state == FINISHED ? "[finished]" : state == RUNNING ? "[running]" : state == 0 ? "[unstarted]" : "[suspended]";
        }
    }

    /** The state machine of {@link Lines#nonBlank}: a lazy iterator over what the template yields. */
    public abstract static class NonBlank extends Machine<String> implements Iterable<String> {
        NonBlank() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract NonBlank iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<String> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "LinesGenerators.nonBlank" + status();
        }

        /**
         * The value of the template's ending {@code return} (Python {@code StopIteration.value}).
         *
         * @throws IllegalStateException if the generator has not returned (yet)
         */
        public abstract int returnValue();
    }
}
