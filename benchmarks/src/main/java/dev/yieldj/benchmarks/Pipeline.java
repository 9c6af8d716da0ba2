package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** Three generators chained like a Python pipeline: source, filter, map. */
public final class Pipeline {

    private Pipeline() {
    }

    /** Source: 1, 2, ..., n. */
    @Generator
    public static void numbers(int n, Yield<Integer> out) {
        for (int i = 1; i <= n; i++) {
            out.yield(i);
        }
    }

    /** Filter: the even elements of {@code source}. */
    @Generator
    public static void evens(Iterable<Integer> source, Yield<Integer> out) {
        for (Integer x : source) {
            if ((x & 1) == 0) {
                out.yield(x);
            }
        }
    }

    /** Map: the square of each element of {@code source}. */
    @Generator
    public static void squares(Iterable<Integer> source, Yield<Integer> out) {
        for (Integer x : source) {
            out.yield(x * x);
        }
    }
}
