package dev.yieldj.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Gradle, IDEs and Maven's incremental compile do: recompile an edited holder alone, with the previous build's
 * output on the class path, or its generated sources on the source path. yieldj recognises its own earlier output
 * for that holder and generates it anew; the edited template runs.
 */
class RecompileAgainstOwnOutputTest {
    private static final String HOLDER = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class Inc {
                @Generator
                static void m(Yield<String> out) {
                    out.yield("VALUE");
                }

                public static String first() {
                    var g = IncGenerators.m();
                    return g.next();
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void withTheFirstOutputOnTheClassPath() throws Exception {
        Path first = build("first", "v1", List.of(), List.of());
        assertEquals("v1", run(first));
        Path second = build("second", "v2", List.of(first), List.of());
        assertEquals("v2", run(second, first));
    }

    @Test
    void withTheFirstGeneratedSourcesOnTheSourcePath() throws Exception {
        Path first = build("first", "v1", List.of(), List.of());
        Path second = build("second", "v2", List.of(), List.of(first.resolve("generated")));
        assertEquals("v2", run(second));
    }

    /** Compiles the holder yielding {@code value}; returns the output folder (classes, generated/ sources). */
    private Path build(String name, String value, List<Path> classPath, List<Path> sourcePath) throws Exception {
        Path out = dir.resolve(name);
        Path source = out.resolve("src/com/acme/Inc.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, HOLDER.replace("VALUE", value));
        Files.createDirectories(out.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> cp = new ArrayList<>(InMemoryJavac.templateClassPath());
        cp.addAll(classPath);
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(),
                "-s", out.resolve("generated").toString(), "-implicit:class",
                "-classpath", cp.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        if (!sourcePath.isEmpty()) {
            options.add("-sourcepath");
            options.add(sourcePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(log, files, null, options, null,
                    files.getJavaFileObjects(source));
            task.setProcessors(List.of(InMemoryJavac.newProcessor()));
            assertTrue(task.call(), () -> "build " + name + " failed:\n" + log);
        }
        return out;
    }

    private static String run(Path... outputs) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path output : outputs) {
            urls.add(output.toUri().toURL());
        }
        for (Path path : InMemoryJavac.templateClassPath()) {
            urls.add(path.toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            return (String) Class.forName("com.acme.Inc", true, loader).getMethod("first").invoke(null);
        }
    }
}
