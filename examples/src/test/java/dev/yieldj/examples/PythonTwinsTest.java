package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Keeps the checked-in outputs honest where python3 is installed; skipped elsewhere. */
    @ParameterizedTest
    @ValueSource(strings = {"tutorial", "chaining", "pipelines", "file_processing", "streaming", "laziness", "closing", "protocol"})
    void checkedInOutputIsWhatPythonPrints(String twin) throws Exception {
        Path dir = Path.of("src", "test", "python");
        assumeTrue(Files.isRegularFile(dir.resolve(twin + ".py")), "run from the examples module");
        Process python;
        try {
            python = new ProcessBuilder("python3", twin + ".py").directory(dir.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no python3: " + e.getMessage());
            return;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(python.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, python.exitValue(), output);
        assertEquals(PythonTwin.expected(twin), output.lines().toList());
    }
}
