package dev.yieldj.processor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.Generator;
import dev.yieldj.processor.diag.Processes;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user project that is a named module: it compiles with the processor under
 * {@code -Xlint:all -Werror}, reading the annotations as the module {@code dev.yieldj} only at
 * compile time ({@code requires static}), and runs with nothing of yieldj on the module path.
 */
class ModularProjectTest {

    @TempDir
    Path work;

    @Test
    void namedModuleCompilesAndRunsWithoutYieldjAtRunTime() throws Exception {
        Path src = work.resolve("src");
        write(src.resolve("module-info.java"), """
                module acme.numbers {
                    requires static dev.yieldj;
                }
                """);
        write(src.resolve("com/acme/Numbers.java"), """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Numbers {
                    @Generator
                    static void countUpTo(int n, Yield<Integer> out) {
                        int count = 1;
                        while (count <= n) {
                            out.yield(count);
                            count++;
                        }
                    }

                    public static void main(String[] args) {
                        StringBuilder line = new StringBuilder();
                        for (int number : NumbersGenerators.countUpTo(3)) {
                            line.append(number).append(' ');
                        }
                        System.out.println(line.toString().trim());
                    }
                }
                """);
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<File> sources = new ArrayList<>();
            try (var walk = Files.walk(src)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(p.toFile()));
            }
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
            List<String> options = List.of(
                    "-Xlint:all", "-Werror",
                    "--module-path", annotationsLocation().toString(),
                    "-processorpath", System.getProperty("java.class.path"),
                    "-d", classes.toString());
            boolean ok = javac.getTask(messages, files, null, options, null, units).call();
            assertTrue(ok, () -> "the modular project should compile:\n" + messages);
        }
        assertTrue(Files.exists(classes.resolve("com/acme/NumbersGenerators.class")));

        ProcessBuilder run = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path", classes.toString(),
                        "-m", "acme.numbers/com.acme.Numbers")
                .redirectErrorStream(true);
        String output = Processes.run(run, Duration.ofSeconds(60)).assertSucceeded().stdout();
        assertEquals("1 2 3", output.trim());
    }

    private static Path annotationsLocation() throws URISyntaxException {
        return Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
