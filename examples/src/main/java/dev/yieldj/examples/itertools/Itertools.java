package dev.yieldj.examples.itertools;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Python's {@code itertools}, written as yieldj generator templates.
 *
 * <p>Each template follows the "roughly equivalent" Python code of the CPython documentation as
 * closely as Java allows; tuples are unmodifiable {@link List}s. The processor turns every template
 * into a lazy iterator reached through {@code ItertoolsGenerators}:
 *
 * <pre>{@code
 * for (List<String> pair : ItertoolsGenerators.pairwise(List.of("A", "B", "C"))) {
 *     System.out.println(pair); // [A, B] then [B, C]
 * }
 * }</pre>
 *
 * <p>Called directly with a lambda sink, each template runs eagerly (push mode); the infinite ones
 * then only stop when the sink throws.
 */
public final class Itertools {

    private Itertools() {}

    /** One group of {@link #groupby}: the key and the consecutive elements that had it. */
    public record Group<K, T>(K key, List<T> items) {}

    // ------------------------------------------------------------------ infinite iterators

    /**
     * {@code count(10, 1)} → 10 11 12 13 ...
     *
     * <pre>{@code
     * def count(start=0, step=1):
     *     n = start
     *     while True:
     *         yield n
     *         n += step
     * }</pre>
     */
    @Generator
    public static void count(long start, long step, Yield<Long> out) {
        long n = start;
        while (true) {
            out.yield(n);
            n += step;
        }
    }

    /**
     * {@code cycle("ABCD")} → A B C D A B C D ...
     *
     * <pre>{@code
     * def cycle(iterable):
     *     saved = []
     *     for element in iterable:
     *         yield element
     *         saved.append(element)
     *     while saved:
     *         for element in saved:
     *             yield element
     * }</pre>
     */
    @Generator
    public static <T> void cycle(Iterable<? extends T> iterable, Yield<T> out) {
        List<T> saved = new ArrayList<>();
        for (T element : iterable) {
            out.yield(element);
            saved.add(element);
        }
        while (!saved.isEmpty()) {
            for (T element : saved) {
                out.yield(element);
            }
        }
    }

    /**
     * {@code repeat(10)} → 10 10 10 10 ...
     *
     * <pre>{@code
     * def repeat(object, times=None):
     *     if times is None:
     *         while True:
     *             yield object
     * }</pre>
     */
    @Generator
    public static <T> void repeat(T object, Yield<T> out) {
        while (true) {
            out.yield(object);
        }
    }

    /**
     * {@code repeat(10, 3)} → 10 10 10
     *
     * <pre>{@code
     * def repeat(object, times):
     *     for i in range(times):
     *         yield object
     * }</pre>
     */
    @Generator
    public static <T> void repeat(T object, int times, Yield<T> out) {
        for (int i = 0; i < times; i++) {
            out.yield(object);
        }
    }

    // ------------------------------------------------------------------ terminating on the shortest input

    /**
     * {@code accumulate([1, 2, 3, 4, 5], add)} → 1 3 6 10 15
     *
     * <pre>{@code
     * def accumulate(iterable, function):
     *     iterator = iter(iterable)
     *     try:
     *         total = next(iterator)
     *     except StopIteration:
     *         return
     *     yield total
     *     for element in iterator:
     *         total = function(total, element)
     *         yield total
     * }</pre>
     */
    @Generator
    public static <T> void accumulate(Iterable<? extends T> iterable, BinaryOperator<T> function, Yield<T> out) {
        Iterator<? extends T> iterator = iterable.iterator();
        if (!iterator.hasNext()) {
            return;
        }
        T total = iterator.next();
        out.yield(total);
        while (iterator.hasNext()) {
            T element = iterator.next();
            total = function.apply(total, element);
            out.yield(total);
        }
    }

