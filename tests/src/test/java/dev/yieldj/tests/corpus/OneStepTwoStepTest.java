package dev.yieldj.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Prerequisites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC.md: compiling in one javac run gives the same class files for the user's code as compiling the generated
 * sources separately. The whole corpus is compiled once with the processor, and in two steps: {@code -proc:only}
 * to write the generated sources, then {@code -proc:none} with them added; so are the examples (and, on
 * {@code --release 21}, the Java 21 examples), as their modules' sources. Every class of the corpus's own
 * sources (not the generated ones) must disassemble ({@code javap -c -p}) to the same text.
 */
class OneStepTwoStepTest {
    /** Generated types used the way users write Java, in the holder and its enclosing class. */
    private static final String USAGE = """
            package usage;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import java.util.ArrayList;
            import java.util.Iterator;
            import java.util.List;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import java.util.stream.Stream;

            public class Outer {
                static final List<String> FIRST = Outer_InnerGenerators.words(2).stream().toList();

                public static class Inner {
                    @Generator
                    static void words(int n, Yield<String> out) {
                        for (int i = 0; i < n; i++) {
                            out.yield("w" + i);
                        }
                    }

                    @Generator
                    static void filter(List<String> xs, java.util.function.Predicate<String> keep, Yield<String> out) {
                        for (String x : xs) {
                            if (keep.test(x)) {
                                out.yield(x);
                            }
                        }
                    }

                    static List<String> inside() {
                        var g = Outer_InnerGenerators.words(3);
                        List<String> seen = new ArrayList<>();
                        g.forEachRemaining(v -> seen.add(v));
                        Outer_InnerGenerators.words(2).forEach(v -> seen.add(v.toUpperCase()));
                        seen.addAll(Outer_InnerGenerators.words(2).stream().map(s -> s + "!").collect(Collectors.toList()));
                        for (var s : Outer_InnerGenerators.filter(List.of("a", "bbb", "cc"), s -> s.length() > 2)) {
                            seen.add(s);
                        }
                        return seen;
                    }
                }

                static <R, G extends Iterator<?> & Iterable<?> & AutoCloseable> List<Object> pull(
                        Function<R, G> make, R argument, Function<G, ? extends Stream<?>> stream) {
                    return stream.apply(make.apply(argument)).collect(Collectors.toList());
                }

                public static void main(String[] args) {
                    System.out.println(String.join(" ", Outer_InnerGenerators.words(3)));
                    var all = pull(n -> Outer_InnerGenerators.words(n), 3, g -> g.stream());
                    System.out.println(all + " " + Inner.inside() + " " + FIRST);
                }
            }
            """;

