package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.processing.Generated;

/** Generators for the {@code @Generator} templates of {@link Walk}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
public final class WalkGenerators {
    /** The class whose templates this file serves (how yieldj knows its own output). */
    private static final String TEMPLATES = "com.acme.Walk";

    private WalkGenerators() {}

    /** The values of a tree, depth first; a failing child is reported and skipped. */
    static Values values(Walk.Node node) {
        return new WalkGeneratorsBodies.Values(node);
    }

    /**
     * What every generator of this file shares: its state, and the iterator protocol around a state machine,
     * the trampoline that runs a chain of {@code yieldAll} delegations innermost first.
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

        /** The generator of this file that a {@code yieldAll} delegates to; the trampoline runs it. */
        Machine<?> inner;

        /** The generator delegating to this one through the trampoline, while it does. */
        Machine<?> outer;

        /**
         * The innermost generator of this one's delegation chain that last ran (kept so that each step costs the same
         * however deep the chain is).
         */
        Machine<?> deepest;

        /** Any other iterator a {@code yieldAll} delegates to; the body pulls it. */
        Iterator<?> delegate;

        /** An exception to raise where the body is suspended. */
        Throwable raised;

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields (just where it resumes when it
         * delegates to {@code inner}), or {@code FINISHED} when it ends.
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

        /** Whether the trampoline may run this generator's delegations (not for primitive ones). */
        boolean flattens() {
            return true;
        }

        /**
         * Runs the innermost generator of the delegation chain, resumed with {@code toSend} or {@code toRaise}, until
         * some generator of the chain yields (true) or this one ends (false). A generator that ends hands control
         * back to the one delegating to it; one that fails raises its exception there. Each step starts
         * where the last one left off, so its cost does not grow with the depth of the chain. This generator's
         * own state waits in {@code own} meanwhile; no value waits in it after the run.
         */
        @SuppressWarnings("unchecked")
        final boolean run(Object toSend, RuntimeException toRaise) {
            if (state == RUNNING) throw new IllegalStateException("generator already executing");
            int own = state;
            state = RUNNING;
            try {
                Object send = toSend;
                Throwable raise = toRaise;
                while (true) {
                    Machine<?> leaf = deepest != null ? deepest : this;
                    while (leaf.inner != null) {
                        leaf.inner.outer = leaf;
                        leaf = leaf.inner;
                    }
                    Machine<?> parent = leaf == this ? null : leaf.outer;
                    if (parent != null && leaf.state < RUNNING && raise == null) {
                        leaf.state -= READY;
                        current = (T) leaf.take();
                        deepest = leaf;
                        return true;
                    }
                    int outcome;
                    int from = parent == null ? own : leaf.state;
                    if (from == FINISHED) {
                        outcome = FINISHED;
                    } else if (from == RUNNING) {
                        throw new IllegalStateException("generator already executing");
                    } else {
                        leaf.raised = raise;
                        raise = null;
                        leaf.state = RUNNING;
                        try {
                            outcome = leaf.advance(from);
                        } catch (Throwable failure) {
                            if (parent == null) {
                                own = FINISHED;
                                deepest = null;
                                throw failed(failure);
                            }
                            leaf.state = FINISHED;
                            parent.inner = null;
                            leaf.outer = null;
                            deepest = parent;
                            raise = failure;
                            continue;
                        }
                    }
                    if (outcome < RUNNING) {
                        if (parent == null) {
                            own = outcome - READY;
                        } else {
                            leaf.state = outcome - READY;
                            current = (T) leaf.take();
                        }
                        deepest = leaf;
                        return true;
                    }
                    if (parent == null) {
                        own = outcome;
                    } else {
                        leaf.state = outcome;
                    }
                    if (outcome == FINISHED) {
                        if (parent == null) {
                            deepest = null;
                            if (raise != null) throw failed(raise);
                            return false;
                        }
                        parent.inner = null;
                        leaf.outer = null;
                        deepest = parent;
                    } else {
                        deepest = leaf;
                    }
                }
            } finally {
                state = own;
            }
        }

        /**
         * Ends the generator: closes the generators it delegates to, innermost first, then runs its pending
         * {@code finally} blocks and closes its open resources. Idempotent.
         */
        @Override
        public void close() {
            if (state == RUNNING) throw new IllegalStateException("generator already executing");
            if (inner == null) {
                try {
                    closeOwn();
                } catch (Throwable failure) {
                    throw failed(failure);
                }
                return;
            }
            deepest = null;
            List<Machine<?>> chain = new ArrayList<>();
            for (Machine<?> link = this; link != null; link = link.inner) {
                chain.add(link);
            }
            Throwable failure = null;
            for (int i = chain.size() - 1; i >= 0; i--) {
                Machine<?> link = chain.get(i);
                link.inner = null;
                link.outer = null;
                try {
                    link.closeOwn();
                } catch (Throwable e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) throw failed(failure);
        }

        /** Closes this generator alone: the iterator it pulls from. */
        final void closeOwn() throws Throwable {
            if (state == FINISHED) return;
            current = null;
            Iterator<?> pulled = delegate;
            delegate = null;
            state = FINISHED;
            Throwable failure = null;
            if (pulled instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Throwable e) {
                    failure = e;
                }
            }
            if (failure != null) throw failure;
        }

        final String status() {
            return state == FINISHED ? "[finished]" : state == RUNNING ? "[running]" : state == 0 ? "[unstarted]" : "[suspended]";
        }

        /**
         * What {@code yieldAll} delegates to: the source itself when it is an iterator (a started generator goes on),
         * else a new iterator of it.
         */
        static Iterator<?> iterate(Object source) {
            if (source instanceof Iterator<?> iterator) return iterator;
            return ((Iterable<?>) source).iterator();
        }
    }

    /** The state machine of {@link Walk#values}: a lazy iterator over what the template yields. */
    public abstract static class Values extends Machine<Integer> implements Iterable<Integer> {
        Values() {}

        /** This generator when first asked while unstarted, else a fresh one over the same arguments. */
        @Override
        public abstract Values iterator();

        /** The remaining values as a sequential, ordered stream; closing it closes this generator. */
        public Stream<Integer> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false).onClose(this::close);
        }

        @Override
        public String toString() {
            return "WalkGenerators.values" + status();
        }
    }
}
