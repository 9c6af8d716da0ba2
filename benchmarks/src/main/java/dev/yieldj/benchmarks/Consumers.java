package dev.yieldj.benchmarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * The consumers. Every pull variant of a workload (yieldj, hand-written, Kotlin, thread handoff) is
 * consumed by the same method here, one per element type, which is never inlined into the benchmark
 * and, before measuring, has already consumed three other {@code Iterator} classes ({@link #pollute()}):
 * like a library method that real callers pass all kinds of iterators to, its {@code hasNext()} and
 * {@code next()} are megamorphic interface calls, the iterator is a real object, and values come out
 * of it boxed. The "inlined" variants (loop written in the benchmark, concrete type) are the other
 * extreme. {@link Sum} is the consumer of the push and stream variants.
 */
public final class Consumers {

    /**
     * {@code -Dyieldj.pollute=false} (e.g. {@code -jvmArgsAppend -Dyieldj.pollute=false}) leaves the
     * consumers' type profiles to the benchmark's own iterator: then C2 may inline that one class into
     * the consumer, as if the program used only it.
     */
    static final boolean POLLUTE = Boolean.parseBoolean(System.getProperty("yieldj.pollute", "true"));

    private Consumers() {
    }

    /** W1, W3, W4, W6, W7: the sum of the first {@code limit} values ({@link Workloads#ALL}: of all). */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public static long sum(Iterator<Integer> values, int limit) {
        long sum = 0;
        for (int i = 0; i < limit && values.hasNext(); i++) {
            sum += values.next();
        }
        return sum;
    }

    /** W2: the sum of a + b + c over all triples. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public static long sumTriples(Iterator<Pythagorean> triples) {
        long sum = 0;
        while (triples.hasNext()) {
            Pythagorean t = triples.next();
            sum += t.a() + t.b() + t.c();
        }
        return sum;
    }

    /** W5: the sum of all values, by {@code nextInt()}. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public static long sumInts(PrimitiveIterator.OfInt values) {
        long sum = 0;
        while (values.hasNext()) {
            sum += values.nextInt();
        }
        return sum;
    }

    /**
     * Makes the consumers' call sites megamorphic: each consumes, many times, iterators of three JDK (or,
     * for {@code OfInt}, three local) classes that none of the variants uses. Called from every
     * benchmark's trial set-up, so it happens in every fork before warm-up.
     */
    public static void pollute() {
        if (!POLLUTE) {
            return;
        }
        List<Integer> ints = IntStream.range(0, 1_000).boxed().toList();
        List<Pythagorean> triples = IntStream.range(0, 1_000).mapToObj(i -> new Pythagorean(i, i, i)).toList();
        List<Collection<Integer>> intSources = List.of(new ArrayList<>(ints), new ArrayDeque<>(ints), new LinkedList<>(ints));
        List<Collection<Pythagorean>> tripleSources =
                List.of(new ArrayList<>(triples), new ArrayDeque<>(triples), new LinkedList<>(triples));
        int[] array = IntStream.range(0, 1_000).toArray();
        long check = 0;
        for (int round = 0; round < 100; round++) {
            for (Collection<Integer> source : intSources) {
                check += sum(source.iterator(), Workloads.ALL);
            }
            for (Collection<Pythagorean> source : tripleSources) {
                check += sumTriples(source.iterator());
            }
            check += sumInts(new ArrayInts(array));
            check += sumInts(new RangeInts(1_000));
            check += sumInts(new DownInts(1_000));
        }
        if (check != 100 * (3 * 499_500L + 3 * 3 * 499_500L + 3 * 499_500L)) {
            throw new AssertionError("pollution went wrong: " + check);
        }
    }

    /** The push and stream variants' consumer: sums; as a {@code Predicate}, wants {@code limit} values. */
    public static final class Sum implements Consumer<Integer>, Predicate<Integer> {
        public long sum;
        private final int limit;
        private int count;

        public Sum() {
            this(Workloads.ALL);
        }

        public Sum(int limit) {
            this.limit = limit;
        }

        @Override
        public void accept(Integer value) {
            sum += value;
        }

        @Override
        public boolean test(Integer value) {
            sum += value;
            return ++count < limit;
        }
    }

    /** W5's push and stream consumer. */
    public static final class IntSum implements IntConsumer {
        public long sum;

        @Override
        public void accept(int value) {
            sum += value;
        }
    }

    /** W2's push and stream consumer. */
    public static final class TripleSum implements Consumer<Pythagorean> {
        public long sum;

        @Override
        public void accept(Pythagorean t) {
            sum += t.a() + t.b() + t.c();
        }
    }

    private static final class ArrayInts implements PrimitiveIterator.OfInt {
        private final int[] values;
        private int next;

        ArrayInts(int[] values) {
            this.values = values;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public int nextInt() {
            if (next >= values.length) {
                throw new NoSuchElementException();
            }
            return values[next++];
        }
    }

    private static final class RangeInts implements PrimitiveIterator.OfInt {
        private final int n;
        private int next;

        RangeInts(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public int nextInt() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            return next++;
        }
    }

    private static final class DownInts implements PrimitiveIterator.OfInt {
        private int left;

        DownInts(int n) {
            this.left = n;
        }

        @Override
        public boolean hasNext() {
            return left > 0;
        }

        @Override
        public int nextInt() {
            if (left <= 0) {
                throw new NoSuchElementException();
            }
            return --left;
        }
    }
}
