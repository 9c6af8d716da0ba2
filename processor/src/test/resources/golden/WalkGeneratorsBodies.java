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
            if (state < 0 && state != RUNNING) return state != FINISHED;
            if (state >= 0 && inner == null) {
                int from = state;
                state = RUNNING;
                try {
                    state = advance(from);
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                if (state < 0) return state != FINISHED;
            }
            if (!run(null, null)) return false;
            state += READY;
            return true;
        }

        @Override
        public Integer next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            Integer value = current;
            current = null;
            return value;
        }

        @Override
        public synchronized WalkGenerators.Values iterator() {
            if (handedOut || state != 0) return new Values(node);
            handedOut = true;
            return this;
        }

        @Override
        int advance(int state) throws Throwable {
            Walk.Node child = null;
            while (true) {
                try {
                    switch (state) {
                        case 0:
                            current = node.value();
                            return READY + 1;
                        case 1: // resumes after Walk.java:13
                            childIterator = node.children().iterator();
                            if (childIterator.hasNext()) {
                                state = 3;
                                continue;
                            }
                            return FINISHED;
                        case 2:
                            if (childIterator.hasNext()) {
                                state = 3;
                                continue;
                            }
                            return FINISHED;
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
                                return state;
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
                                return READY + state;
                            }
                            delegate = null;
                            state = 2;
                            continue;
                        }
                        case 6:
                            current = -1;
                            return READY + 7;
                        case 7: // resumes after Walk.java:18
                            state = 2;
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
                case 4, 5 -> {
                    if (thrown instanceof IllegalStateException) {
                        e = (IllegalStateException) thrown;
                        return 6;
                    }
                }
                case 6, 7 -> {
                }
                default -> { }
            }
            throw thrown;
        }
    }
}
