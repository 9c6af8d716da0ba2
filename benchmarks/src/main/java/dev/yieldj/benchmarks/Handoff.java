package dev.yieldj.benchmarks;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A thread-handoff generator, as thread-based Java generator libraries build them: the body runs on a
 * producer thread of its own and hands each value to the consumer through a {@code SynchronousQueue};
 * the two threads run in lock-step (the body runs up to its next value only when the consumer asks for
 * one, as a lazy generator does), so each element costs two handoffs between threads.
 *
 * <p>The producer is a daemon thread (platform) or a virtual thread, started by the first
 * {@code hasNext()}. It ends when the body returns or throws (the exception is rethrown to the
 * consumer), or when {@link #close()} stops it: the value hand-off the body is suspended in throws, so
 * the body's {@code finally} blocks run, on the producer thread, before {@code close()} returns. A
 * consumer that neither drains nor closes the generator leaves its producer parked forever (as with
 * those libraries): every benchmark drains or closes.
 */
public final class Handoff<T> implements Iterator<T>, AutoCloseable {

    /** The producer's code: pushes each value into {@code out}. */
    @FunctionalInterface
    public interface Body<T> {
        void run(Consumer<T> out);
    }

    /** Which kind of thread runs the body. */
    public enum Threads {
        PLATFORM,
        /** JDK 21 and later only; see {@link VirtualThreads}. */
        VIRTUAL
    }

    // Producer → consumer: END after the body; a Failure if it threw; NULL stands for a null value.
    private static final Object END = new Object();
    private static final Object NULL = new Object();
    // Consumer → producer.
    private static final Object RESUME = new Object();
    private static final Object STOP = new Object();

    private static final AtomicInteger PRODUCERS = new AtomicInteger();

    private final Body<T> body;
    private final Threads threads;
    private final SynchronousQueue<Object> toConsumer = new SynchronousQueue<>();
    private final SynchronousQueue<Object> toProducer = new SynchronousQueue<>();

    // Consumer side.
    private Thread producer;
    private Object pending;
    private boolean finished;

    // Producer side.
    private boolean closing;

    private Handoff(Body<T> body, Threads threads) {
        this.body = body;
        this.threads = threads;
    }

    public static <T> Handoff<T> of(Threads threads, Body<T> body) {
        return new Handoff<>(body, threads);
    }

    /** How many producers were started and have not yet finished their body: 0 when nothing leaks. */
    public static int liveProducers() {
        return PRODUCERS.get();
    }

    /** The producer thread, once started (for the tests). */
    Thread producer() {
        return producer;
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        if (producer == null) {
            producer = threads == Threads.VIRTUAL ? VirtualThreads.unstarted(this::produce) : daemon(this::produce);
            PRODUCERS.incrementAndGet();
            producer.start();
        } else {
            transfer(toProducer, RESUME);
        }
        Object message = receive(toConsumer);
        if (message == END) {
            finished = true;
            return false;
        }
        if (message instanceof Failure failure) {
            finished = true;
            throw failure.rethrow();
        }
        pending = message;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object value = pending;
        pending = null;
        return value == NULL ? null : (T) value;
    }

    /** Stops a suspended producer: its {@code finally} blocks have run when this returns. Idempotent. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        pending = null;
        if (producer == null) {
            return;
        }
        transfer(toProducer, STOP);
        if (receive(toConsumer) instanceof Failure failure) {
            throw failure.rethrow();
        }
    }

    private static Thread daemon(Runnable run) {
        Thread thread = new Thread(run, "handoff-producer");
        thread.setDaemon(true);
        return thread;
    }

    /** The producer thread's code. */
    private void produce() {
        Object last = END;
        try {
            body.run(this::handOff);
        } catch (Stopped stopped) {
            // close(): the body unwound, its finally blocks ran.
        } catch (Throwable error) {
            last = new Failure(error);
        }
        PRODUCERS.decrementAndGet();
        transfer(toConsumer, last);
    }

    /** The body's {@code yield}: hands the value over, waits to be resumed or stopped. */
    private void handOff(T value) {
        if (closing) {
            throw new IllegalStateException("the generator body yielded while being closed");
        }
        transfer(toConsumer, value == null ? NULL : value);
        if (receive(toProducer) == STOP) {
            closing = true;
            throw Stopped.INSTANCE;
        }
    }

    private static void transfer(SynchronousQueue<Object> queue, Object message) {
        try {
            queue.put(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a generator handoff", e);
        }
    }

    private static Object receive(SynchronousQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a generator handoff", e);
        }
    }

    /** Thrown at the body's suspended yield by {@link #close()}: no stack trace, shared. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stopped INSTANCE = new Stopped();

        private Stopped() {
            super("generator closed", null, false, false);
        }
    }

    /** What the body threw, handed to the consumer. */
    private record Failure(Throwable error) {
        RuntimeException rethrow() {
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (error instanceof Error fatal) {
                throw fatal;
            }
            throw new IllegalStateException(error);
        }
    }

    /**
     * W5's thread-handoff generator as a {@code PrimitiveIterator.OfInt}: the values still cross the
     * queue boxed (a queue holds objects), and {@code nextInt()} unboxes them.
     */
    public static final class OfInt implements PrimitiveIterator.OfInt, AutoCloseable {
        private final Handoff<Integer> values;

        public OfInt(Handoff<Integer> values) {
            this.values = values;
        }

        @Override
        public boolean hasNext() {
            return values.hasNext();
        }

        @Override
        public int nextInt() {
            return values.next();
        }

        @Override
        public void close() {
            values.close();
        }
    }
}
