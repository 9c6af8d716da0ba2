package dev.yieldj;

import java.util.PrimitiveIterator;

/**
 * The sink of a generator of {@code int} values, without boxing: the generated class is a
 * {@link PrimitiveIterator.OfInt} whose {@code stream()} is a {@code java.util.stream.IntStream}.
 */
@FunctionalInterface
public interface IntYield {

    /** Produces {@code value} (Python {@code yield value}). */
    void yield(int value);

    /** Produces every remaining element of {@code source} (Python {@code yield from}). */
    default void yieldAll(PrimitiveIterator.OfInt source) {
        while (source.hasNext()) {
            this.yield(source.nextInt());
        }
    }

    /** Produces every element of {@code source} (Python {@code yield from}). */
    default void yieldAll(Iterable<Integer> source) {
        for (Integer value : source) {
            this.yield(value);
        }
    }

    /**
     * Produces every remaining element of a source that is both a primitive iterator and an
     * {@link Iterable}, such as a generated generator, continuing it if it was already started.
     */
    default <I extends Object & PrimitiveIterator.OfInt & Iterable<Integer>> void yieldAll(I source) {
        yieldAll((PrimitiveIterator.OfInt) source);
    }

    /** Produces every element of {@code values}. */
    default void yieldAll(int... values) {
        for (int value : values) {
            this.yield(value);
        }
    }
}
