package dev.yieldj.examples.coroutines;

import static dev.yieldj.examples.coroutines.Transcript.py;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yieldj.examples.coroutines.ReturnValues.Chapter;
import dev.yieldj.examples.coroutines.ReturnValues.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Return values and {@code yield from} with a return value, against what the Python twins
 * ({@code src/test/python/coroutines/return_value.py}, {@code yield_from_return.py}) printed.
 */
class ReturnValuesTest {

    @Test
    void fibonacciTotal() {
        Transcript t = Transcript.load("return_value");
        for (int n : new int[] {10, 1, 0}) {
            String section = "fibonacci_total(" + n + ")";

            var g = ReturnValuesGenerators.fibonacciTotal(n);
            List<Long> values = new ArrayList<>();
            while (g.hasNext()) {
                values.add(g.next());
            }
            t.check(section, List.of(values.toString(), "returned " + g.returnValue()));

            // Push mode: the template is a plain method that returns the value.
            List<Long> pushed = new ArrayList<>();
            long total = ReturnValues.fibonacciTotal(n, pushed::add);
            assertEquals(t.section(section), List.of(pushed.toString(), "returned " + total), "push " + section);
        }
        t.assertAllChecked();
    }

    @Test
    void returnValueBeforeTheEndIsAnError() {
        var g = ReturnValuesGenerators.fibonacciTotal(3);
        assertThrows(IllegalStateException.class, g::returnValue, "unstarted");
        g.next();
        assertThrows(IllegalStateException.class, g::returnValue, "suspended");
        g.next();
        g.next();
        assertThrows(IllegalStateException.class, g::returnValue, "suspended at the last yield");
        g.hasNext();
        assertEquals(2L, g.returnValue());
    }

    private static final List<Chapter> CHAPTERS = List.of(
            new Chapter("Intro", List.of("a", "b")),
            new Chapter("Empty", List.of()),
            new Chapter("End", List.of("c", "d", "e")));

    private static final Map<String, List<Double>> DATA = new LinkedHashMap<>();

    static {
        DATA.put("girls;kg", List.of(40.5, 38.5, 44.25, 42.75));
        DATA.put("girls;m", List.of(1.5, 1.25, 1.75, 1.5, 1.5));
        DATA.put("boys;kg", List.of(39.0, 40.75, 42.25));
        DATA.put("boys;m", List.of(1.25, 1.75));
        DATA.put("nobody;m", List.of());
    }

    @Test
    void yieldFromWithReturnValue() {
        Transcript t = Transcript.load("yield_from_return");

        List<String> lines = new ArrayList<>();
        for (String line : ReturnValuesGenerators.numberedChapters(CHAPTERS)) {
            lines.add(line);
        }
        t.check("numbered chapters", lines);
        assertEquals(t.section("numbered chapters"),
                Transcript.<String>pushAll(out -> ReturnValues.numberedChapters(CHAPTERS, out)), "push mode");

        // The grouper forwards each send() to the averager it delegates to, and stores its result.
        Map<String, Result> results = new HashMap<>();
        for (Map.Entry<String, List<Double>> entry : DATA.entrySet()) {
            var group = ReturnValuesGenerators.grouper(results, entry.getKey());
            group.next();
            for (Double value : entry.getValue()) {
                group.send(value);
            }
            group.send(null);
        }
        List<String> printed = new ArrayList<>();
        for (Map.Entry<String, Result> entry : new TreeMap<>(results).entrySet()) {
            Result result = entry.getValue();
            printed.add(entry.getKey() + " " + result.count() + " " + py(result.average()));
        }
        t.check("grouper", printed);
        t.assertAllChecked();
    }

    @Test
    void averagerReturnsItsResult() {
        // Pull: send the terms, then null; the generator ends and returns the result.
        var averager = ReturnValuesGenerators.averager();
        averager.next();
        averager.send(1.5);
        averager.send(2.5);
        assertThrows(java.util.NoSuchElementException.class, () -> averager.send(null));
        assertEquals(new Result(2, 2.0), averager.returnValue());

        // Push: the template called directly with a sink that answers 1.5, 2.5, then null.
        List<Double> sends = java.util.Arrays.asList(1.5, 2.5, null);
        int[] calls = {0};
        Result pushed = ReturnValues.averager(nothing -> sends.get(calls[0]++));
        assertEquals(new Result(2, 2.0), pushed);
    }
}
