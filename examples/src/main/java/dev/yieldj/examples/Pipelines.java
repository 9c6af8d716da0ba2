package dev.yieldj.examples;

import dev.yieldj.Generator;
import dev.yieldj.IntYield;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The tutorial's "Better Performance" example: the same two-step pipeline built from lists
 * (each step materialises every value) and from chained generators (one value at a time, no
 * intermediate list). Python:
 * <pre>
 * # Without generators
 * data = [x*2 for x in range(1000000)]
 * filtered_data = [x for x in data if x &gt; 10]
 *
 * # With generators
 * data_gen = (x*2 for x in range(1000000))
 * filtered_data_gen = (x for x in data_gen if x &gt; 10)
 * </pre>
 * The generator steps use the primitive sink {@link IntYield}, so they do not even box.
 */
public final class Pipelines {

    private Pipelines() {}

    /** {@code [x*2 for x in range(n)]}: a list of every value. */
    public static List<Integer> doubledList(int n) {
        List<Integer> data = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            data.add(x * 2);
        }
        return data;
    }

    /** {@code [x for x in data if x > limit]}: a second list. */
    public static List<Integer> greaterThanList(List<Integer> data, int limit) {
        List<Integer> filtered = new ArrayList<>();
        for (int x : data) {
            if (x > limit) {
                filtered.add(x);
            }
        }
        return filtered;
    }

    /** {@code (x*2 for x in range(n))}. */
    @Generator
    public static void doubled(int n, IntYield out) {
        for (int x = 0; x < n; x++) out.yield(x * 2);
    }

    /** {@code (x for x in source if x > limit)}: pulls from {@code source} only when asked. */
    @Generator
    public static void greaterThan(PrimitiveIterator.OfInt source, int limit, IntYield out) {
        while (source.hasNext()) {
            int x = source.nextInt();
            if (x > limit) {
                out.yield(x);
            }
        }
    }

    /** Passes {@code source} through, counting in {@code pulled} every value taken from it. */
    @Generator
    public static void counted(PrimitiveIterator.OfInt source, AtomicInteger pulled, IntYield out) {
        while (source.hasNext()) {
            int x = source.nextInt();
            pulled.incrementAndGet();
            out.yield(x);
        }
    }

    /**
     * Bytes the current thread allocated while running {@code action}, or -1 where the JVM cannot
     * tell (HotSpot can: {@code com.sun.management.ThreadMXBean}).
     */
    public static long allocatedBytes(Runnable action) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadAllocatedMemorySupported()) {
            return -1;
        }
        if (!threads.isThreadAllocatedMemoryEnabled()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /** The {@code IntStream} twin of the generator pipeline. */
    public static IntStream greaterThanStream(int n, int limit) {
        return IntStream.range(0, n).map(x -> x * 2).filter(x -> x > limit);
    }
}