    /** Java 21 in the class that declares a template: sealed records, record patterns, a pattern switch. */
    private static final String SHAPES_21 = """
            package usage;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class Shapes {
                sealed interface Shape permits Circle, Square {}

                record Circle(double r) implements Shape {}

                record Square(double side) implements Shape {}

                @Generator
                static void shapes(int n, Yield<Shape> out) {
                    for (int i = 1; i <= n; i++) {
                        out.yield(i % 2 == 0 ? new Square(i) : new Circle(i));
                    }
                }

                static String describe(Object o) {
                    return switch (o) {
                        case Circle(double r) when r > 2 -> "big circle " + r;
                        case Circle(double r) -> "circle " + r;
                        case Square(double side) -> "square " + side;
                        case null, default -> "other";
                    };
                }

                public static void main(String[] args) {
                    var g = ShapesGenerators.shapes(3);
                    for (var shape : g) {
                        System.out.println(describe(shape));
                    }
                    if (ShapesGenerators.shapes(1).next() instanceof Circle(var r)) {
                        System.out.println(r);
                    }
                }
            }
            """;

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {17, 21})
    void theCorpusCompilesToTheSameUserClassesInOneStepAndInTwo(int release) throws IOException {
        // A JDK feature, not a missing tool: on JDK 17 the --release 21 case is skipped (CI runs it on JDK 25).
        Prerequisites.skipUnless(Runtime.version().feature() >= release, "javac " + Runtime.version().feature()
                + " has no --release " + release + "; the case runs on JDK " + release + "+");
        List<String> releaseOption = List.of("--release", String.valueOf(release));
        List<Source> sources = new ArrayList<>();
        for (Case c : Corpus.all()) {
            sources.add(c.toSource());
        }
        sources.add(new Source("usage.Outer", USAGE));
        sources.addAll(moduleSources("examples"));
        if (release >= 21) {
            sources.add(new Source("usage.Shapes", SHAPES_21));
            sources.addAll(moduleSources("examples21"));
        }
        Compilation oneStep = InMemoryJavac.compile(sources, new Options(false, true, releaseOption));
        assertTrue(oneStep.success(), oneStep::report);

        Compilation generate = InMemoryJavac.compile(sources,
                new Options(false, true, concat(releaseOption, List.of("-proc:only"))));
        assertTrue(generate.success(), generate::report);
        assertFalse(generate.generatedSources().isEmpty(), "-proc:only generated nothing");
        List<Source> withGenerated = new ArrayList<>(sources);
        generate.generatedSources().values().forEach(code -> withGenerated.add(asSource(code)));
        Compilation twoSteps = InMemoryJavac.compile(withGenerated, new Options(false, false, releaseOption));
        assertTrue(twoSteps.success(), twoSteps::report);

        Set<String> users = sources.stream().map(Source::className).collect(Collectors.toSet());
        Map<String, byte[]> one = userClasses(oneStep.classes(), users);
        Map<String, byte[]> two = userClasses(twoSteps.classes(), users);
        assertEquals(two.keySet(), one.keySet(), "the same user classes");
        assertTrue(one.size() >= users.size(), "every corpus class compiled: " + one.keySet());
        List<String> different = new ArrayList<>();
        for (String name : one.keySet()) {
            String a = javap(name, one.get(name));
            String b = javap(name, two.get(name));
            if (!a.equals(b)) {
                different.add(name + ":\n--- one step\n" + a + "\n--- two steps\n" + b);
            }
        }
        assertEquals(List.of(), different, "user classes that differ between one-step and two-step compilation");
    }

    /** The main sources of the repository's module {@code name} (this module runs in its own folder). */
    private static List<Source> moduleSources(String name) throws IOException {
        Path root = Path.of("..", name, "src", "main", "java");
        assertTrue(Files.isDirectory(root), "no sources at " + root.toAbsolutePath());
        List<Source> sources = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String className = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.java$", "");
                sources.add(new Source(className, Files.readString(file)));
            }
        }
        assertFalse(sources.isEmpty(), "no sources at " + root.toAbsolutePath());
        return sources;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The classes compiled from the user's sources, by binary name (nested classes included). */
    private static Map<String, byte[]> userClasses(Map<String, byte[]> classes, Set<String> users) {
        Map<String, byte[]> result = new TreeMap<>();
        classes.forEach((key, bytes) -> {
            String name = key.replace('/', '.').replaceAll("\\.class$", "");
            int dollar = name.indexOf('$');
            if (users.contains(dollar < 0 ? name : name.substring(0, dollar))) {
                result.put(name, bytes);
            }
        });
        return result;
    }

    private static Source asSource(String code) {
        Matcher pkg = PACKAGE.matcher(code);
        Matcher type = Pattern.compile("^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)", Pattern.MULTILINE)
                .matcher(code);
        assertTrue(type.find(), "no class in generated source:\n" + code);
        return new Source((pkg.find() ? pkg.group(1) + "." : "") + type.group(1), code);
    }

    private static String javap(String name, byte[] bytes) {
        try {
            Path dir = Files.createTempDirectory("javap");
            Path file = dir.resolve(name + ".class");
            Files.write(file, bytes);
            StringWriter out = new StringWriter();
            int status = ToolProvider.findFirst("javap").orElseThrow()
                    .run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", file.toString());
            Files.delete(file);
            Files.delete(dir);
            assertEquals(0, status, out::toString);
            // the first line names the temporary file
            return out.toString().lines().filter(line -> !line.startsWith("Classfile") && !line.contains(dir.toString()))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
