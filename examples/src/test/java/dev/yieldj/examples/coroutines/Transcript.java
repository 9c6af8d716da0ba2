package dev.yieldj.examples.coroutines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.yieldj.Coroutine;
import dev.yieldj.Yield;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a Python twin under {@code src/test/python/coroutines/} printed, as stored in
 * {@code /coroutines/<script>.txt} by that folder's {@code make_fixtures.py}: sections that start
 * with a {@code == name ==} line, each a list of printed lines.
 */
final class Transcript {

    private final String script;
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Set<String> checked = new LinkedHashSet<>();

    private Transcript(String script) {
        this.script = script;
    }

    static Transcript load(String script) {
        Transcript transcript = new Transcript(script);
        String resource = "/coroutines/" + script + ".txt";
        try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing fixture " + resource + "; run make_fixtures.py");
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("== ") && line.endsWith(" ==")) {
                    current = new ArrayList<>();
                    transcript.sections.put(line.substring(3, line.length() - 3), current);
                } else if (current != null && !line.isEmpty()) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return transcript;
    }

    /** The lines Python printed in section {@code name}. */
    List<String> section(String name) {
        List<String> lines = sections.get(name);
        assertNotNull(lines, script + ": no section " + name);
        checked.add(name);
        return lines;
    }

    /** Asserts that Java printed what Python printed in section {@code name}. */
    void check(String name, List<String> javaLines) {
        assertEquals(section(name), javaLines, script + " == " + name + " ==");
    }

    /** Every section of the transcript was checked. */
    void assertAllChecked() {
        assertEquals(sections.keySet(), checked, script + ": sections the test does not check");
    }

    /** Python's {@code str(value)}: {@code None} for {@code null}. */
    static String py(Object value) {
        return value == null ? "None" : value.toString();
    }

    /**
     * Drives a generated coroutine: {@code sends.get(0)} must be {@code null} (the first
     * {@code next()}); each value sent is answered by the next value yielded.
     */
    static <T, S> List<T> pull(Function<S, T> send, List<S> sends) {
        List<T> yielded = new ArrayList<>();
        for (S value : sends) {
            yielded.add(send.apply(value));
        }
        return yielded;
    }

    /**
     * Runs a coroutine template directly with a lambda sink that returns, at each yield, the next
     * value of {@code sends} (its first element stands for the first {@code next()}, as in
     * {@link #pull}); stops the template by throwing once they are used up.
     */
    static <T, S> List<T> push(List<S> sends, Consumer<Coroutine<T, S>> template) {
        List<T> yielded = new ArrayList<>();
        try {
            template.accept(value -> {
                yielded.add(value);
                if (yielded.size() == sends.size()) {
                    throw new Enough();
                }
                return sends.get(yielded.size());
            });
        } catch (Enough enough) {
            // the sends are used up
        }
        return yielded;
    }

    /** Runs a {@code Yield} template directly, collecting what it yields. */
    static <T> List<T> pushAll(Consumer<Yield<T>> template) {
        List<T> yielded = new ArrayList<>();
        template.accept(yielded::add);
        return yielded;
    }

    /** Thrown by a push-mode sink to stop a template. */
    static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("the sends are used up", null, false, false);
        }
    }

    static List<String> strings(List<?> values) {
        List<String> lines = new ArrayList<>();
        for (Object value : values) {
            lines.add(py(value));
        }
        return lines;
    }
}
