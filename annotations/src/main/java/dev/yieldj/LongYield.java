package dev.yieldj;

import java.util.PrimitiveIterator;

/**
 * The sink of a generator of {@code long} values, without boxing: the generated class is a
 * {@link PrimitiveIterator.OfLong} whose {@code stream()} is a {@code java.util.stream.LongStream}.
 */
@FunctionalInterface
public interface LongYield {

    /** Produces {@code value} (Python {@code yield value}). */
    void yield(long value);

    /** Produces every remaining element of {@code source} (Python {@code yield from}). */
    default void yieldAll(PrimitiveIterator.OfLong source) {
        while (source.hasNext()) {
            this.yield(source.nextLong());
        }
    }

    /** Produces every element of {@code source} (Python {@code yield from}). */
    default void yieldAll(Iterable<Long> source) {
        for (Long value : source) {
            this.yield(value);
        }
    }

    /**
     * Produces every remaining element of a source that is both a primitive iterator and an
     * {@link Iterable}, such as a generated generator, continuing it if it was already started.
     */
    default <I extends Object & PrimitiveIterator.OfLong & Iterable<Long>> void yieldAll(I source) {
        yieldAll((PrimitiveIterator.OfLong) source);
    }

    /** Produces every element of {@code values}. */
    default void yieldAll(long... values) {
        for (long value : values) {
            this.yield(value);
        }
    }
}
