package dev.yieldj.examples.coroutines;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Coroutines: generators that are sent values. {@code S got = co.yield(v)} is Python's
 * {@code got = yield v}; the generated class has {@code send(S)}, and {@code next()} sends
 * {@code null}.
 *
 * <pre>{@code
 * CoroutinesGenerators.Counter counter = CoroutinesGenerators.counter();
 * counter.next();      // 0
 * counter.next();      // 1
 * counter.send(10);    // 10: reset
 * counter.next();      // 11
 * }</pre>
 */
public final class Coroutines {

    private Coroutines() {}

    /**
     * The tutorial's counter: counts up from 0; a value sent in resets it.
     *
     * <pre>{@code
     * def counter():
     *     i = 0
     *     while True:
     *         value = (yield i)
     *         if value is not None:
     *             i = value
     *         else:
     *             i += 1
     * }</pre>
     */
    @Generator
    public static void counter(Coroutine<Integer, Integer> co) {
        int i = 0;
        while (true) {
            Integer value = co.yield(i);
            if (value != null) {
                i = value;
            } else {
                i++;
            }
        }
    }

    /**
     * A running average: send it numbers, each send returns the average so far (the first
     * {@code next()} returns {@code null}: no average yet).
     *
     * <pre>{@code
     * def averager():
     *     total = 0.0
     *     count = 0
     *     average = None
     *     while True:
     *         value = yield average
     *         total += value
     *         count += 1
     *         average = total / count
     * }</pre>
     */
    @Generator
    public static void averager(Coroutine<Double, Double> co) {
        double total = 0.0;
        int count = 0;
        Double average = null;
        while (true) {
            double value = co.yield(average);
            total += value;
            count++;
            average = total / count;
        }
    }

    /** Thrown into a {@link #resettableAverager} (with {@code throwInto}) to start it over. */
    public static final class Reset extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Reset() {
            super("reset");
        }
    }

    /**
     * {@link #averager} that starts over when {@link Reset} is thrown into it at its yield; any other
     * exception thrown in escapes and finishes it (Python's {@code gen.throw}).
     *
     * <pre>{@code
     * def resettable_averager():
     *     total = 0.0
     *     count = 0
     *     average = None
     *     while True:
     *         try:
     *             value = yield average
     *         except Reset:
     *             total, count, average = 0.0, 0, None
     *             continue
     *         total += value
     *         count += 1
     *         average = total / count
     * }</pre>
     */
    @Generator
    public static void resettableAverager(Coroutine<Double, Double> co) {
        double total = 0.0;
        int count = 0;
        Double average = null;
        while (true) {
            double value;
            try {
                value = co.yield(average);
            } catch (Reset reset) {
                total = 0.0;
                count = 0;
                average = null;
                continue;
            }
            total += value;
            count++;
            average = total / count;
        }
    }

    // ------------------------------------------------------------------ a pipeline (David Beazley's style)

    /**
     * Where a pipeline stage sends its items: a started coroutine seen through its {@code send} and
     * {@code close}. {@link Pipeline} makes them.
     */
    public interface Target<S> {

        /** Python's {@code target.send(item)}. */
        void send(S item);

        /** Python's {@code target.close()}. */
        void close();
    }

    /**
     * Passes on the lines that contain {@code pattern}; closing it closes its target.
     *
     * <pre>{@code
     * @coroutine
     * def grep(pattern, target):
     *     try:
     *         while True:
     *             line = (yield)
     *             if pattern in line:
     *                 target.send(line)
     *     finally:
     *         target.close()
     * }</pre>
     */
    @Generator
    public static void grep(String pattern, Target<String> target, Coroutine<Void, String> co) {
        try {
            while (true) {
                String line = co.yield(null);
                if (line.contains(pattern)) {
                    target.send(line);
                }
            }
        } finally {
            target.close();
        }
    }

    /**
     * Sends every item on to each of its targets, in order; closing it closes them all.
     *
     * <pre>{@code
     * @coroutine
     * def broadcast(targets):
     *     try:
     *         while True:
     *             item = (yield)
     *             for target in targets:
     *                 target.send(item)
     *     finally:
     *         for target in targets:
     *             target.close()
     * }</pre>
     */
    @Generator
    public static void broadcast(List<Target<String>> targets, Coroutine<Void, String> co) {
        try {
            while (true) {
                String item = co.yield(null);
                for (Target<String> target : targets) {
                    target.send(item);
                }
            }
        } finally {
            for (Target<String> target : targets) {
                target.close();
            }
        }
    }

    /**
     * The end of a pipeline: writes each line it is sent, prefixed, to {@code output}, and says so
     * when it is closed.
     *
     * <pre>{@code
     * @coroutine
     * def printer(prefix):
     *     try:
     *         while True:
     *             line = (yield)
     *             print(prefix + line)
     *     finally:
     *         print(prefix + "closed")
     * }</pre>
     */
    @Generator
    public static void printer(String prefix, Consumer<String> output, Coroutine<Void, String> co) {
        try {
            while (true) {
                String line = co.yield(null);
                output.accept(prefix + line);
            }
        } finally {
            output.accept(prefix + "closed");
        }
    }
}
