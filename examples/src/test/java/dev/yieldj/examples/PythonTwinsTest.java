package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo prints, section by section, exactly what the Python twins print. */
class PythonTwinsTest {

    @Test
    void tutorial() throws IOException {
        assertEquals(PythonTwin.expected("tutorial"), PythonTwin.printed(Demo::tutorial));
    }

    @Test
    void chaining() throws IOException {
        assertEquals(PythonTwin.expected("chaining"), PythonTwin.printed(Demo::chaining));
    }

    @Test
    void pipelines() throws IOException {
        assertEquals(PythonTwin.expected("pipelines"), PythonTwin.printed(Demo::pipelines));
    }

    @Test
    void fileProcessing() throws IOException {
        assertEquals(PythonTwin.expected("file_processing"), PythonTwin.printed(Demo::fileProcessing));
    }

    @Test
    void streaming() throws IOException {
        assertEquals(PythonTwin.expected("streaming"), PythonTwin.printed(Demo::streaming));
    }

    @Test
    void protocol() throws IOException {
        assertEquals(PythonTwin.expected("protocol"), PythonTwin.printed(Demo::protocol));
    }

    /** The twins whose output is checked in under {@code src/test/resources/python-expected}. */
    static final String[] TWINS = {"tutorial", "chaining", "pipelines", "file_processing", "streaming", "laziness",
        "closing", "protocol"};

    static Stream<String> twins() {
        return Arrays.stream(TWINS);
    }

    /** Where the twins are, relative to the module (where Surefire runs). */
    static final Path PYTHON = Path.of("src", "test", "python");

    /**
     * Keeps the checked-in outputs honest. Needs python3: skipped without it locally, a failure on CI (CI=true). A
     * twin that runs longer than a minute is destroyed and fails with what it printed.
     */
    @ParameterizedTest
    @MethodSource("twins")
    void checkedInOutputIsWhatPythonPrints(String twin) throws Exception {
        assertTrue(Files.isRegularFile(PYTHON.resolve(twin + ".py")), "no twin " + PYTHON.resolve(twin + ".py")
                + " (Surefire runs in the examples module)");
        ProcessBuilder python = new ProcessBuilder(Prerequisites.python3(), twin + ".py").directory(PYTHON.toFile())
                .redirectErrorStream(true);
        String output = Processes.run(python, Duration.ofSeconds(60)).assertSucceeded().stdout();
        assertEquals(PythonTwin.expected(twin), output.lines().toList());
    }

    /** Every twin's output is checked: the list above is every script there but {@code logs.py} (a module). */
    @Test
    void everyTwinIsChecked() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(PYTHON)) {
            scripts = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py") && !f.equals("logs.py"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no Python twins under " + PYTHON.toAbsolutePath());
        assertEquals(scripts, Arrays.stream(TWINS).sorted().toList(), "twins under " + PYTHON + " vs TWINS");
    }
}
