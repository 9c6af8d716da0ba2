package dev.yieldj.examples.coroutines;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;

/**
 * {@link Coroutines#averager} with the yield inside a compound assignment, as Python's
 * {@code total += yield average}: {@code total} is read before the coroutine suspends.
 */
public final class CompactAverager {

    private CompactAverager() {}

    /**
     * <pre>{@code
     * def averager_compact():
     *     total = 0.0
     *     count = 0
     *     average = None
     *     while True:
     *         total += yield average
     *         count += 1
     *         average = total / count
     * }</pre>
     */
    @Generator
    public static void averagerCompact(Coroutine<Double, Double> co) {
        double total = 0.0;
        int count = 0;
        Double average = null;
        while (true) {
            total += co.yield(average);
            count++;
            average = total / count;
        }
    }
}
