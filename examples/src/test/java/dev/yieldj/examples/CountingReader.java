package dev.yieldj.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicInteger;

/** A reader that counts how often it is opened (by {@link #opener}) and closed, and can fail on a line. */
final class CountingReader extends BufferedReader {

    final AtomicInteger closes = new AtomicInteger();
    private final int failOnLine;
    private int linesRead;

    CountingReader(Reader in, int failOnLine) {
        super(in);
        this.failOnLine = failOnLine;
    }

    @Override
    public String readLine() throws IOException {
        if (++linesRead == failOnLine) {
            throw new IOException("disk on fire at line " + failOnLine);
        }
        return super.readLine();
    }

    @Override
    public void close() throws IOException {
        closes.incrementAndGet();
        super.close();
    }

    /** Opens readers over {@code text} and remembers them. */
    static final class Opener implements FileProcessing.ReaderOpener {
        private final String text;
        private final int failOnLine;
        final java.util.List<CountingReader> opened = new java.util.ArrayList<>();

        Opener(String text) {
            this(text, -1);
        }

        Opener(String text, int failOnLine) {
            this.text = text;
            this.failOnLine = failOnLine;
        }

        @Override
        public BufferedReader open() {
            CountingReader reader = new CountingReader(new StringReader(text), failOnLine);
            opened.add(reader);
            return reader;
        }

        int opens() {
            return opened.size();
        }

        int closes() {
            return opened.stream().mapToInt(r -> r.closes.get()).sum();
        }
    }
}
