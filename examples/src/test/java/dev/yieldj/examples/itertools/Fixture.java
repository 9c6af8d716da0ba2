package dev.yieldj.examples.itertools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.Yield;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The outputs CPython's itertools gave for one function, as recorded by
 * {@code src/test/python/itertools/make_fixtures.py} in {@code /itertools/<function>.txt}, and
 * the checks that compare a generated generator (pull mode) and its template run directly with a
 * lambda sink (push mode) against them.
 */
final class Fixture {

    /** Take everything: the generator is finite. */
    static final int ALL = Integer.MAX_VALUE;

    private final String function;
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Set<String> checked = new LinkedHashSet<>();

    private Fixture(String function) {
        this.function = function;
    }

    static Fixture load(String function) {
        Fixture fixture = new Fixture(function);
        String resource = "/itertools/" + function + ".txt";
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing fixture " + resource + "; run make_fixtures.py");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                fixture.expected.put(line.substring(0, colon), line.substring(colon + 2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }

    /** The JSON text CPython's output was recorded as. */
    String expected(String name) {
        String json = expected.get(name);
        assertNotNull(json, function + ": no case " + name + " in the fixture");
        checked.add(name);
        return json;
    }

    /**
     * Checks one case both ways: the first {@code limit} values of the generated generator
     * {@code pulled} (all of them, and then it must be exhausted, when {@code limit} is {@link #ALL}),
     * and the values the template pushes into a lambda sink when {@code pushed} runs it directly.
     */
    <T> void check(String name, int limit, Iterator<T> pulled, Consumer<Yield<T>> pushed) {
        String json = expected(name);
        assertEquals(json, Json.write(take(pulled, limit)), function + " " + name + " (pull)");
        if (limit == ALL) {
            assertFalse(pulled.hasNext(), function + " " + name + ": still has values");
        }
        assertEquals(json, Json.write(push(limit, pushed)), function + " " + name + " (push)");
    }

    <T> void check(String name, Iterator<T> pulled, Consumer<Yield<T>> pushed) {
        check(name, ALL, pulled, pushed);
    }

    /** Checks a pull-only case (a plain value computed from generated generators). */
    void checkValue(String name, Object actual) {
        assertEquals(expected(name), Json.write(actual), function + " " + name);
    }

    /**
     * Checks a case where CPython raised ValueError: creating the generator runs nothing (it is
     * lazy), pulling from it throws IllegalArgumentException, and so does the template in push mode.
     */
    <T> void checkValueError(String name, Supplier<Iterator<T>> pulled, Consumer<Yield<T>> pushed) {
        assertEquals("{\"error\": \"ValueError\"}", expected(name), function + " " + name);
        Iterator<T> generator = pulled.get();
        assertThrows(IllegalArgumentException.class, generator::hasNext, function + " " + name + " (pull)");
        assertThrows(IllegalArgumentException.class, () -> push(ALL, pushed), function + " " + name + " (push)");
    }

    /** Every case of the fixture was checked: the Java test and the Python script agree on the cases. */
    void assertAllChecked() {
        assertEquals(expected.keySet(), checked, function + ": cases of the fixture that the test does not check");
    }

    static <T> List<T> take(Iterator<T> iterator, int limit) {
        List<T> values = new ArrayList<>();
        while (values.size() < limit && iterator.hasNext()) {
            values.add(iterator.next());
        }
        return values;
    }

    /** Runs a template directly with a sink collecting into a list; stops it by throwing after {@code limit} values. */
    static <T> List<T> push(int limit, Consumer<Yield<T>> template) {
        List<T> values = new ArrayList<>();
        if (limit == 0) {
            return values;
        }
        try {
            template.accept(value -> {
                values.add(value);
                if (values.size() == limit) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            assertTrue(limit != ALL);
        }
        return values;
    }

    /** Python's {@code list("ABC")}: one-letter strings. */
    static List<String> chars(String text) {
        List<String> letters = new ArrayList<>();
        text.codePoints().forEach(c -> letters.add(Character.toString(c)));
        return List.copyOf(letters);
    }

    /** Thrown by a push-mode sink to stop an infinite template. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }
}
