package com.acme;

import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link WalkGenerators}: the bodies of the templates of {@link Walk}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class WalkGeneratorsBodies {
    static final class Values extends WalkGenerators.Values {
        private final Walk.Node node;
        private Iterator<? extends Walk.Node> childIterator;
        private IllegalStateException e;

        Values(Walk.Node node) {
            this.node = node;
        }

        @Override
        public boolean hasNext() {
            if (phase == READY || state == FINISHED) return phase == READY;
            boolean yielded;
            if (inner != null || phase == RUNNING) {
                yielded = run(null, null);
            } else {
                int outcome;
                phase = RUNNING;
                try {
                    outcome = advance();
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                phase = IDLE;
                yielded = outcome == YIELDED || (outcome == DELEGATED && run(null, null));
            }
            if (yielded) phase = READY;
            return yielded;
        }

        @Override
        public Integer next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            Integer value = current;
            current = null;
            return value;
        }

        @Override
        public synchronized WalkGenerators.Values iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new Values(node);
            handedOut = true;
            return this;
        }

        @Override
        int advance() throws Throwable {
            Walk.Node child = null;
            while (true) {
                try {
                    switch (state) {
                        case 0:
                            current = node.value();
                            state = 1;
                            return YIELDED;
                        case 1: // resumes after Walk.java:13
                            childIterator = node.children().iterator();
                            if (childIterator.hasNext()) {
                                state = 3;
                                continue;
                            }
                            state = FINISHED;
                            return ENDED;
                        case 2:
                            if (childIterator.hasNext()) {
                                state = 3;
                                continue;
                            }
                            state = FINISHED;
                            return ENDED;
                        case 3:
                            child = childIterator.next();
                            state = 4;
                            continue;
                        case 4: {
                            delegate = iterate(WalkGenerators.values(child));
                            state = 5;
                            if (delegate instanceof WalkGenerators.Machine<?> generator && generator.flattens()) {
                                inner = generator;
                                delegate = null;
                                return DELEGATED;
                            }
                            continue;
                        }
                        case 5: { // resumes after Walk.java:16
                            if (raised != null) {
                                Throwable exception = raised;
                                raised = null;
                                if (delegate instanceof AutoCloseable closeable) {
                                    delegate = null;
                                    closeable.close();
                                }
                                delegate = null;
                                throw exception;
                            }
                            if (delegate != null && delegate.hasNext()) {
                                current = (Integer) delegate.next();
                                return YIELDED;
                            }
                            delegate = null;
                            state = 2;
                            continue;
                        }
                        case 6:
                            current = -1;
                            state = 7;
                            return YIELDED;
                        case 7: // resumes after Walk.java:18
                            state = 2;
                            continue;
                        default:
                            throw new IllegalStateException("no state " + state);
                    }
                } catch (Throwable caught) {
                    recover(caught);
                }
            }
        }

        private void recover(Throwable caught) throws Throwable {
            Throwable thrown = caught;
            switch (state) {
                case 4, 5 -> {
                    if (thrown instanceof IllegalStateException) {
                        e = (IllegalStateException) thrown;
                        state = 6;
                        return;
                    }
                }
                case 6, 7 -> {
                }
                default -> { }
            }
            state = FINISHED;
            throw thrown;
        }
    }
}
