package dev.yieldj.examples.coroutines;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.List;
import java.util.Map;

/**
 * Generators that end with a value (Python's {@code return value}, PEP 380), read with
 * {@code returnValue()} once they have finished, and delegating generators that get that value
 * from {@code yieldAll} (Python's {@code result = yield from inner}).
 */
public final class ReturnValues {

    private ReturnValues() {}

    /**
     * Yields the first {@code n} Fibonacci numbers and returns their sum.
     *
     * <pre>{@code
     * def fibonacci_total(n):
     *     a, b = 0, 1
     *     total = 0
     *     for _ in range(n):
     *         yield a
     *         total += a
     *         a, b = b, a + b
     *     return total
     * }</pre>
     */
    @Generator
    public static long fibonacciTotal(int n, Yield<Long> out) {
        long a = 0;
        long b = 1;
        long total = 0;
        for (int i = 0; i < n; i++) {
            out.yield(a);
            total += a;
            long next = a + b;
            a = b;
            b = next;
        }
        return total;
    }

    // ------------------------------------------------------------------ yield from, with a return value

    /** A chapter: a title and its lines. */
    public record Chapter(String title, List<String> lines) {}

    /**
     * Yields {@code "n: line"} for each line, numbering from {@code start}; returns the next number.
     *
     * <pre>{@code
     * def numbered(lines, start):
     *     n = start
     *     for line in lines:
     *         yield "%d: %s" % (n, line)
     *         n += 1
     *     return n
     * }</pre>
     */
    @Generator
    public static int numbered(List<String> lines, int start, Yield<String> out) {
        int n = start;
        for (String line : lines) {
            out.yield(n + ": " + line);
            n++;
        }
        return n;
    }

    /**
     * Numbers the lines of all chapters in one sequence, each chapter delegated to {@link #numbered},
     * which hands back where the next chapter starts.
     *
     * <pre>{@code
     * def numbered_chapters(chapters):
     *     n = 1
     *     for title, lines in chapters:
     *         yield "-- %s --" % title
     *         n = yield from numbered(lines, n)
     *     yield "(%d lines)" % (n - 1)
     * }</pre>
     */
    @Generator
    public static void numberedChapters(List<Chapter> chapters, Yield<String> out) {
        int n = 1;
        for (Chapter chapter : chapters) {
            out.yield("-- " + chapter.title() + " --");
            var numbered = ReturnValuesGenerators.numbered(chapter.lines(), n);
            out.yieldAll(numbered);
            n = numbered.returnValue();
        }
        out.yield("(" + (n - 1) + " lines)");
    }

    /** What {@link #averager} returns: how many terms it was sent and their average. */
    public record Result(int count, Double average) {}

    /**
     * Averages the terms it is sent until it is sent {@code null}, then returns the result
     * (Fluent Python, chapter 16).
     *
     * <pre>{@code
     * def averager():
     *     total = 0.0
     *     count = 0
     *     average = None
     *     while True:
     *         term = yield
     *         if term is None:
     *             break
     *         total += term
     *         count += 1
     *         average = total / count
     *     return Result(count, average)
     * }</pre>
     */
    @Generator
    public static Result averager(Coroutine<Void, Double> co) {
        double total = 0.0;
        int count = 0;
        Double average = null;
        while (true) {
            Double term = co.yield(null);
            if (term == null) {
                break;
            }
            total += term;
            count++;
            average = total / count;
        }
        return new Result(count, average);
    }

    /**
     * Delegates to one {@link #averager} after another, storing each one's result under
     * {@code key}: the values sent to the grouper reach the averager it delegates to.
     *
     * <pre>{@code
     * def grouper(results, key):
     *     while True:
     *         results[key] = yield from averager()
     * }</pre>
     */
    @Generator
    public static void grouper(Map<String, Result> results, String key, Coroutine<Void, Double> co) {
        while (true) {
            var averager = ReturnValuesGenerators.averager();
            co.yieldAll(averager);
            results.put(key, averager.returnValue());
        }
    }
}
