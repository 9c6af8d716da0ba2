package com.acme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
 * Generators for the {@code @Generator} templates of {@link Lines}.
 */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class LinesGenerators {
    private LinesGenerators() {
    }

    /**
     * The non-blank lines of a text.
     *
     * @param text the text
     * @return how many lines were blank
     */
    static NonBlank nonBlank(String text) {
        return new NonBlank(text);
    }

    /**
     * The state machine of {@link Lines#nonBlank}: a lazy iterator over what the template yields.
     */
    public static final class NonBlank implements Iterator<String>, Iterable<String>, AutoCloseable {
        private static final int FINISHED = -1;

        private final String text;

        private int state;

        private boolean ready;

        private String current;

        private boolean running;

        private boolean closing;

        private boolean handedOut;

        private boolean returned;

        private int finally0Next;

        private Throwable finally0Thrown;

        private int finally1Next;

        private Throwable finally1Thrown;

        private int result;

        private int blank;

        private BufferedReader reader;

        private String line;

        private NonBlank(String text) {
            this.text = text;
        }

        @Override
        public boolean hasNext() {
            if (!ready && state != FINISHED) {
                ready = resume();
            }
            return ready;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return take();
        }

        /**
         * The value of the template's ending {@code return} (Python {@code StopIteration.value}).
         *
         * @throws IllegalStateException if the generator has not returned (yet)
         */
        public int returnValue() {
            if (!returned) {
                throw new IllegalStateException("no return value yet: " + this);
            }
            return result;
        }

        /**
         * Returns this generator the first time it is asked while unstarted, else a fresh one over the same arguments.
         */
        @Override
        public synchronized NonBlank iterator() {
            if (!handedOut && state == 0 && !ready) {
                handedOut = true;
                return this;
            }
            return new NonBlank(text);
        }

        /**
         * The remaining values as a sequential, ordered stream; closing it closes this generator.
         */
        public Stream<String> stream() {
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
            int entry;
            switch (state) {
                case 13 -> entry = 15;
                default -> entry = FINISHED;
            }
            if (entry == FINISHED) {
                state = FINISHED;
                return;
            }
            closing = true;
            state = entry;
            try {
                if (resume()) {
                    throw new IllegalStateException("generator ignored close: it yielded while closing");
                }
            } finally {
                closing = false;
                state = FINISHED;
            }
        }

        @Override
        public String toString() {
            String status = state == FINISHED ? "finished" : running ? "running" : state == 0 && !ready ? "unstarted" : "suspended";
            return "LinesGenerators.nonBlank[" + status + "]";
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

        private String take() {
            String value = current;
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
                try {
                    switch (state) {
                        case 0: {
                            blank = 0;
                            state = 5;
                            continue;
                        }
                        case 1: {
                            returned = !closing;
                            state = FINISHED;
                            return false;
                        }
                        case 2: {
                            {
                                result = blank;
                                state = 1;
                                continue dispatch;
                            }
                        }
                        case 3: {
                            {
                                        System.getProperty("yieldj.golden");
                                    }
                            state = finally0Next;
                            continue;
                        }
                        case 4: {
                            throw finally0Thrown;
                        }
                        case 5: {
                            reader = new BufferedReader(new StringReader(text));
                            state = 9;
                            continue;
                        }
                        case 6: {
                            if (reader != null) {
                                if (finally1Thrown == null) {
                                    reader.close();
                                } else {
                                    try {
                                        reader.close();
                                    } catch (Throwable suppressed) {
                                        finally1Thrown.addSuppressed(suppressed);
                                    }
                                }
                            }
                            state = finally1Next;
                            continue;
                        }
                        case 7: {
                            throw finally1Thrown;
                        }
                        case 8: {
                            finally0Next = 2;
                            finally0Thrown = null;
                            state = 3;
                            continue;
                        }
                        case 9: {
                            state = 10;
                            continue;
                        }
                        case 10: {
                            state = ((line = reader.readLine()) != null) ? 11 : 12;
                            continue;
                        }
                        case 11: {
                            if (line.isBlank()) {
                                                blank++;
                                                {
                                state = 10;
                                continue dispatch;
                            }
                                            }
                            current = line.strip();
                            state = 13;
                            return true;
                        }
                        case 12: {
                            finally1Next = 8;
                            finally1Thrown = null;
                            state = 6;
                            continue;
                        }
                        case 13: { // resumes after Lines.java:27
                            state = 10;
                            continue;
                        }
                        case 14: {
                            finally0Next = 1;
                            finally0Thrown = null;
                            state = 3;
                            continue;
                        }
                        case 15: {
                            finally1Next = 14;
                            finally1Thrown = null;
                            state = 6;
                            continue;
                        }
                        default:
                            throw new IllegalStateException("no state " + state);
                    }
                } catch (Throwable caught) {
                    Throwable thrown = caught;
                    switch (state) {
                        case 3 -> {
                            if (closing && finally0Thrown != null) {
                                finally0Thrown.addSuppressed(thrown);
                                thrown = finally0Thrown;
                            }
                        }
                        case 5, 7, 8, 14 -> {
                            finally0Thrown = thrown;
                            finally0Next = 4;
                            state = 3;
                            continue;
                        }
                        case 6 -> {
                            if (closing && finally1Thrown != null) {
                                finally1Thrown.addSuppressed(thrown);
                                thrown = finally1Thrown;
                            }
                            finally0Thrown = thrown;
                            finally0Next = 4;
                            state = 3;
                            continue;
                        }
                        case 9, 10, 11, 12, 13, 15 -> {
                            finally1Thrown = thrown;
                            finally1Next = 7;
                            state = 6;
                            continue;
                        }
                        default -> { }
                    }
                    state = FINISHED;
                    throw thrown;
                }
            }
        }
    }
}
