package dev.yieldj.tests.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.Res;
import dev.yieldj.tests.harness.Trace;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Python is the reference: every case's Java program (templates compiled in memory with the real processor, and
 * a driver that uses the generated classes) must print exactly what its Python twin printed.
 */
class TwinTest {

    @TestFactory
    Stream<DynamicTest> javaPrintsWhatPythonPrinted() {
        return Twins.cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> runCase(name)));
    }

    static void runCase(String name) {
        Compilation c = Twins.compile(name, Twins.sources(name));
        assertTrue(c.success(), () -> "the processor rejected valid templates of " + name + ":\n" + c.report());
        ClassLoader loader = c.newLoader();
        List<String> actual = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Py.reset();
            Trace.reset();
            Res.reset();
            Method run = Class.forName("semantics." + name + ".Main", true, loader).getMethod("run");
            try {
                run.invoke(null);
            } catch (InvocationTargetException e) {
                Py.print("UNCAUGHT", e.getCause());
                StringBuilder sb = new StringBuilder();
                for (StackTraceElement el : e.getCause().getStackTrace()) {
                    sb.append("\n    at ").append(el);
                }
                Py.print("STACK" + sb);
            }
            return Py.lines();
        });
        List<String> expected = Twins.expected(name);
        if (!expected.equals(actual)) {
            throw new AssertionError(name + ": Java output differs from the Python twin's (generated sources:"
                    + " target/generated-semantics/" + name + ")\n" + Twins.diff(expected, actual));
        }
    }

    /** The stored expected outputs are what the Python twins print today (skipped without python3). */
    @TestFactory
    Stream<DynamicTest> storedOutputsAreCurrent() {
        return Twins.cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path script = Paths.get("src", "test", "python", "semantics", name + ".py");
            assertTrue(Files.isRegularFile(script), "no Python twin " + script);
            List<String> out = python(script);
            assumeTrue(out != null, "python3 not available");
            assertEquals(String.join("\n", Twins.expected(name)), String.join("\n", out),
                    "expected.txt of " + name + " is stale: run python3 src/test/python/semantics/regen.py");
        }));
    }

    /** The lines {@code python3 script} prints, or null if python3 cannot be run. */
    static List<String> python(Path script) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(Arrays.asList("python3", script.getFileName().toString()))
                    .directory(script.getParent().toFile()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 " + script + " timed out");
        }
        assertEquals(0, p.exitValue(), () -> "python3 " + script + " failed:\n" + err);
        List<String> lines = new ArrayList<>(Arrays.asList(out.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
