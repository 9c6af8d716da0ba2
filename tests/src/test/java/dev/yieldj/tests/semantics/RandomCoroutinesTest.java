package dev.yieldj.tests.semantics;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yieldj.tests.harness.Driver;
import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.TraceDiff;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The coroutine differential test (issue 4): random {@code Coroutine<Integer, Integer>} templates
 * ({@link RandomCoroutines}) driven by a random send sequence (with throwInto steps) through the generated class,
 * compared with a push-mode run of the template itself whose sink returns that same sequence (and throws where
 * the pull run calls throwInto). Second mode: stop after k values and close(): the trace up to there is the same,
 * every entered finally block ran exactly once, and the whole trace equals a push-mode run whose sink throws a
 * close signal (an Error, so only finally blocks run) at the k-th value and IllegalStateException at any yield
 * after that (SPEC.md: a body that yields while closing gets IllegalStateException).
 *
 * <p>40 fixed seeds; {@code -Dyieldj.random.coroutines=N} runs N more (seeds 1000..). Failing programs are
 * written to {@code target/random-coroutine-failures/}.
 */
class RandomCoroutinesTest {

    static final int FIXED = 40;
    private static final Map<String, Integer> HISTOGRAM = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> pushEqualsPull() {
        int extra = Integer.getInteger("yieldj.random.coroutines", 0);
        LongStream seeds = LongStream.concat(LongStream.rangeClosed(1, FIXED), LongStream.range(1000, 1000 + extra));
        return seeds.boxed().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    @AfterAll
    static void histogram() {
        System.out.println("[random coroutines] features over all programs: " + HISTOGRAM);
    }

    static void check(long seed) {
        RandomCoroutines.Program p = RandomCoroutines.generate(seed);
        synchronized (HISTOGRAM) {
            p.features().forEach((k, v) -> HISTOGRAM.merge(k, v, Integer::sum));
        }
        Compilation c = InMemoryJavac.compile(List.of(new Source(p.template(), p.templateSource()),
                new Source(p.driver(), p.driverSource())), InMemoryJavac.Options.lenient());
        if (!c.success()) {
            fail(p, "the processor rejected a valid template (plain Java compiles: see the push run):\n" + c.report(),
                    c);
        }
        ClassLoader loader = c.newLoader();
        int[] seq = RandomCoroutines.sequence(seed, 20_000);
        int param = (int) (seed % 7) - 2;
        List<String> push = run(loader, p, "push", param, seq, 0);
        List<String> pull = run(loader, p, "pull", param, seq, Integer.MAX_VALUE);
        List<String> problems = new ArrayList<>();
        if (!push.equals(pull)) {
            problems.add("push and pull traces differ:\n" + TraceDiff.sideBySide(push, pull));
        }
        for (String e : pull) {
            if (e.startsWith("PROBLEM")) {
                problems.add(e);
            }
        }
        int outs = Driver.outs(pull);
        for (int k : new int[] {1, 2, 3, outs / 2, outs - 1}) {
            if (k < 1 || k >= outs) {
                continue;
            }
            List<String> closed = run(loader, p, "pull", param, seq, k);
            List<String> pushClosed = run(loader, p, "pushClose", param, seq, k);
            if (!pushClosed.equals(closed)) {
                problems.add("stop after " + k + " and close(): differs from push mode with a sink that throws"
                        + " a close signal at the " + k + "th value:\n" + TraceDiff.sideBySide(pushClosed, closed));
            }
            List<String> prefix = Driver.prefixThroughOut(pull, k);
            if (!closed.subList(0, Math.min(prefix.size(), closed.size())).equals(prefix)) {
                problems.add("stop after " + k + ": the trace before close() differs:\n"
                        + TraceDiff.sideBySide(prefix, closed));
            }
            for (String f : Driver.finallyProblems(closed)) {
                problems.add("stop after " + k + " and close(): " + f + "\n    trace after the " + k + "th value: "
                        + closed.subList(Math.min(prefix.size(), closed.size()), closed.size()));
            }
            for (String e : closed) {
                if (e.startsWith("PROBLEM")) {
                    problems.add("stop after " + k + ": " + e);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(p, String.join("\n", problems), c);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> run(ClassLoader loader, RandomCoroutines.Program p, String mode, int param, int[] seq,
            int k) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Class<?> d = Class.forName(p.driver(), true, loader);
            try {
                if (mode.equals("push")) {
                    Method m = d.getMethod("push", int.class, int[].class);
                    return (List<String>) m.invoke(null, param, seq);
                }
                if (mode.equals("pushClose")) {
                    Method m = d.getMethod("pushClose", int.class, int[].class, int.class);
                    return (List<String>) m.invoke(null, param, seq, k);
                }
                Method m = d.getMethod("pull", int.class, int[].class, int.class);
                return (List<String>) m.invoke(null, param, seq, k);
            } catch (InvocationTargetException e) {
                List<String> t = new ArrayList<>(dev.yieldj.tests.harness.Trace.take());
                t.add("DRIVER CRASHED: " + e.getCause());
                return t;
            }
        }, () -> "seed " + p.seed() + " " + mode + " timed out");
    }

    static void fail(RandomCoroutines.Program p, String why, Compilation c) {
        Path dir = Paths.get("target", "random-coroutine-failures", "seed" + p.seed());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("C" + p.seed() + ".java"), p.templateSource(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("D" + p.seed() + ".java"), p.driverSource(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("why.txt"), why, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : c.generatedSources().entrySet()) {
                Files.writeString(dir.resolve(Paths.get(e.getKey()).getFileName().toString()), e.getValue(),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("seed " + p.seed() + " (sources in " + dir + "):\n" + why + "\n\n"
                + p.templateSource());
    }
}
