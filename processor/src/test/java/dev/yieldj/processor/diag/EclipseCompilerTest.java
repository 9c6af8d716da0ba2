package dev.yieldj.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.processor.GeneratorProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the Eclipse compiler (which has no {@code com.sun.source} trees) the processor must report
 * exactly one clear error that names javac, throw nothing, print no stack trace, and generate
 * nothing.
 */
class EclipseCompilerTest {

    private static final String TEMPLATE = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class Numbers {
                @Generator
                static void countUpTo(int n, Yield<Integer> out) {
                    for (int i = 1; i <= n; i++) {
                        out.yield(i);
                    }
                }

                @Generator
                static void evens(int n, Yield<Integer> out) {
                    for (int i = 0; i < n; i += 2) {
                        out.yield(i);
                    }
                }
            }
            """;

    private static final String SECOND = """
            package com.acme.other;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class Words {
                @Generator
                static void words(String text, Yield<String> out) {
                    for (String w : text.split(" ")) {
                        out.yield(w);
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void reportsOneClearErrorNamingJavac() throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        Files.createDirectories(src.resolve("com/acme/other"));
        Files.createDirectories(classes);
        Files.createDirectories(generated);
        Files.writeString(src.resolve("com/acme/Numbers.java"), TEMPLATE);
        Files.writeString(src.resolve("com/acme/other/Words.java"), SECOND);

        JavaCompiler ecj = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(
                    src.resolve("com/acme/Numbers.java").toFile(), src.resolve("com/acme/other/Words.java").toFile());
            List<String> options = List.of(
                    "-17",
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "-s", generated.toString());
            JavaCompiler.CompilationTask task = ecj.getTask(output, files, diagnostics, options, null, units);
            task.setProcessors(List.of(new GeneratorProcessor()));
            ok = task.call();
        }

        String all = diagnostics.getDiagnostics().stream().map(Harness::describe).collect(Collectors.joining("\n"))
                + "\n" + output;
        assertFalse(ok, "ecj must fail the build: the processor cannot work there\n" + all);
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d);
            }
            String message = d.getMessage(Locale.ROOT);
            assertFalse(message.contains("at dev.yieldj") || message.contains("Exception"),
                    "no stack trace or exception in diagnostics:\n" + all);
        }
        assertFalse(output.toString().contains("Exception") || output.toString().contains("at dev.yieldj"),
                "no stack trace on the compiler's output:\n" + all);
        assertEquals(1, errors.size(), "exactly one error:\n" + all);
        String message = errors.get(0).getMessage(Locale.ROOT);
        assertTrue(message.contains("javac"), "the error names javac: " + message);
        assertTrue(message.contains("yieldj") || message.contains("@Generator"),
                "the error says it comes from yieldj: " + message);
        try (Stream<Path> walk = Files.walk(generated)) {
            assertEquals(List.of(), walk.filter(Files::isRegularFile).map(Path::toString).toList(),
                    "nothing is generated under ecj");
        }
    }
}
