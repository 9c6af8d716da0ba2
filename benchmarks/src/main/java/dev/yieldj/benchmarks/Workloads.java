package dev.yieldj.benchmarks;

/**
 * The sizes of the workloads W1-W7 (see README.md) and their expected results, computed without any
 * of the variants, so that {@code SameResultsTest} can check every variant against them.
 */
public final class Workloads {

    /** W1, W5: the values 0 .. COUNT-1, summed; W6 takes the first {@link #TAKE} of them. */
    public static final int COUNT = 1_000_000;

    /** W2: the Pythagorean triples a ≤ b < c < TRIPLES_LIMIT. */
    public static final int TRIPLES_LIMIT = 300;

    /** W3: the number of nodes of the balanced tree, holding 1 .. TREE_SIZE. */
    public static final int TREE_SIZE = 1 << 16;

    /** W4: how many values the pipeline takes. */
    public static final int PIPELINE_TAKE = 10_000;

    /** W6: how many values are taken before the generator is closed. */
    public static final int TAKE = 10;

    /** W7: the resource-guarded count yields 1 .. RESOURCE_COUNT. */
    public static final int RESOURCE_COUNT = 1_000;

    /** W7b: how many values are taken before the generator is closed. */
    public static final int RESOURCE_TAKE = 3;

    /** The limit of {@link Consumers#sum} that means "all of them". */
    public static final int ALL = Integer.MAX_VALUE;

    private Workloads() {
    }

    /** 0 + 1 + ... + (n-1). */
    public static long sumBelow(long n) {
        return n * (n - 1) / 2;
    }

    /** The sum of a + b + c over the triples with a ≤ b < c < limit, by the obvious loops. */
    public static long triplesSum(int limit) {
        long sum = 0;
        for (int c = 1; c < limit; c++) {
            for (int b = 1; b < c; b++) {
                for (int a = 1; a <= b; a++) {
                    if (a * a + b * b == c * c) {
                        sum += a + b + c;
                    }
                }
            }
        }
        return sum;
    }

    /** W4: the sum of 2v+1 over the first k multiples v of 3 (0, 3, 6, ...). */
    public static long pipelineSum(long k) {
        return 6 * sumBelow(k) + k;
    }
}
