package dev.yieldj.examples;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a large text file line by line, in constant memory, through a generator. Python:
 * <pre>
 * def read_lines(path):
 *     with open(path) as f:
 *         for line in f:
 *             yield line.rstrip("\n")
 * </pre>
 * The reader is opened by the first {@code next()}, not before, and closed when the lines run
 * out, when the body fails, or as soon as the consumer calls {@code close()} on the generator
 * (or closes its {@code stream()}): use try-with-resources when you may stop early.
 */
public final class FileProcessing {

    private FileProcessing() {}

    /** Opens the text to read. */
    @FunctionalInterface
    public interface ReaderOpener {
        BufferedReader open() throws IOException;
    }

    /**
     * The lines of the text {@code opener} opens, one per resume; yields inside the
     * try-with-resources, so closing the generator closes the reader.
     */
    @Generator
    public static void lines(ReaderOpener opener, Yield<String> out) throws IOException {
        try (BufferedReader reader = opener.open()) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.yield(line);
            }
        }
    }

    /** The lines of a UTF-8 file, lazily; an {@code IOException} surfaces as {@code UncheckedIOException}. */
    public static FileProcessingGenerators.Lines readLines(Path file) {
        return FileProcessingGenerators.lines(() -> Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }
}
