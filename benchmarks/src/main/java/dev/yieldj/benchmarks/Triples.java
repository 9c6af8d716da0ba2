package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** yieldj template of W2: three nested loops and a filter, few yields. */
public final class Triples {

    private Triples() {
    }

    /** The Pythagorean triples a ≤ b < c < limit, by c, then b, then a. */
    @Generator
    public static void triples(int limit, Yield<Pythagorean> out) {
        for (int c = 1; c < limit; c++) {
            for (int b = 1; b < c; b++) {
                for (int a = 1; a <= b; a++) {
                    if (a * a + b * b == c * c) {
                        out.yield(new Pythagorean(a, b, c));
                    }
                }
            }
        }
    }
}