    /**
     * {@code accumulate([1, 2, 3], add, initial=100)} → 100 101 103 106
     *
     * <pre>{@code
     * def accumulate(iterable, function, *, initial):
     *     total = initial
     *     yield total
     *     for element in iterable:
     *         total = function(total, element)
     *         yield total
     * }</pre>
     */
    @Generator
    public static <T> void accumulate(
            Iterable<? extends T> iterable, BinaryOperator<T> function, T initial, Yield<T> out) {
        T total = initial;
        out.yield(total);
        for (T element : iterable) {
            total = function.apply(total, element);
            out.yield(total);
        }
    }

    /**
     * {@code chain(["ABC", "DEF"])} → A B C D E F (Python's {@code chain(*iterables)}, and
     * {@code chain.from_iterable(iterables)}).
     *
     * <pre>{@code
     * def chain(*iterables):
     *     for iterable in iterables:
     *         yield from iterable
     * }</pre>
     */
    @Generator
    public static <T> void chain(Iterable<? extends Iterable<? extends T>> iterables, Yield<T> out) {
        for (Iterable<? extends T> iterable : iterables) {
            out.yieldAll(iterable);
        }
    }

    /**
     * {@code compress("ABCDEF", [1, 0, 1, 0, 1, 1])} → A C E F
     *
     * <pre>{@code
     * def compress(data, selectors):
     *     return (datum for datum, selector in zip(data, selectors) if selector)
     * }</pre>
     */
    @Generator
    public static <T> void compress(Iterable<? extends T> data, Iterable<Boolean> selectors, Yield<T> out) {
        Iterator<? extends T> datum = data.iterator();
        Iterator<Boolean> selector = selectors.iterator();
        while (datum.hasNext()) {
            T element = datum.next();
            if (!selector.hasNext()) {
                return;
            }
            if (selector.next()) {
                out.yield(element);
            }
        }
    }

    /**
     * {@code dropwhile(x < 5, [1, 4, 6, 3, 8])} → 6 3 8
     *
     * <pre>{@code
     * def dropwhile(predicate, iterable):
     *     iterator = iter(iterable)
     *     for x in iterator:
     *         if not predicate(x):
     *             yield x
     *             break
     *     for x in iterator:
     *         yield x
     * }</pre>
     */
    @Generator
    public static <T> void dropwhile(Predicate<? super T> predicate, Iterable<? extends T> iterable, Yield<T> out) {
        Iterator<? extends T> iterator = iterable.iterator();
        while (iterator.hasNext()) {
            T x = iterator.next();
            if (!predicate.test(x)) {
                out.yield(x);
                break;
            }
        }
        out.yieldAll(iterator);
    }

    /**
     * {@code takewhile(x < 5, [1, 4, 6, 3, 8])} → 1 4
     *
     * <pre>{@code
     * def takewhile(predicate, iterable):
     *     for x in iterable:
     *         if not predicate(x):
     *             break
     *         yield x
     * }</pre>
     */
    @Generator
    public static <T> void takewhile(Predicate<? super T> predicate, Iterable<? extends T> iterable, Yield<T> out) {
        for (T x : iterable) {
            if (!predicate.test(x)) {
                break;
            }
            out.yield(x);
        }
    }

    /**
     * {@code filterfalse(x % 2, range(10))} → 0 2 4 6 8
     *
     * <pre>{@code
     * def filterfalse(predicate, iterable):
     *     for x in iterable:
     *         if not predicate(x):
     *             yield x
     * }</pre>
     */
    @Generator
    public static <T> void filterfalse(Predicate<? super T> predicate, Iterable<? extends T> iterable, Yield<T> out) {
        for (T x : iterable) {
            if (!predicate.test(x)) {
                out.yield(x);
            }
        }
    }

