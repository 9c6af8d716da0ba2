package dev.yieldj.tests.semantics;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The twin cases under {@code src/test/resources/semantics/<case>/}: Java sources of package
 * {@code semantics.<case>} (templates, and a class {@code Main} with {@code public static void run()} that prints
 * with {@link Py#print}) and {@code expected.txt}, the output of the Python twin
 * {@code src/test/python/semantics/<case>.py}.
 */
final class Twins {

    private Twins() {
    }

    /** The resource directory {@code semantics/} on the test class path. */
    static Path root() {
        URL url = Twins.class.getClassLoader().getResource("semantics");
        if (url == null) {
            throw new AssertionError("no semantics/ resources on the test class path");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All case names, sorted. */
    static List<String> cases() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.txt")))
                    .map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> expected(String name) {
        try {
            return Files.readAllLines(root().resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java sources of a case. */
    static List<Source> sources(String name) {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root().resolve(name))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                String simple = p.getFileName().toString().replace(".java", "");
                out.add(new Source("semantics." + name + "." + simple,
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Compiles sources with the processor (no -Werror: warnings are another module's business). */
    static Compilation compile(String name, List<Source> sources) {
        Compilation c = InMemoryJavac.compile(sources, InMemoryJavac.Options.lenient());
        Path dir = Paths.get("target", "generated-semantics", name);
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : c.generatedSources().entrySet()) {
                Path f = dir.resolve(Paths.get(e.getKey()).getFileName().toString());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** "python | java" lines around the first difference. */
    static String diff(List<String> python, List<String> java) {
        int n = Math.max(python.size(), java.size());
        int first = 0;
        while (first < n && first < python.size() && first < java.size() && python.get(first).equals(java.get(first))) {
            first++;
        }
        StringBuilder sb = new StringBuilder(String.format("    %-60s | %s%n", "python", "java"));
        for (int i = Math.max(0, first - 6); i < Math.min(n, first + 12); i++) {
            String a = i < python.size() ? python.get(i) : "<none>";
            String b = i < java.size() ? java.get(i) : "<none>";
            sb.append(a.equals(b) ? "    " : " >> ").append(String.format("%-60s | %s%n", a, b));
        }
        return sb.toString();
    }
}
