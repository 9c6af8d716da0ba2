package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.generatedSource;
import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The generated source of a few small templates, compared with files under
 * {@code src/test/resources/golden/}: catches output that is correct but ugly or odd, which no
 * behaviour test sees. When the processor's output changes on purpose, regenerate with
 * {@code mvn -pl processor test -Dtest=GoldenTest -Dyieldj.golden.update=true} and read the diff.
 */
class GoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("yieldj.golden.update");

    /**
     * The golden templates' generated code also compiles warning-free under {@code -Xlint:all
     * -Werror} (SPEC.md); the processing lint (about processors, not code) is checked on its own in
     * {@link #wholeBuildPassesUnderLintAllWerror}.
     */
    private static final List<String> LINT = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");

    /** Both generated files of a holder: the public API and the bodies behind it. */
    private static void check(String simpleName, String template) {
        Compilation compilation = Harness.compile(LINT, source("com.acme." + simpleName, template));
        Harness.assertSuccess(compilation);
        checkFile(compilation, simpleName + "Generators");
        checkFile(compilation, simpleName + "GeneratorsBodies");
        if (UPDATE) {
            // Nothing was compared, so the test must not pass: it is reported as skipped, with what it wrote.
            Assumptions.abort("-Dyieldj.golden.update=true: rewrote golden/" + simpleName + "Generators*.java"
                    + " without comparing; review the diff and run again without the flag");
        }
    }

    private static void checkFile(Compilation compilation, String generatedName) {
        String generated = generatedSource(compilation, "com.acme." + generatedName);
        assertNotNull(generated, "no " + generatedName + " generated");
        String resource = "golden/" + generatedName + ".java";
        if (UPDATE) {
            if (Prerequisites.onCi()) {
                fail("-Dyieldj.golden.update=true under CI=true: CI compares the golden files, never rewrites them");
            }
            try {
                Path file = Path.of("src/test/resources", resource);
                Files.createDirectories(file.getParent());
                Files.writeString(file, generated);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return;
        }
        String expected;
        try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing golden file " + resource + " (run with -Dyieldj.golden.update=true)");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (!expected.equals(generated)) {
            List<String> want = expected.lines().toList();
            List<String> got = generated.lines().toList();
            int line = 0;
            while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
                line++;
            }
            fail("generated " + generatedName + " differs from " + resource + " first at line " + (line + 1)
                    + ":\n  golden:    " + (line < want.size() ? want.get(line) : "<end>")
                    + "\n  generated: " + (line < got.size() ? got.get(line) : "<end>")
                    + "\n(if the change is intended, regenerate with -Dyieldj.golden.update=true)\n\n" + generated);
        }
    }

    @Test
    void countUpTo() {
        check("Numbers", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Numbers {
                    /** Counts from 1 up to n. */
                    @Generator
                    public static void countUpTo(int n, Yield<Integer> out) {
                        int count = 1;
                        while (count <= n) {
                            out.yield(count);
                            count++;
                        }
                    }
                }
                """);
    }

    @Test
    void linesWithFinallyAndReturnValue() {
        check("Lines", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;
                import java.io.BufferedReader;
                import java.io.IOException;
                import java.io.StringReader;

                public class Lines {
                    /**
                     * The non-blank lines of a text.
                     *
                     * @param text the text
                     * @param out the sink
                     * @return how many lines were blank
                     */
                    @Generator
                    static int nonBlank(String text, Yield<String> out) throws IOException {
                        int blank = 0;
                        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
                            String line;
                            while ((line = reader.readLine()) != null) {
                                if (line.isBlank()) {
                                    blank++;
                                    continue;
                                }
                                out.yield(line.strip());
                            }
                        } finally {
                            System.getProperty("yieldj.golden");
                        }
                        return blank;
                    }
                }
                """);
    }

    @Test
    void averagerCoroutineAndIntSink() {
        check("Averages", """
                package com.acme;

                import dev.yieldj.Coroutine;
                import dev.yieldj.Generator;
                import dev.yieldj.IntYield;

                public class Averages {
                    /** Python's averager coroutine: send numbers, get the running mean. */
                    @Generator
                    public static void averager(Coroutine<Double, Double> co) {
                        double total = 0;
                        int count = 0;
                        Double average = null;
                        while (true) {
                            Double term = co.yield(average);
                            if (term == null) {
                                return;
                            }
                            total += term;
                            count++;
                            average = total / count;
                        }
                    }

                    /** Squares of 0..n-1, unboxed. */
                    @Generator
                    static void squares(int n, IntYield out) {
                        for (int i = 0; i < n; i++) {
                            out.yield(i * i);
                        }
                    }
                }
                """);
    }

    /**
     * A user build with exactly {@code -Xlint:all -Werror} (processing lint included) passes: the
     * processor must claim {@code @Generator}, else javac warns "No processor claimed any of these
     * annotations" and -Werror fails the build.
     */
    /**
     * No lint warning in generated code that the user's own code does not draw: the holder's own deprecated
     * members (no warning inside their class) and the value a {@code Coroutine<T, Object>} is sent.
     */
    @Test
    void generatedCodeDrawsNoWarningTheTemplateDoesNot() {
        Compilation compilation = Harness.compile(LINT, source("com.acme.Old", """
                package com.acme;

                import dev.yieldj.Coroutine;
                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Old {
                    @Deprecated
                    static int legacy() {
                        return 1;
                    }

                    @Generator
                    static void uses(Yield<Integer> out) {
                        out.yield(legacy());
                        out.yield(legacy() + 1);
                    }

                    @Generator
                    static void echo(Coroutine<String, Object> co) {
                        Object got = co.yield("first");
                        co.yield("got " + got);
                    }
                }
                """));
        Harness.assertSuccess(compilation);
    }

    @Test
    void wholeBuildPassesUnderLintAllWerror() {
        Compilation compilation = Harness.compile(List.of("-Xlint:all", "-Werror"), source("com.acme.Plain", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Plain {
                    @Generator
                    static void one(Yield<String> out) {
                        out.yield("one");
                    }
                }
                """));
        Harness.assertSuccess(compilation);
    }
}