    /**
     * {@code groupby("AAAABBBCCDAABBB", identity)} → (A, AAAA) (B, BBB) (C, CC) (D, D) (A, AA) (B, BBB).
     * Unlike Python's lazy groupers, each group's elements are collected into a list before it is
     * yielded, so a group stays valid after the generator moves on.
     *
     * <pre>{@code
     * def groupby(iterable, key):
     *     iterator = iter(iterable)
     *     try:
     *         element = next(iterator)
     *     except StopIteration:
     *         return
     *     current_key, group = key(element), [element]
     *     for element in iterator:
     *         k = key(element)
     *         if k != current_key:
     *             yield current_key, group
     *             current_key, group = k, []
     *         group.append(element)
     *     yield current_key, group
     * }</pre>
     */
    @Generator
    public static <T, K> void groupby(
            Iterable<? extends T> iterable, Function<? super T, ? extends K> key, Yield<Group<K, T>> out) {
        Iterator<? extends T> iterator = iterable.iterator();
        if (!iterator.hasNext()) {
            return;
        }
        T first = iterator.next();
        K currentKey = key.apply(first);
        List<T> group = new ArrayList<>();
        group.add(first);
        while (iterator.hasNext()) {
            T element = iterator.next();
            K k = key.apply(element);
            if (!Objects.equals(k, currentKey)) {
                out.yield(new Group<>(currentKey, Collections.unmodifiableList(group)));
                currentKey = k;
                group = new ArrayList<>();
            }
            group.add(element);
        }
        out.yield(new Group<>(currentKey, Collections.unmodifiableList(group)));
    }

