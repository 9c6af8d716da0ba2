package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.IntYield;
import dev.yieldj.Yield;

/** yieldj templates of W1, W5 and W6: a counting loop, boxed and primitive. */
public final class Counting {

    private Counting() {
    }

    /** W1, W6: 0, 1, ..., n-1 as boxed {@code Integer}s. */
    @Generator
    public static void count(int n, Yield<Integer> out) {
        for (int i = 0; i < n; i++) {
            out.yield(i);
        }
    }

    /** W5: 0, 1, ..., n-1 as primitive {@code int}s. */
    @Generator
    public static void countInts(int n, IntYield out) {
        for (int i = 0; i < n; i++) {
            out.yield(i);
        }
    }
}
