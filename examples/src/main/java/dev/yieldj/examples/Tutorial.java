package dev.yieldj.examples;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The generators of the Python tutorial yieldj started from, one template each. The processor
 * turns every {@code @Generator} method below into a lazy iterator reached through
 * {@code TutorialGenerators}: {@code TutorialGenerators.countUpTo(5)} is Python's
 * {@code count_up_to(5)}.
 */
public final class Tutorial {

    private Tutorial() {}

    /**
     * Runs the first examples from the class that declares them, as a user would:
     * {@code java -cp examples/target/classes dev.yieldj.examples.Tutorial}.
     */
    public static void main(String[] args) {
        var counter = TutorialGenerators.countUpTo(5);
        counter.forEachRemaining(n -> System.out.print(n + " "));
        System.out.println();
        var squares = TutorialGenerators.squares(5).stream().map(String::valueOf).toList();
        System.out.println(String.join(" ", squares));
        System.out.println(String.join(" ", Tutorial_WordsGenerators.words("to be or not to be")));
    }

    /** A nested class with templates, used from its enclosing class: its generated class is {@code Tutorial_WordsGenerators}. */
    static final class Words {
        private Words() {}

        /** Python: {@code def words(text): yield from text.split()}. */
        @Generator
        static void words(String text, Yield<String> out) {
            for (String word : text.split(" ")) {
                out.yield(word);
            }
        }
    }

    /**
     * Python:
     * <pre>
     * def count_up_to(n):
     *     count = 1
     *     while count &lt;= n:
     *         yield count
     *         count += 1
     * </pre>
     */
    @Generator
    public static void countUpTo(int n, Yield<Integer> out) {
        int count = 1;
        while (count <= n) {
            out.yield(count);
            count++;
        }
    }

    /** Python's generator expression {@code (x*x for x in range(n))}, as a one-line template. */
    @Generator
    public static void squares(int n, Yield<Integer> out) {
        for (int x = 0; x < n; x++) out.yield(x * x);
    }

    /** The {@code IntStream} twin of {@link #squares}: also lazy, but single-use and push-based. */
    public static IntStream squaresStream(int n) {
        return IntStream.range(0, n).map(x -> x * x);
    }

    /** The boxed {@code Stream} twin of {@link #squares}. */
    public static Stream<Integer> squaresBoxedStream(int n) {
        return Stream.iterate(0, x -> x < n, x -> x + 1).map(x -> x * x);
    }

    /**
     * Python:
     * <pre>
     * def infinite_sequence():
     *     num = 0
     *     while True:
     *         yield num
     *         num += 1
     * </pre>
     * Never ends: take values with {@code next()}, stop with {@code break}, or bound
     * {@code stream()} with {@code limit}.
     */
    @Generator
    public static void infiniteSequence(Yield<Integer> out) {
        int num = 0;
        while (true) {
            out.yield(num);
            num++;
        }
    }

    /**
     * Python (the tutorial's {@code send()} example):
     * <pre>
     * def counter():
     *     i = 0
     *     while True:
     *         value = (yield i)
     *         if value is not None:
     *             i = value
     *         else:
     *             i += 1
     * </pre>
     * {@code next()} sends {@code null}; {@code send(v)} makes the suspended {@code co.yield(..)}
     * return {@code v}.
     */
    @Generator
    public static void counter(Coroutine<Integer, Integer> co) {
        int i = 0;
        while (true) {
            Integer value = co.yield(i);
            if (value != null) {
                i = value;
            } else {
                i += 1;
            }
        }
    }
}
