package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.examples.LogPipeline.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogPipelineTest {

    private static List<String> firstLines(long seed, int n) {
        return LogPipelineGenerators.take(LogPipelineGenerators.logLines(seed), n).stream().toList();
    }

    @Test
    void theSourceIsDeterministicAndLikeTheDocumentedFormat() {
        assertEquals(firstLines(42, 500), firstLines(42, 500));
        for (String line : firstLines(42, 500)) {
            assertTrue(line.matches("2024-05-01T\\d\\d:\\d\\d:\\d\\dZ ("
                    + "(INFO|WARN) (api|auth|billing|search) 200 \\d+ms"
                    + "|ERROR (api|auth|billing|search) 500 \\d+ms"
                    + "|-- corrupted record --)"), line);
        }
    }

    @Test
    void parseSkipsCorruptedLinesAndKeepsTheFields() {
        List<String> lines = firstLines(42, 2000);
        long corrupted = lines.stream().filter(l -> l.contains("corrupted")).count();
        assertTrue(corrupted > 0);
        List<LogEntry> entries = LogPipelineGenerators.parse(lines).stream().toList();
        assertEquals(lines.size() - corrupted, entries.size());
        LogEntry e = LogPipelineGenerators.parse(List.of("2024-05-01T00:00:13Z ERROR search 500 1233ms")).next();
        assertEquals(new LogEntry("2024-05-01T00:00:13Z", "ERROR", "search", 500, 1233), e);
        assertEquals(List.of(), LogPipelineGenerators.parse(List.of("", "a b c d e", "one two", "a b c d e f 5ms")).stream().toList());
    }

    @Test
    void theStreamingPipelineLikePython() {
        AtomicLong read = new AtomicLong();
        List<String> rows = LogPipeline.aggregate(LogPipelineGenerators.take(LogPipelineGenerators.errors(
                LogPipelineGenerators.parse(LogPipelineGenerators.counted(LogPipelineGenerators.logLines(42), read))), 50));
        List<String> python = PythonTwin.expected("streaming");
        assertEquals(python.subList(1, python.size() - 1), rows);
        assertEquals(python.get(python.size() - 1), "lines pulled from the endless source: " + read.get());
    }

    @Test
    void takeTakesNothingAfterItsLastElement() {
        AtomicLong read = new AtomicLong();
        var three =
                LogPipelineGenerators.take(LogPipelineGenerators.counted(LogPipelineGenerators.logLines(1), read), 3);
        assertEquals(3, three.stream().count());
        assertEquals(3, read.get());

        AtomicLong none = new AtomicLong();
        assertEquals(0, LogPipelineGenerators.take(
                LogPipelineGenerators.counted(LogPipelineGenerators.logLines(1), none), 0).stream().count());
        assertEquals(0, none.get());
        assertEquals(List.of("a", "b"), LogPipelineGenerators.take(List.of("a", "b"), 5).stream().toList());
    }

    @Test
    void eachStageRunsOnlyAsFarAsItsConsumerAsks() {
        AtomicLong read = new AtomicLong();
        var errors = LogPipelineGenerators.errors(
                LogPipelineGenerators.parse(LogPipelineGenerators.counted(LogPipelineGenerators.logLines(42), read)));
        assertEquals(0, read.get());
        LogEntry first = errors.next();
        assertEquals("ERROR", first.level());
        // Exactly the lines up to and including the first ERROR line were read.
        List<String> lines = firstLines(42, (int) read.get());
        assertTrue(lines.get(lines.size() - 1).contains(" ERROR "));
        assertEquals(1, lines.stream().filter(l -> l.contains(" ERROR ")).count());
    }

    @Test
    void pushModeLogLinesGivesTheSameSequence() {
        List<String> pushed = new ArrayList<>();
        assertThrows(Stop.class, () -> LogPipeline.logLines(42, line -> {
            if (pushed.size() == 3000) {
                throw new Stop();
            }
            pushed.add(line);
        }));
        assertEquals(firstLines(42, 3000), pushed);
    }

    @Test
    void pushModeStagesGiveTheSameSequences() {
        List<String> lines = firstLines(9, 3000);
        List<LogEntry> parsed = new ArrayList<>();
        LogPipeline.parse(lines, parsed::add);
        assertEquals(LogPipelineGenerators.parse(lines).stream().toList(), parsed);

        List<LogEntry> slow = new ArrayList<>();
        LogPipeline.slowerThan(parsed, 390, slow::add);
        assertEquals(LogPipelineGenerators.slowerThan(parsed, 390).stream().toList(), slow);

        List<LogEntry> errors = new ArrayList<>();
        LogPipeline.errors(parsed, errors::add);
        assertEquals(LogPipelineGenerators.errors(parsed).stream().toList(), errors);

        List<String> taken = new ArrayList<>();
        LogPipeline.take(lines, 7, taken::add);
        assertEquals(lines.subList(0, 7), taken);
    }
}
