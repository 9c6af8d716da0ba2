package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.Iterator;

/** yieldj templates of W4: naturals → keep v % 3 == 0 → 2v+1 → take k, each stage its own generator. */
public final class Pipeline {

    private Pipeline() {
    }

    /** Source: 0, 1, 2, ... without end. */
    @Generator
    public static void naturals(Yield<Integer> out) {
        int v = 0;
        while (true) {
            out.yield(v);
            v++;
        }
    }

    /** Filter: the elements of {@code source} divisible by 3. */
    @Generator
    public static void multiplesOf3(Iterator<Integer> source, Yield<Integer> out) {
        while (source.hasNext()) {
            Integer v = source.next();
            if (v % 3 == 0) {
                out.yield(v);
            }
        }
    }

    /** Map: 2v+1 for each element v of {@code source}. */
    @Generator
    public static void twicePlusOne(Iterator<Integer> source, Yield<Integer> out) {
        while (source.hasNext()) {
            out.yield(2 * source.next() + 1);
        }
    }

    /** Limit: the first k elements of {@code source}. */
    @Generator
    public static void take(Iterator<Integer> source, int k, Yield<Integer> out) {
        for (int i = 0; i < k && source.hasNext(); i++) {
            out.yield(source.next());
        }
    }
}