    /**
     * {@code islice("ABCDEFG", 2, null, 2)} → C E G; a {@code null} stop is Python's {@code None}
     * (no end). Pulls no element past the last one it yields.
     *
     * <pre>{@code
     * def islice(iterable, start, stop, step):
     *     if start < 0 or (stop is not None and stop < 0) or step <= 0:
     *         raise ValueError
     *     indices = count() if stop is None else range(max(start, stop))
     *     next_i = start
     *     for i, element in zip(indices, iterable):
     *         if i == next_i:
     *             yield element
     *             next_i += step
     * }</pre>
     */
    @Generator
    public static <T> void islice(Iterable<? extends T> iterable, int start, Integer stop, int step, Yield<T> out) {
        if (start < 0 || (stop != null && stop < 0) || step <= 0) {
            throw new IllegalArgumentException(
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        Iterator<? extends T> iterator = iterable.iterator();
        int nextI = start;
        for (int i = 0; stop == null || i < Math.max(start, stop); i++) {
            if (!iterator.hasNext()) {
                return;
            }
            T element = iterator.next();
            if (i == nextI) {
                out.yield(element);
                nextI += step;
            }
        }
    }

    /**
     * {@code islice("ABCDEFG", 2)} → A B
     *
     * <pre>{@code
     * def islice(iterable, stop):
     *     yield from islice(iterable, 0, stop, 1)
     * }</pre>
     */
    @Generator
    public static <T> void islice(Iterable<? extends T> iterable, int stop, Yield<T> out) {
        out.yieldAll(ItertoolsGenerators.islice(iterable, 0, stop, 1));
    }

    /**
     * {@code pairwise("ABCDEFG")} → AB BC CD DE EF FG
     *
     * <pre>{@code
     * def pairwise(iterable):
     *     iterator = iter(iterable)
     *     a = next(iterator, None)
     *     for b in iterator:
     *         yield a, b
     *         a = b
     * }</pre>
     */
    @Generator
    public static <T> void pairwise(Iterable<? extends T> iterable, Yield<List<T>> out) {
        Iterator<? extends T> iterator = iterable.iterator();
        T a = iterator.hasNext() ? iterator.next() : null;
        while (iterator.hasNext()) {
            T b = iterator.next();
            out.yield(tuple(a, b));
            a = b;
        }
    }

    /**
     * {@code map(pow, [2, 3, 10], [5, 2, 3])} → 32 9 1000 (Python's builtin {@code map} over two
     * iterables, stopping at the shortest).
     *
     * <pre>{@code
     * def map(function, first, second):
     *     for a, b in zip(first, second):
     *         yield function(a, b)
     * }</pre>
     */
    @Generator
    public static <A, B, R> void map(
            BiFunction<? super A, ? super B, ? extends R> function,
            Iterable<? extends A> first,
            Iterable<? extends B> second,
            Yield<R> out) {
        Iterator<? extends A> a = first.iterator();
        Iterator<? extends B> b = second.iterator();
        while (a.hasNext() && b.hasNext()) {
            out.yield(function.apply(a.next(), b.next()));
        }
    }

    /**
     * {@code starmap(pow, [(2, 5), (3, 2), (10, 3)])} → 32 9 1000; each tuple of arguments is a list.
     *
     * <pre>{@code
     * def starmap(function, iterable):
     *     for args in iterable:
     *         yield function(*args)
     * }</pre>
     */
    @Generator
    public static <A, R> void starmap(
            Function<? super List<A>, ? extends R> function, Iterable<? extends List<A>> iterable, Yield<R> out) {
        for (List<A> args : iterable) {
            out.yield(function.apply(args));
        }
    }

    /**
     * {@code zipLongest(["ABCD", "xy"], "-")} → Ax By C- D-
     *
     * <pre>{@code
     * def zip_longest(*iterables, fillvalue=None):
     *     iterators = list(map(iter, iterables))
     *     num_active = len(iterators)
     *     if not num_active:
     *         return
     *     while True:
     *         values = []
     *         for i, iterator in enumerate(iterators):
     *             try:
     *                 value = next(iterator)
     *             except StopIteration:
     *                 num_active -= 1
     *                 if not num_active:
     *                     return
     *                 iterators[i] = repeat(fillvalue)
     *                 value = fillvalue
     *             values.append(value)
     *         yield tuple(values)
     * }</pre>
     */
    @Generator
    public static <T> void zipLongest(
            List<? extends Iterable<? extends T>> iterables, T fillvalue, Yield<List<T>> out) {
        List<Iterator<? extends T>> iterators = new ArrayList<>();
        for (Iterable<? extends T> iterable : iterables) {
            iterators.add(iterable.iterator());
        }
        int numActive = iterators.size();
        if (numActive == 0) {
            return;
        }
        while (true) {
            List<T> values = new ArrayList<>();
            for (int i = 0; i < iterators.size(); i++) {
                Iterator<? extends T> iterator = iterators.get(i);
                T value;
                if (iterator.hasNext()) {
                    value = iterator.next();
                } else {
                    numActive--;
                    if (numActive == 0) {
                        return;
                    }
                    iterators.set(i, ItertoolsGenerators.repeat(fillvalue));
                    value = fillvalue;
                }
                values.add(value);
            }
            out.yield(Collections.unmodifiableList(values));
        }
    }

    /**
     * {@code tee("ABC", 2)} → two independent generators over A B C that share one buffer: a value
     * is pulled from the source once and kept until every branch has seen it. Not a template itself:
     * it returns {@code n} generated {@link #teeBranch} generators.
     *
     * <pre>{@code
     * def tee(iterable, n=2):
     *     iterator = iter(iterable)
     *     deques = [collections.deque() for i in range(n)]
     *     def gen(mydeque):
     *         while True:
     *             if not mydeque:
     *                 try:
     *                     newval = next(iterator)
     *                 except StopIteration:
     *                     return
     *                 for d in deques:
     *                     d.append(newval)
     *             yield mydeque.popleft()
     *     return tuple(gen(d) for d in deques)
     * }</pre>
     */
    public static <T> List<ItertoolsGenerators.TeeBranch<T>> tee(Iterable<? extends T> iterable, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        Iterator<? extends T> iterator = iterable.iterator();
        List<Deque<T>> deques = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            deques.add(new ArrayDeque<>());
        }
        List<ItertoolsGenerators.TeeBranch<T>> branches = new ArrayList<>();
        for (Deque<T> mine : deques) {
            branches.add(ItertoolsGenerators.teeBranch(iterator, deques, mine));
        }
        return Collections.unmodifiableList(branches);
    }

    /** One branch of {@link #tee}: the nested {@code gen(mydeque)} of the Python code. */
    @Generator
    public static <T> void teeBranch(
            Iterator<? extends T> iterator, List<Deque<T>> deques, Deque<T> mine, Yield<T> out) {
        while (true) {
            if (mine.isEmpty()) {
                if (!iterator.hasNext()) {
                    return;
                }
                T newValue = iterator.next();
                for (Deque<T> deque : deques) {
                    deque.addLast(newValue);
                }
            }
            out.yield(mine.removeFirst());
        }
    }

    /**
     * {@code batched("ABCDEFG", 3)} → ABC DEF G
     *
     * <pre>{@code
     * def batched(iterable, n):
     *     if n < 1:
     *         raise ValueError('n must be at least one')
     *     iterator = iter(iterable)
     *     while batch := tuple(islice(iterator, n)):
     *         yield batch
     * }</pre>
     */
    @Generator
    public static <T> void batched(Iterable<? extends T> iterable, int n, Yield<List<T>> out) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least one");
        }
        Iterator<? extends T> iterator = iterable.iterator();
        while (true) {
            List<T> batch = new ArrayList<>();
            while (batch.size() < n && iterator.hasNext()) {
                batch.add(iterator.next());
            }
            if (batch.isEmpty()) {
                return;
            }
            out.yield(Collections.unmodifiableList(batch));
        }
    }

    // ------------------------------------------------------------------ combinatoric iterators

    /**
     * {@code product(["ABCD", "xy"], 1)} → Ax Ay Bx By Cx Cy Dx Dy;
     * {@code product([range(2)], 3)} → 000 001 010 011 100 101 110 111
     *
     * <pre>{@code
     * def product(*iterables, repeat=1):
     *     if repeat < 0:
     *         raise ValueError('repeat argument cannot be negative')
     *     pools = [tuple(pool) for pool in iterables] * repeat
     *     result = [[]]
     *     for pool in pools:
     *         result = [x+[y] for x in result for y in pool]
     *     for prod in result:
     *         yield tuple(prod)
     * }</pre>
     */
    @Generator
    public static <T> void product(List<? extends Iterable<? extends T>> iterables, int repeat, Yield<List<T>> out) {
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat argument cannot be negative");
        }
        List<List<T>> tuples = new ArrayList<>();
        for (Iterable<? extends T> pool : iterables) {
            tuples.add(toList(pool));
        }
        List<List<T>> pools = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            pools.addAll(tuples);
        }
        List<List<T>> result = new ArrayList<>();
        result.add(List.of());
        for (List<T> pool : pools) {
            List<List<T>> extended = new ArrayList<>();
            for (List<T> x : result) {
                for (T y : pool) {
                    List<T> xy = new ArrayList<>(x);
                    xy.add(y);
                    extended.add(xy);
                }
            }
            result = extended;
        }
        for (List<T> prod : result) {
            out.yield(Collections.unmodifiableList(prod));
        }
    }

    /**
     * {@code permutations("ABCD", 2)} → AB AC AD BA BC BD CA CB CD DA DB DC
     *
     * <pre>{@code
     * def permutations(iterable, r=None):
     *     pool = tuple(iterable)
     *     n = len(pool)
     *     r = n if r is None else r
     *     if r > n:
     *         return
     *     indices = list(range(n))
     *     cycles = list(range(n, n-r, -1))
     *     yield tuple(pool[i] for i in indices[:r])
     *     while n:
     *         for i in reversed(range(r)):
     *             cycles[i] -= 1
     *             if cycles[i] == 0:
     *                 indices[i:] = indices[i+1:] + indices[i:i+1]
     *                 cycles[i] = n - i
     *             else:
     *                 j = cycles[i]
     *                 indices[i], indices[-j] = indices[-j], indices[i]
     *                 yield tuple(pool[i] for i in indices[:r])
     *                 break
     *         else:
     *             return
     * }</pre>
     */
    @Generator
    public static <T> void permutations(Iterable<? extends T> iterable, int r, Yield<List<T>> out) {
        List<T> pool = toList(iterable);
        int n = pool.size();
        if (r > n) {
            return;
        }
        int[] indices = range(n);
        int[] cycles = new int[r];
        for (int i = 0; i < r; i++) {
            cycles[i] = n - i;
        }
        out.yield(pick(pool, indices, r));
        outer:
        while (n > 0) {
            for (int i = r - 1; i >= 0; i--) {
                cycles[i] -= 1;
                if (cycles[i] == 0) {
                    int moved = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = moved;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int swap = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = swap;
                    out.yield(pick(pool, indices, r));
                    continue outer;
                }
            }
            return;
        }
    }

    /**
     * {@code combinations("ABCD", 2)} → AB AC AD BC BD CD
     *
     * <pre>{@code
     * def combinations(iterable, r):
     *     pool = tuple(iterable)
     *     n = len(pool)
     *     if r > n:
     *         return
     *     indices = list(range(r))
     *     yield tuple(pool[i] for i in indices)
     *     while True:
     *         for i in reversed(range(r)):
     *             if indices[i] != i + n - r:
     *                 break
     *         else:
     *             return
     *         indices[i] += 1
     *         for j in range(i+1, r):
     *             indices[j] = indices[j-1] + 1
     *         yield tuple(pool[i] for i in indices)
     * }</pre>
     */
    @Generator
    public static <T> void combinations(Iterable<? extends T> iterable, int r, Yield<List<T>> out) {
        List<T> pool = toList(iterable);
        int n = pool.size();
        if (r > n) {
            return;
        }
        int[] indices = range(r);
        out.yield(pick(pool, indices, r));
        while (true) {
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                return;
            }
            indices[i] += 1;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            out.yield(pick(pool, indices, r));
        }
    }

    /**
     * {@code combinationsWithReplacement("ABC", 2)} → AA AB AC BB BC CC
     *
     * <pre>{@code
     * def combinations_with_replacement(iterable, r):
     *     pool = tuple(iterable)
     *     n = len(pool)
     *     if not n and r:
     *         return
     *     indices = [0] * r
     *     yield tuple(pool[i] for i in indices)
     *     while True:
     *         for i in reversed(range(r)):
     *             if indices[i] != n - 1:
     *                 break
     *         else:
     *             return
     *         indices[i:] = [indices[i] + 1] * (r - i)
     *         yield tuple(pool[i] for i in indices)
     * }</pre>
     */
    @Generator
    public static <T> void combinationsWithReplacement(Iterable<? extends T> iterable, int r, Yield<List<T>> out) {
        List<T> pool = toList(iterable);
        int n = pool.size();
        if (n == 0 && r > 0) {
            return;
        }
        int[] indices = new int[r];
        out.yield(pick(pool, indices, r));
        while (true) {
            int i = r - 1;
            while (i >= 0 && indices[i] == n - 1) {
                i--;
            }
            if (i < 0) {
                return;
            }
            Arrays.fill(indices, i, r, indices[i] + 1);
            out.yield(pick(pool, indices, r));
        }
    }

    // ------------------------------------------------------------------ helpers (not private: generated code calls them)

    /** Python's {@code (a, b, ...)}: an unmodifiable list that may hold {@code null}. */
    @SafeVarargs
    static <T> List<T> tuple(T... items) {
        List<T> tuple = new ArrayList<>(items.length);
        for (T item : items) {
            tuple.add(item);
        }
        return Collections.unmodifiableList(tuple);
    }

    /** Python's {@code tuple(iterable)}. */
    static <T> List<T> toList(Iterable<? extends T> iterable) {
        List<T> list = new ArrayList<>();
        for (T element : iterable) {
            list.add(element);
        }
        return list;
    }

    /** Python's {@code list(range(n))}. */
    static int[] range(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }

    /** Python's {@code tuple(pool[i] for i in indices[:r])}. */
    static <T> List<T> pick(List<T> pool, int[] indices, int r) {
        List<T> picked = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            picked.add(pool.get(indices[i]));
        }
        return Collections.unmodifiableList(picked);
    }
}
