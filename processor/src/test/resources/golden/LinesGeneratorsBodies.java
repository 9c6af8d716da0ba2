package com.acme;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link LinesGenerators}: the bodies of the templates of {@link Lines}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class LinesGeneratorsBodies {
    static final class NonBlank extends LinesGenerators.NonBlank {
        private final String text;
        private boolean returned;
        private int finally0Next;
        private Throwable finally0Thrown;
        private int finally1Next;
        private Throwable finally1Thrown;
        private int result;
        private int blank;
        private BufferedReader reader;
        private String line;

        NonBlank(String text) {
            this.text = text;
        }

        @Override
        public boolean hasNext() {
            if (state < 0) {
                if (state == RUNNING) throw new IllegalStateException("generator already executing");
                return state != FINISHED;
            }
            int from = state;
            state = RUNNING;
            try {
                state = advance(from);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return state != FINISHED;
        }

        @Override
        public String next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            String value = current;
            current = null;
            return value;
        }

        @Override
        public int returnValue() {
            if (!returned) {
                throw new IllegalStateException((state == FINISHED ? "finished without returning (closed or failed): " : "no return value yet: ") + this);
            }
            return result;
        }

        @Override
        public synchronized LinesGenerators.NonBlank iterator() {
            if (handedOut || state != 0) return new NonBlank(text);
            handedOut = true;
            return this;
        }

        @Override
        int closeEntry() {
            return switch (state) {
                case 4 -> 14;
                default -> FINISHED;
            };
        }

        @Override
        int advance(int state) throws Throwable {
            dispatch:
            while (true) {
                try {
                    switch (state) {
                        case 0:
                            blank = 0;
                            state = 1;
                            continue;
                        case 1:
                            reader = new BufferedReader(new StringReader(text));
                            state = 2;
                            continue;
                        case 2, 3, 4: // resumes after Lines.java:27
                            if ((line = reader.readLine()) != null) {
                                if (line.isBlank()) {
                                    blank++;
                                    { state = 3; continue dispatch; }
                                }
                                current = line.strip();
                                return READY + 4;
                            }
                            state = 5;
                            continue;
                        case 5:
                            finally1Next = 8;
                            finally1Thrown = null;
                            state = 6;
                            continue;
                        case 6:
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
                        case 7:
                            throw finally1Thrown;
                        case 8:
                            finally0Next = 11;
                            finally0Thrown = null;
                            state = 9;
                            continue;
                        case 9:
                            {
                                System.getProperty("yieldj.golden");
                            }
                            state = finally0Next;
                            continue;
                        case 10:
                            throw finally0Thrown;
                        case 11:
                            result = blank;
                            returned = !closing;
                            return FINISHED;
                        case 12:
                            returned = !closing;
                            return FINISHED;
                        case 13:
                            finally0Next = 12;
                            finally0Thrown = null;
                            state = 9;
                            continue;
                        case 14:
                            finally1Next = 13;
                            finally1Thrown = null;
                            state = 6;
                            continue;
                        default:
                            throw new IllegalStateException("no state " + state);
                    }
                } catch (Throwable caught) {
                    state = recover(caught, state);
                }
            }
        }

        private int recover(Throwable caught, int state) throws Throwable {
            Throwable thrown = caught;
            switch (state) {
                case 1, 7, 8, 13 -> {
                    finally0Thrown = thrown;
                    finally0Next = 10;
                    return 9;
                }
                case 2, 3, 4, 5, 14 -> {
                    finally1Thrown = thrown;
                    finally1Next = 7;
                    return 6;
                }
                case 6 -> {
                    if (closing && finally1Thrown != null) {
                        finally1Thrown.addSuppressed(thrown);
                        thrown = finally1Thrown;
                    }
                    finally0Thrown = thrown;
                    finally0Next = 10;
                    return 9;
                }
                case 9 -> {
                    if (closing && finally0Thrown != null) {
                        finally0Thrown.addSuppressed(thrown);
                        thrown = finally0Thrown;
                    }
                }
                default -> { }
            }
            throw thrown;
        }
    }
}
