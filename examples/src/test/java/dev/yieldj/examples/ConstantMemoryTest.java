package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.examples.LogPipeline.LogEntry;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file pipeline runs in constant memory: a separate JVM with {@code -Xmx64m} reads a log file
 * far larger than its heap through {@link FileProcessing} and {@link LogPipeline}, once to the end
 * and once stopping early. By default the file is 96 MiB; {@code -Dyieldj.bigfile=true} makes it
 * 1 GiB ({@code -Dyieldj.bigfile.mb=N} picks any size).
 */
class ConstantMemoryTest {

    private static final long SIZE = Long.getLong("yieldj.bigfile.mb", Boolean.getBoolean("yieldj.bigfile") ? 1024 : 96) << 20;

    @TempDir
    static Path dir;

    private static Path file;
    private static List<String> chunk;
    private static long repetitions;

    /** Writes the file fast: one chunk of about 1 MiB of log lines, repeated. */
    @BeforeAll
    static void writeBigFile() throws IOException {
        chunk = new ArrayList<>();
        int bytes = 0;
        for (String line : LogPipelineGenerators.logLines(11)) {
            chunk.add(line);
            bytes += line.length() + 1;
            if (bytes >= 1 << 20) {
                break;
            }
        }
        byte[] data = (String.join("\n", chunk) + "\n").getBytes(StandardCharsets.UTF_8);
        repetitions = (SIZE + data.length - 1) / data.length;
        file = dir.resolve("big.log");
        ByteBuffer buffer = ByteBuffer.wrap(data);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long i = 0; i < repetitions; i++) {
                buffer.rewind();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        }
        assertTrue(Files.size(file) >= SIZE);
    }

    /** Runs {@link BigFilePipeline} in a JVM with a 64 MB heap, without the yieldj annotations jar. */
    private static List<String> runPipeline(String... args) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("yieldj-annotations"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", classPath, BigFilePipeline.class.getName(), file.toString()));
        command.addAll(List.of(args));
        Processes.Result result = Processes.run(new ProcessBuilder(command), Duration.ofMinutes(10)).assertSucceeded();
        String out = result.stdout();
        String err = result.stderr();
        System.out.println("constant-memory run " + List.of(args) + " over " + (Files.size(file) >> 20) + " MiB: " + err.strip());
        return out.lines().toList();
    }

    @Test
    void aggregatesAFileMuchLargerThanTheHeap() throws Exception {
        Map<String, long[]> perChunk = new TreeMap<>();
        for (LogEntry e : LogPipelineGenerators.parse(chunk)) {
            long[] s = perChunk.computeIfAbsent(e.service(), k -> new long[3]);
            s[0]++;
            s[1] += e.latencyMs();
            s[2] = Math.max(s[2], e.latencyMs());
        }
        List<String> expected = new ArrayList<>();
        perChunk.forEach((service, s) -> expected.add(service + ": count=" + s[0] * repetitions
                + " avg=" + s[1] / s[0] + "ms max=" + s[2] + "ms"));
        expected.add("lines read: " + chunk.size() * repetitions);
        expected.add("reader closes: 1");
        assertEquals(expected, runPipeline("all"));
    }

    @Test
    void stopsEarlyOnAConditionAndClosesTheFile() throws Exception {
        List<Integer> errorLines = new ArrayList<>(); // 1-based line numbers within the chunk
        List<LogEntry> errorEntries = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            for (LogEntry e : LogPipelineGenerators.errors(LogPipelineGenerators.parse(List.of(chunk.get(i))))) {
                errorLines.add(i + 1);
                errorEntries.add(e);
            }
        }
        long middle = repetitions / 2;
        long wanted = middle * errorLines.size() + 1; // the first ERROR of the middle chunk
        long line = middle * chunk.size() + errorLines.get(0);
        assertEquals(List.of(
                "stopped at line " + line + ": " + errorEntries.get(0),
                "lines read: " + line,
                "reader closes: 1"), runPipeline("stop", Long.toString(wanted)));
    }
}
