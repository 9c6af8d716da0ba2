package dev.yieldj.examples;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** The tutorial's "Combining Generators": one generator iterating another, lazily. */
public final class Chaining {

    private Chaining() {}

    /**
     * Infinite sequence of integers. Python:
     * <pre>
     * def integers():
     *     i = 1
     *     while True:
     *         yield i
     *         i += 1
     * </pre>
     */
    @Generator
    public static void integers(Yield<Integer> out) {
        int i = 1;
        while (true) {
            out.yield(i);
            i++;
        }
    }

    /**
     * Squares of {@link #integers}: iterates the generated {@code integers()} generator, one value
     * per resume. Python:
     * <pre>
     * def squares():
     *     for i in integers():
     *         yield i * i
     * </pre>
     */
    @Generator
    public static void squares(Yield<Integer> out) {
        for (int i : ChainingGenerators.integers()) {
            out.yield(i * i);
        }
    }
}
