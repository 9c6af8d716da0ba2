package dev.yieldj;

import java.util.Iterator;

/**
 * The sink of a generator of {@code T} values: {@code out.yield(x)} is Python's {@code yield x},
 * {@code out.yieldAll(source)} is Python's {@code yield from source}.
 *
 * <p>Called directly, a template pushes into whatever lambda it is given; compiled by the yieldj
 * processor, each {@code yield} becomes a suspension point of a lazy iterator.
 *
 * @param <T> the type of the values yielded
 */
@FunctionalInterface
public interface Yield<T> {

    /** Produces {@code value} (Python {@code yield value}). */
    void yield(T value);

    /**
     * Produces every remaining element of {@code source}, lazily when generated (Python
     * {@code yield from}).
     */
    default void yieldAll(Iterator<? extends T> source) {
        while (source.hasNext()) {
            this.yield(source.next());
        }
    }

    /** Produces every element of {@code source} (Python {@code yield from}). */
    default void yieldAll(Iterable<? extends T> source) {
        yieldAll(source.iterator());
    }

    /**
     * Produces every remaining element of a source that is both an {@link Iterator} and an
     * {@link Iterable}, such as a generated generator; it is consumed as an iterator, so a
     * generator that was already started is continued, not restarted.
     */
    default <I extends Object & Iterator<? extends T> & Iterable<? extends T>> void yieldAll(I source) {
        yieldAll((Iterator<? extends T>) source);
    }
}
