package dev.yieldj.examples;

import dev.yieldj.examples.LogPipeline.LogEntry;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The file pipeline as its own program, for {@link ConstantMemoryTest}, which runs it in a JVM
 * with {@code -Xmx64m} over a file much larger than that:
 * {@code BigFilePipeline <file> all} aggregates every entry, and
 * {@code BigFilePipeline <file> stop <n>} stops at the n-th ERROR entry.
 */
public final class BigFilePipeline {

    private BigFilePipeline() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        CountingReader[] reader = new CountingReader[1];
        FileProcessing.ReaderOpener opener = () -> reader[0] =
                new CountingReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), -1);
        AtomicLong read = new AtomicLong();
        long start = System.nanoTime();
        try (var lines = FileProcessingGenerators.lines(opener)) {
            var entries =
                    LogPipelineGenerators.parse(LogPipelineGenerators.counted(lines, read));
            if (args[1].equals("all")) {
                for (String row : LogPipeline.aggregate(entries)) {
                    System.out.println(row);
                }
            } else {
                long wanted = Long.parseLong(args[2]);
                long errors = 0;
                for (LogEntry e : LogPipelineGenerators.errors(entries)) {
                    if (++errors == wanted) {
                        System.out.println("stopped at line " + read.get() + ": " + e);
                        break;
                    }
                }
            }
        }
        System.out.println("lines read: " + read.get());
        System.out.println("reader closes: " + reader[0].closes.get());
        System.err.printf("%d lines in %d ms, max heap %d MB%n", read.get(),
                (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
    }
}
