package dev.yieldj;

import java.util.Iterator;

/**
 * The sink of a coroutine that yields {@code T} values and is sent {@code S} values:
 * {@code S got = co.yield(v)} is Python's {@code got = yield v}. The generated class has
 * {@code send(S)} and {@code throwInto(RuntimeException)} besides the iterator protocol;
 * {@code next()} sends {@code null}.
 *
 * <p>Called directly, a template gets from {@code yield} whatever its lambda sink returns.
 *
 * @param <T> the type of the values yielded
 * @param <S> the type of the values sent in
 */
@FunctionalInterface
public interface Coroutine<T, S> {

    /** Produces {@code value} and returns the value sent in when the coroutine is resumed. */
    S yield(T value);

    /**
     * Produces every remaining element of {@code source} (Python {@code yield from}); when
     * generated, values sent to this coroutine go on to {@code source} if it is a coroutine too.
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
     * {@link Iterable}, such as a generated generator, continuing it if it was already started.
     */
    default <I extends Object & Iterator<? extends T> & Iterable<? extends T>> void yieldAll(I source) {
        yieldAll((Iterator<? extends T>) source);
    }
}
