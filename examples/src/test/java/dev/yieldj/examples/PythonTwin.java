package dev.yieldj.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The output of the Python twins under {@code src/test/python}, as checked in under
 * {@code src/test/resources/python-expected} (regenerate with
 * {@code cd examples/src/test/python && for f in *.py; do python3 $f > ../resources/python-expected/${f%.py}.txt; done},
 * skipping {@code logs.py}, a module).
 */
final class PythonTwin {

    private PythonTwin() {}

    /** A demo section, like {@code Demo::tutorial}. */
    interface Section {
        void print(PrintStream out) throws IOException;
    }

    static List<String> expected(String name) {
        try (InputStream in = PythonTwin.class.getResourceAsStream("/python-expected/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no Python output checked in for " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> printed(Section section) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            section.print(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
