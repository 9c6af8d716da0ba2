package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.IntYield;
import dev.yieldj.Yield;

/** Templates of the simplest generator: a counting loop, boxed and primitive. */
public final class Counting {

    private Counting() {
    }

    /** 1, 2, ..., n as boxed {@code Integer}s. */
    @Generator
    public static void countUpTo(int n, Yield<Integer> out) {
        int count = 1;
        while (count <= n) {
            out.yield(count);
            count++;
        }
    }

    /** 1, 2, ..., n as primitive {@code int}s. */
    @Generator
    public static void countUpToInt(int n, IntYield out) {
        int count = 1;
        while (count <= n) {
            out.yield(count);
            count++;
        }
    }
}
