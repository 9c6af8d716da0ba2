package dev.yieldj.tests.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.Prerequisites;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The randomized differential test: a fixed set of seeds in the normal suite, and a long opt-in mode
 * ({@code -Dyieldj.random.programs=2000}). Prints the feature histogram, mismatches and rejected programs;
 * a valid program that the processor rejects counts as a failure.
 *
 * <p>Each runs in two modes: release-17 programs, and release-21 programs (pattern switch, record patterns,
 * sealed hierarchies) compiled with {@code --release 21}, which need JDK 21+ and are skipped, saying so, on JDK 17.
 * The long mode runs N programs of each mode; {@code -Dyieldj.random.programs21=M} sets the release-21 count apart
 * (0 to run none).
 */
class RandomProgramsTest {

    /** Seeds of the normal suite. */
    static final int FIXED = 60;

    /** Seeds of the release-21 mode in the normal suite. */
    static final int FIXED_21 = 40;

    /** Why the release-21 mode does not run on this JDK. */
    static final String NEEDS_21 = "the release-21 random mode compiles with --release 21, which needs JDK 21+"
            + " (this is JDK " + Runtime.version().feature() + "; run the tests on JDK 21+ for it)";

    static boolean jdk21() {
        return Runtime.version().feature() >= 21;
    }

    @Test
    void generatorIsDeterministicAndVaried() {
        assertEquals(RandomTemplates.generate(7).source(), RandomTemplates.generate(7).source());
        assertNotEquals(RandomTemplates.generate(7).source(), RandomTemplates.generate(8).source());
        assertEquals(RandomTemplates.generate(7, true, true).source(), RandomTemplates.generate(7, true, true).source());
        assertNotEquals(RandomTemplates.generate(7, true, true).source(),
                RandomTemplates.generate(8, true, true).source());
    }

    /** The generator's programs are valid Java without the processor (so a rejection is the processor's). */
    @Test
    void generatorProducesValidLintCleanJava() {
        List<String> problems = RandomDifferential.generatorSelfCheck(1, 200);
        assertTrue(problems.isEmpty(), () -> "generator bug:\n" + String.join("\n", problems));
    }

    /** The same for the release-21 programs, compiled with {@code --release 21}. */
    @Test
    void generatorProducesValidLintCleanJavaRelease21() {
        Prerequisites.skipUnless(jdk21(), NEEDS_21);
        List<String> problems = RandomDifferential.generatorSelfCheck(1, 200, true);
        assertTrue(problems.isEmpty(), () -> "generator bug:\n" + String.join("\n", problems));
    }

    @Test
    void fixedSeedsRelease21() {
        Prerequisites.skipUnless(jdk21(), NEEDS_21);
        RandomDifferential.Report report = RandomDifferential.campaign(1, FIXED_21, 20, true);
        System.out.println("release 21: " + report.summary(5));
        assertTrue(report.ok(), () -> report.summary(5));
        assertCompared(report, FIXED_21);
    }

    @Test
    void fixedSeeds() {
        RandomDifferential.Report report = RandomDifferential.campaign(1, FIXED, 30);
        System.out.println(report.summary(5));
        assertTrue(report.ok(), () -> report.summary(5));
        assertCompared(report, FIXED);
    }

    /**
     * The long mode runs only when asked for ({@code -Dyieldj.random.programs=N}, N > 0; the tests pom passes 0):
     * without it this test is reported as skipped, on CI too, since CI runs the fixed seeds above.
     */
    @Test
    void longMode() {
        int n = Integer.getInteger("yieldj.random.programs", 0);
        Prerequisites.skipUnless(n > 0, "the long random mode is opt-in: -Dyieldj.random.programs=N"
                + " (the fixed seeds run in fixedSeeds)");
        RandomDifferential.Report report = RandomDifferential.campaign(100_000, n, 100);
        System.out.println(report.summary(10));
        assertTrue(report.ok(), () -> report.summary(10));
        assertCompared(report, n);
    }

    /** The long mode of release-21 programs: N of {@code yieldj.random.programs21}, else of {@code programs}. */
    @Test
    void longModeRelease21() {
        int n = Integer.getInteger("yieldj.random.programs21", Integer.getInteger("yieldj.random.programs", 0));
        Prerequisites.skipUnless(n > 0, "the long random mode is opt-in: -Dyieldj.random.programs=N"
                + " (or -Dyieldj.random.programs21=N for the release-21 programs alone)");
        Prerequisites.skipUnless(jdk21(), NEEDS_21);
        RandomDifferential.Report report = RandomDifferential.campaign(100_000, n, 100, true);
        System.out.println("release 21: " + report.summary(10));
        assertTrue(report.ok(), () -> report.summary(10));
        assertCompared(report, n);
    }

    /** A campaign of {@code programs} programs compared every one of them: a report of nothing is no pass. */
    private static void assertCompared(RandomDifferential.Report report, int programs) {
        assertEquals(programs, report.programs, "programs generated and compiled");
        assertTrue(report.runs >= programs, () -> "every program has runs to compare: " + report.summary(0));
        assertTrue(report.values > 0 && report.closeChecks > 0, () -> "values and close() checks compared: "
                + report.summary(0));
    }
}
