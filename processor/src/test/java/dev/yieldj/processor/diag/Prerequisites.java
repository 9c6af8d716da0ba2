package dev.yieldj.processor.diag;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (python3, mvn on the PATH, ...). Locally a missing tool skips the test, with
 * the reason; on CI (environment variable {@code CI=true}, as GitHub Actions sets it) it fails the run: a CI job
 * that silently skipped the Python twins or the Maven builds would be green without having checked them.
 *
 * <p>Skips that do not depend on the machine, such as {@code --release 21} cases on JDK 17 or an opt-in mode, go
 * through {@link #skipUnless}: they skip on CI too, and say why.
 *
 * <p>A copy of the tests module's class of this name (modules share no test code); the examples module has one too.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** Whether this run is on CI: {@code CI} is {@code true} (any case) or {@code 1}. */
    public static boolean onCi() {
        return onCi(System.getenv());
    }

    /** Whether {@code environment} says CI (injectable, for the test of this class). */
    public static boolean onCi(Map<String, String> environment) {
        String ci = environment.get("CI");
        return ci != null && (ci.strip().equalsIgnoreCase("true") || ci.strip().equals("1"));
    }

    /**
     * Continues if {@code present}; otherwise skips the test ({@code what} is missing) or, on CI, fails it.
     *
     * @param what the missing thing, as the message names it, e.g. {@code "python3 on the PATH"}
     */
    public static void require(boolean present, String what) {
        require(present, what, onCi());
    }

    /** {@link #require(boolean, String)} with the CI flag given, so its CI behaviour can be tested anywhere. */
    public static void require(boolean present, String what, boolean ci) {
        if (present) {
            return;
        }
        if (ci) {
            throw new AssertionError("missing prerequisite: " + what
                    + " (CI=true, so this fails instead of skipping: install it on the CI machine)");
        }
        Assumptions.abort("skipped, missing prerequisite: " + what + " (with CI=true this is a failure)");
    }

    /**
     * A documented skip that is the same on every machine with this JDK and these options (never a missing tool):
     * skips, on CI too, unless {@code condition}.
     *
     * @param why why the test does not apply, and where it does run, e.g. {@code "--release 21 needs JDK 21+"}
     */
    public static void skipUnless(boolean condition, String why) {
        Assumptions.assumeTrue(condition, () -> "skipped on purpose: " + why);
    }

    /** Whether an executable {@code program} is in a directory of the PATH. */
    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Requires python3 on the PATH; returns the command. */
    public static String python3() {
        require(onPath("python3"), "python3 on the PATH");
        return "python3";
    }
}
