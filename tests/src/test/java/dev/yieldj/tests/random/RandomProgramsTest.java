package dev.yieldj.tests.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The randomized differential test: a fixed set of seeds in the normal suite, and a long opt-in mode
 * ({@code -Dyieldj.random.programs=2000}). Prints the feature histogram, mismatches and rejected programs;
 * a valid program that the processor rejects counts as a failure.
 */
class RandomProgramsTest {

    /** Seeds of the normal suite. */
    static final int FIXED = 60;

    @Test
    void generatorIsDeterministicAndVaried() {
        assertEquals(RandomTemplates.generate(7).source(), RandomTemplates.generate(7).source());
        assertNotEquals(RandomTemplates.generate(7).source(), RandomTemplates.generate(8).source());
    }

    /** The generator's programs are valid Java without the processor (so a rejection is the processor's). */
    @Test
    void generatorProducesValidLintCleanJava() {
        List<String> problems = RandomDifferential.generatorSelfCheck(1, 200);
        assertTrue(problems.isEmpty(), () -> "generator bug:\n" + String.join("\n", problems));
    }

    @Test
    void fixedSeeds() {
        RandomDifferential.Report report = RandomDifferential.campaign(1, FIXED, 30);
        System.out.println(report.summary(5));
        assertTrue(report.ok(), () -> report.summary(5));
    }

    @Test
    void longMode() {
        int n = Integer.getInteger("yieldj.random.programs", 0);
        assumeTrue(n > 0, "opt-in: -Dyieldj.random.programs=N");
        RandomDifferential.Report report = RandomDifferential.campaign(100_000, n, 100);
        System.out.println(report.summary(10));
        assertTrue(report.ok(), () -> report.summary(10));
    }
}
