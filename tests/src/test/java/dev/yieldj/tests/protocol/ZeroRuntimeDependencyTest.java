package dev.yieldj.tests.protocol;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.Processes;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code needs nothing of yieldj at run time: compiled with the processor (through compile-testing),
 * the generated classes and a consumer run in a separate JVM whose class path holds only those classes, and
 * javap shows no reference to any {@code dev/yieldj} type in them.
 */
class ZeroRuntimeDependencyTest {

    static final String NUMBERS = """
            package zr;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import java.io.BufferedReader;
            import java.io.IOException;
            import java.io.StringReader;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Supplier;

            public class Numbers {
                static int closings;

                /** Counts from 1 up to n. */
                @Generator
                public static void countUpTo(int n, Yield<Integer> out) {
                    int count = 1;
                    while (count <= n) {
                        out.yield(count);
                        count++;
                    }
                }

                @Generator
                public static void lines(String text, Yield<String> out) throws IOException {
                    List<Supplier<String>> later = new ArrayList<>();
                    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
                        String line;
                        int i = 0;
                        while ((line = r.readLine()) != null) {
                            final int number = ++i;
                            later.add(() -> "#" + number);
                            out.yield(number + ":" + line);
                        }
                    } finally {
                        closings++;
                    }
                    for (Supplier<String> s : later) {
                        out.yield(s.get());
                    }
                }
            }
            """;

    static final String MAIN = """
            package zr;

            import java.util.ArrayList;
            import java.util.List;

            public class Main {
                public static void main(String[] args) throws Exception {
                    try {
                        Class.forName("dev.yieldj.Yield");
                        System.out.println("yieldj-annotations is on the class path");
                        System.exit(3);
                    } catch (ClassNotFoundException expected) {
                        // as it must be
                    }
                    List<Object> seen = new ArrayList<>();
                    for (int x : NumbersGenerators.countUpTo(3)) {
                        seen.add(x);
                    }
                    NumbersGenerators.Lines lines = NumbersGenerators.lines("a\\nb");
                    lines.forEachRemaining(seen::add);
                    try (var s = NumbersGenerators.countUpTo(100).stream()) {
                        seen.add(s.limit(2).mapToInt(Integer::intValue).sum());
                    }
                    NumbersGenerators.Lines stopped = NumbersGenerators.lines("x\\ny\\nz");
                    seen.add(stopped.next());
                    stopped.close();
                    System.out.println("OK " + seen + " closings=" + Numbers.closings);
                }
            }
            """;

    static Compilation compilation;

    @BeforeAll
    static void compile() {
        List<File> classPath = new ArrayList<>();
        for (Path p : InMemoryJavac.templateClassPath()) {
            classPath.add(p.toFile());
        }
        compilation = Compiler.javac()
                .withProcessors(InMemoryJavac.newProcessor())
                .withOptions("--release", "17", "-Xlint:all", "-Xlint:-processing", "-Werror")
                .withClasspath(classPath)
                .compile(JavaFileObjects.forSourceString("zr.Numbers", NUMBERS),
                        JavaFileObjects.forSourceString("zr.Main", MAIN));
    }

    /** Writes the class files of the compilation whose names pass the filter; returns their paths. */
    static List<Path> writeClasses(Path dir, boolean includeTemplateClass) throws IOException {
        List<Path> written = new ArrayList<>();
        for (JavaFileObject f : compilation.generatedFiles()) {
            if (f.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = f.toUri().getPath();
            String relative = path.substring(path.indexOf("/zr/") + 1);
            if (!includeTemplateClass && relative.equals("zr/Numbers.class")) {
                continue;
            }
            Path target = dir.resolve(relative);
            Files.createDirectories(target.getParent());
            try (InputStream in = f.openInputStream()) {
                Files.write(target, in.readAllBytes());
            }
            written.add(target);
        }
        return written;
    }

    @Test
    void generatedCodeCompilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("zr.NumbersGenerators");
    }

    @Test
    void generatedCodeRunsInAJvmWithoutYieldjOnTheClassPath(@TempDir Path dir) throws Exception {
        assertThat(compilation).succeeded();
        writeClasses(dir, true);
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", dir.toString(), "zr.Main")
                .redirectErrorStream(true);
        pb.environment().remove("CLASSPATH");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        String output = Processes.run(pb, Duration.ofSeconds(60)).assertSucceeded().stdout();
        assertEquals("OK [1, 2, 3, 1:a, 2:b, #1, #2, 3, 1:x] closings=2", output.trim());
    }

    @Test
    void javapOfGeneratedClassesShowsNoYieldjReference(@TempDir Path dir) throws Exception {
        assertThat(compilation).succeeded();
        List<Path> classes = writeClasses(dir, false);
        Optional<ToolProvider> javap = ToolProvider.findFirst("javap");
        assertTrue(javap.isPresent(), "no javap in this JDK");
        int generated = 0;
        for (Path c : classes) {
            if (!c.getFileName().toString().startsWith("NumbersGenerators")) {
                continue;
            }
            generated++;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintWriter out = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
            int rc = javap.get().run(out, out, "-c", "-v", "-p", c.toString());
            out.flush();
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(0, rc, text);
            assertTrue(text.contains("NumbersGenerators"), "javap printed the class: " + text);
            assertFalse(text.contains("dev/yieldj"), () -> c.getFileName() + " references yieldj:\n" + text);
            assertFalse(text.contains("dev.yieldj"), () -> c.getFileName() + " references yieldj:\n" + text);
        }
        assertTrue(generated >= 3, "NumbersGenerators and its two nested classes, got " + generated);
    }
}
