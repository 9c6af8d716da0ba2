package dev.yieldj.tests.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.Prerequisites;
import dev.yieldj.tests.harness.Processes;
import dev.yieldj.tests.harness.Res;
import dev.yieldj.tests.harness.Trace;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Python is the reference: every case's Java program (templates compiled in memory with the real processor, and
 * a driver that uses the generated classes) must print exactly what its Python twin printed.
 */
class TwinTest {

    /** The Python twins' folder, relative to the module (where Surefire runs). */
    static final Path PYTHON = Paths.get("src", "test", "python", "semantics");

    /** Scripts there that are not twins. */
    static final Set<String> HELPERS = Set.of("pyhelp", "regen");

    /** How long one Python twin may run. */
    static final Duration PYTHON_TIMEOUT = Duration.ofSeconds(60);

    /** The cases, which must exist: an empty list would make both factories below pass without a test. */
    static List<String> cases() {
        List<String> cases = Twins.cases();
        assertFalse(cases.isEmpty(), "no twin cases found under " + Twins.root());
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> javaPrintsWhatPythonPrinted() {
        return cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> runCase(name)));
    }

    /** Every Python twin has a case (resources with expected.txt) and every case a twin: none goes unchecked. */
    @Test
    void everyPythonTwinHasACase() throws IOException {
        Set<String> scripts;
        try (Stream<Path> files = Files.list(PYTHON)) {
            scripts = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py"))
                    .map(f -> f.substring(0, f.length() - 3)).filter(f -> !HELPERS.contains(f))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertFalse(scripts.isEmpty(), "no Python twins under " + PYTHON.toAbsolutePath());
        assertEquals(scripts, new TreeSet<>(cases()), "Python twins (" + PYTHON + ") vs cases with an expected.txt"
                + " (src/test/resources/semantics): run python3 src/test/python/semantics/regen.py");
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

    /**
     * The stored expected outputs are what the Python twins print today. Needs python3: skipped without it locally,
     * a failure on CI (CI=true). A twin that runs longer than {@link #PYTHON_TIMEOUT} is destroyed and fails.
     */
    @TestFactory
    Stream<DynamicTest> storedOutputsAreCurrent() {
        return cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path script = PYTHON.resolve(name + ".py");
            assertTrue(Files.isRegularFile(script), "no Python twin " + script);
            List<String> out = python(script);
            assertEquals(String.join("\n", Twins.expected(name)), String.join("\n", out),
                    "expected.txt of " + name + " is stale: run python3 src/test/python/semantics/regen.py");
        }));
    }

    /** The lines {@code python3 script} prints (python3 is a {@link Prerequisites prerequisite}). */
    static List<String> python(Path script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Prerequisites.python3(), script.getFileName().toString())
                .directory(script.getParent().toFile());
        String out = Processes.run(builder, PYTHON_TIMEOUT).assertSucceeded().stdout();
        List<String> lines = new ArrayList<>(Arrays.asList(out.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
