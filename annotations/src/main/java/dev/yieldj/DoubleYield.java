package dev.yieldj;

import java.util.PrimitiveIterator;

/**
 * The sink of a generator of {@code double} values, without boxing: the generated class is a
 * {@link PrimitiveIterator.OfDouble} whose {@code stream()} is a {@code java.util.stream.DoubleStream}.
 */
@FunctionalInterface
public interface DoubleYield {

    /** Produces {@code value} (Python {@code yield value}). */
    void yield(double value);

    /** Produces every remaining element of {@code source} (Python {@code yield from}). */
    default void yieldAll(PrimitiveIterator.OfDouble source) {
        while (source.hasNext()) {
            this.yield(source.nextDouble());
        }
    }

    /** Produces every element of {@code source} (Python {@code yield from}). */
    default void yieldAll(Iterable<Double> source) {
        for (Double value : source) {
            this.yield(value);
        }
    }

    /**
     * Produces every remaining element of a source that is both a primitive iterator and an
     * {@link Iterable}, such as a generated generator, continuing it if it was already started.
     */
    default <I extends Object & PrimitiveIterator.OfDouble & Iterable<Double>> void yieldAll(I source) {
        yieldAll((PrimitiveIterator.OfDouble) source);
    }

    /** Produces every element of {@code values}. */
    default void yieldAll(double... values) {
        for (double value : values) {
            this.yield(value);
        }
    }
}
