package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProcessingTest {

    private static final String TEXT = "first\nsecond\r\nthird\n\nfifth ERROR here\nsixth";
    private static final List<String> LINES = List.of("first", "second", "third", "", "fifth ERROR here", "sixth");

    @Test
    void readsEveryLineOfAFileLikeFilesReadAllLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.log");
        List<String> written = LogPipelineGenerators.take(LogPipelineGenerators.logLines(3), 10_000).stream().toList();
        Files.write(file, written, StandardCharsets.UTF_8);
        List<String> read = new ArrayList<>();
        try (var lines = FileProcessing.readLines(file)) {
            for (String line : lines) {
                read.add(line);
            }
        }
        assertEquals(Files.readAllLines(file, StandardCharsets.UTF_8), read);
        assertEquals(written, read);
    }

    @Test
    void opensLazilyAndClosesOnceAtTheEnd() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        var gen = FileProcessingGenerators.lines(opener);
        assertEquals(0, opener.opens());
        assertEquals("first", gen.next());
        assertEquals(1, opener.opens());
        assertEquals(0, opener.closes());
        List<String> rest = new ArrayList<>();
        gen.forEachRemaining(rest::add);
        assertEquals(LINES.subList(1, LINES.size()), rest);
        assertEquals(1, opener.closes());
        assertFalse(gen.hasNext());
        gen.close();
        assertEquals(1, opener.closes());
    }

    @Test
    void closeAfterStoppingEarlyClosesTheReaderOnce() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        var gen = FileProcessingGenerators.lines(opener);
        assertEquals("first", gen.next());
        assertEquals("second", gen.next());
        gen.close();
        assertEquals(1, opener.closes());
        gen.close(); // idempotent
        assertEquals(1, opener.closes());
        assertFalse(gen.hasNext());
        assertThrows(NoSuchElementException.class, gen::next);
        assertEquals(1, opener.opens());
    }

    @Test
    void tryWithResourcesAndBreakClosesTheReader() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        String found = null;
        try (var gen = FileProcessingGenerators.lines(opener)) {
            for (String line : gen) {
                if (line.contains("ERROR")) {
                    found = line;
                    break;
                }
            }
            assertEquals(0, opener.closes());
        }
        assertEquals("fifth ERROR here", found);
        assertEquals(1, opener.closes());
    }

    @Test
    void closingAnUnstartedGeneratorNeverOpensTheReader() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        var gen = FileProcessingGenerators.lines(opener);
        gen.close();
        assertFalse(gen.hasNext());
        assertEquals(0, opener.opens());
    }

    @Test
    void closingTheStreamClosesTheReader() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        Optional<String> found;
        try (Stream<String> lines = FileProcessingGenerators.lines(opener).stream()) {
            found = lines.filter(line -> line.startsWith("t")).findFirst();
            assertEquals(0, opener.closes());
        }
        assertEquals(Optional.of("third"), found);
        assertEquals(1, opener.opens());
        assertEquals(1, opener.closes());
    }

    @Test
    void aStreamLimitedThenClosedClosesTheReader() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        List<String> two;
        try (Stream<String> lines = FileProcessingGenerators.lines(opener).stream()) {
            two = lines.limit(2).toList();
        }
        assertEquals(LINES.subList(0, 2), two);
        assertEquals(1, opener.closes());
    }

    @Test
    void anIOExceptionSurfacesUncheckedAndTheReaderIsStillClosed() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT, 3);
        var gen = FileProcessingGenerators.lines(opener);
        assertEquals("first", gen.next());
        assertEquals("second", gen.next());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, gen::next);
        assertEquals("disk on fire at line 3", e.getCause().getMessage());
        assertEquals(1, opener.closes());
        assertFalse(gen.hasNext());
    }

    @Test
    void aFailingOpenSurfacesAsUncheckedIOException() {
        IOException boom = new IOException("no such log");
        var gen = FileProcessingGenerators.lines(() -> {
            throw boom;
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, gen::hasNext);
        assertSame(boom, e.getCause());
    }

    @Test
    void aMissingFileSurfacesAsUncheckedIOException(@TempDir Path dir) {
        var gen = FileProcessing.readLines(dir.resolve("missing.log"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, gen::next);
        assertInstanceOf(java.nio.file.NoSuchFileException.class, e.getCause());
    }

    @Test
    void eachIterationOpensItsOwnReader() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        var gen = FileProcessingGenerators.lines(opener);
        List<String> a = new ArrayList<>();
        gen.forEach(a::add);
        List<String> b = new ArrayList<>();
        gen.forEach(b::add);
        assertEquals(LINES, a);
        assertEquals(LINES, b);
        assertEquals(2, opener.opens());
        assertEquals(2, opener.closes());
    }

    @Test
    void pushModeGivesTheSameLinesAndClosesTheReader() throws IOException {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        List<String> pushed = new ArrayList<>();
        FileProcessing.lines(opener, pushed::add);
        assertEquals(LINES, pushed);
        assertEquals(FileProcessingGenerators.lines(new CountingReader.Opener(TEXT)).stream().toList(), pushed);
        assertEquals(1, opener.closes());
    }

    @Test
    void pushModeStoppedBySinkStillClosesTheReader() {
        CountingReader.Opener opener = new CountingReader.Opener(TEXT);
        List<String> pushed = new ArrayList<>();
        assertThrows(Stop.class, () -> FileProcessing.lines(opener, line -> {
            if (pushed.size() == 2) {
                throw new Stop();
            }
            pushed.add(line);
        }));
        assertEquals(LINES.subList(0, 2), pushed);
        assertEquals(1, opener.closes());
        assertTrue(opener.opened.get(0).closes.get() == 1);
    }
}
