package dev.yieldj.tests.harness;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The helpers that keep tests from skipping or passing silently: a missing tool skips locally but fails with
 * {@code CI=true}; a process that hangs is destroyed and fails the test with what it printed.
 */
class PrerequisitesTest {

    @Test
    void theCiFlagIsReadFromTheEnvironment() {
        assertTrue(Prerequisites.onCi(Map.of("CI", "true")));
        assertTrue(Prerequisites.onCi(Map.of("CI", "TRUE")));
        assertTrue(Prerequisites.onCi(Map.of("CI", "1")));
        assertFalse(Prerequisites.onCi(Map.of()));
        assertFalse(Prerequisites.onCi(Map.of("CI", "false")));
        assertFalse(Prerequisites.onCi(Map.of("CI", "")));
    }

    @Test
    void aMissingToolFailsOnCi() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Prerequisites.require(false, "python3 on the PATH", true));
        assertTrue(e.getMessage().contains("python3 on the PATH") && e.getMessage().contains("CI=true"),
                e.getMessage());
    }

    @Test
    void aMissingToolSkipsLocally() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Prerequisites.require(false, "python3 on the PATH", false));
        assertTrue(e.getMessage().contains("python3 on the PATH"), e.getMessage());
    }

    @Test
    void aPresentToolNeitherFailsNorSkips() {
        assertDoesNotThrow(() -> Prerequisites.require(true, "python3 on the PATH", true));
        assertDoesNotThrow(() -> Prerequisites.require(true, "python3 on the PATH", false));
    }

    @Test
    void aDocumentedSkipSaysWhy() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Prerequisites.skipUnless(false, "--release 21 needs JDK 21+"));
        assertTrue(e.getMessage().contains("--release 21 needs JDK 21+"), e.getMessage());
        assertDoesNotThrow(() -> Prerequisites.skipUnless(true, "--release 21 needs JDK 21+"));
    }

    @Test
    void aProcessThatHangsIsDestroyedAndFailsWithItsOutputSoFar() throws Exception {
        Prerequisites.require(Prerequisites.onPath("sh"), "sh on the PATH");
        ProcessBuilder hangs = new ProcessBuilder("sh", "-c",
                "echo 'before the hang'; echo 'on stderr' >&2; sleep 600 & echo \"child=$!\"; wait");
        Processes.TimedOut e = assertThrows(Processes.TimedOut.class,
                () -> Processes.run(hangs, Duration.ofSeconds(3)));
        String message = e.getMessage();
        assertTrue(message.contains("sleep 600") && message.contains("did not end within 3 s"), message);
        assertTrue(message.contains("before the hang") && message.contains("on stderr"), message);
        assertFalse(ProcessHandle.of(e.pid()).map(ProcessHandle::isAlive).orElse(false), "the process is destroyed");
        Matcher child = Pattern.compile("child=(\\d+)").matcher(message);
        assertTrue(child.find(), message);
        long sleeper = Long.parseLong(child.group(1));
        Instant deadline = Instant.now().plusSeconds(10);
        while (ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false),
                "the process's child is destroyed too");
    }

    @Test
    void aProcessThatEndsGivesItsOutputAndExitCode() throws Exception {
        Prerequisites.require(Prerequisites.onPath("sh"), "sh on the PATH");
        Processes.Result ok = Processes.run(new ProcessBuilder("sh", "-c", "echo out; echo err >&2"),
                Duration.ofSeconds(60)).assertSucceeded();
        assertEquals("out\n", ok.stdout());
        assertEquals("err\n", ok.stderr());
        Processes.Result failed = Processes.run(new ProcessBuilder("sh", "-c", "echo why; exit 3"),
                Duration.ofSeconds(60));
        assertEquals(3, failed.exitCode());
        AssertionError e = assertThrows(AssertionError.class, failed::assertSucceeded);
        assertTrue(e.getMessage().contains("exited with 3") && e.getMessage().contains("why"), e.getMessage());
        assertEquals(List.of("sh", "-c", "echo why; exit 3"), failed.command());
    }
}
