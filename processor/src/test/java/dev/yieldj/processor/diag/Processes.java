package dev.yieldj.processor.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external process (python3, mvn, a JVM) with a deadline. Its output goes to files, not pipes, so a chatty
 * process cannot block on a full pipe and a hung one cannot block the test in a read: when the deadline passes the
 * process and its descendants are destroyed forcibly and the test fails ({@link TimedOut}) with the command and the
 * output it had printed so far. A timeout is never a skip and never a pass.
 *
 * <p>A copy of the tests module's class of this name (modules share no test code); the examples module has one too.
 */
public final class Processes {

    /** How much of each stream a failure message quotes (the end of it). */
    private static final int QUOTED = 8_000;

    private Processes() {
    }

    /** A process that ended: its exit code and everything it printed. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        /** This result, if the process exited with 0; otherwise an AssertionError with its output. */
        public Result assertSucceeded() {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + exitCode + "\n--- stdout:\n"
                        + tail(stdout) + "\n--- stderr:\n" + tail(stderr));
            }
            return this;
        }
    }

    /** The process did not end in time; it was destroyed. */
    public static final class TimedOut extends AssertionError {
        private static final long serialVersionUID = 1L;

        private final long pid;

        TimedOut(String message, long pid) {
            super(message);
            this.pid = pid;
        }

        /** The process id of the destroyed process. */
        public long pid() {
            return pid;
        }
    }

    /**
     * Starts {@code builder} (its command, directory and environment as the caller set them; its output
     * redirections are replaced) with stdin closed, and waits at most {@code timeout} for it to end.
     *
     * @throws TimedOut if it did not end in time (it and its descendants are then destroyed forcibly)
     */
    public static Result run(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("yieldj-process-", ".out");
        Path err = Files.createTempFile("yieldj-process-", ".err");
        try {
            builder.redirectOutput(out.toFile());
            if (!builder.redirectErrorStream()) {
                builder.redirectError(err.toFile());
            }
            Process process = builder.start();
            process.getOutputStream().close();
            boolean ended;
            try {
                ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                destroy(process);
                throw e;
            }
            if (!ended) {
                destroy(process);
                throw new TimedOut(String.join(" ", builder.command())
                        + (builder.directory() == null ? "" : " (in " + builder.directory() + ")")
                        + " did not end within " + timeout.toSeconds() + " s and was destroyed\n--- stdout so far:\n"
                        + tail(read(out)) + "\n--- stderr so far:\n" + tail(read(err)), process.pid());
            }
            return new Result(List.copyOf(builder.command()), process.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Destroys the process and its descendants (a script's children would otherwise outlive it). */
    private static void destroy(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // malformed bytes replaced, not thrown
    }

    private static String tail(String text) {
        return text.length() <= QUOTED ? text : "[...]" + text.substring(text.length() - QUOTED);
    }
}
