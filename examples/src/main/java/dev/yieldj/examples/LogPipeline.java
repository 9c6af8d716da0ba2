package dev.yieldj.examples;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streaming data through a pipeline of generators: an endless source of log lines, then
 * parse, filter and aggregate steps. Every step is lazy, so the pipeline holds one line at a time
 * whether the source is endless, a 1 GB file ({@link FileProcessing}) or a socket.
 */
public final class LogPipeline {

    private LogPipeline() {}

    /** One parsed log line. */
    public record LogEntry(String time, String level, String service, int status, int latencyMs) {}

    /** The services the synthetic source names (package-private: templates cannot use private members). */
    static final List<String> SERVICES = List.of("api", "auth", "billing", "search");

    /**
     * An endless, deterministic stream of synthetic log lines such as
     * {@code 2024-05-01T00:00:13Z ERROR search 500 1233ms}; about one line in 97 is corrupted.
     */
    @Generator
    public static void logLines(long seed, Yield<String> out) {
        long state = seed;
        long i = 0;
        while (true) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long r = state >>> 33;
            String time = String.format(Locale.ROOT, "2024-05-01T%02d:%02d:%02dZ", i / 3600 % 24, i / 60 % 60, i % 60);
            if (r % 97 == 0) {
                out.yield(time + " -- corrupted record --");
            } else {
                long roll = r % 20;
                String level = roll == 0 ? "ERROR" : roll <= 2 ? "WARN" : "INFO";
                String service = SERVICES.get((int) ((r >> 5) % 4));
                int status = level.equals("ERROR") ? 500 : 200;
                long latency = 5 + (r >> 8) % 400 + (level.equals("ERROR") ? 1000 : 0);
                out.yield(time + " " + level + " " + service + " " + status + " " + latency + "ms");
            }
            i++;
        }
    }

    /** Parses lines into entries, skipping the lines that are not five fields ending in {@code ms}. */
    @Generator
    public static void parse(Iterable<String> lines, Yield<LogEntry> out) {
        for (String line : lines) {
            String[] parts = line.split(" ", -1);
            if (parts.length != 5 || !parts[4].endsWith("ms")) {
                continue;
            }
            int latency = Integer.parseInt(parts[4].substring(0, parts[4].length() - 2));
            out.yield(new LogEntry(parts[0], parts[1], parts[2], Integer.parseInt(parts[3]), latency));
        }
    }

    /** The entries of level {@code ERROR}. */
    @Generator
    public static void errors(Iterable<LogEntry> entries, Yield<LogEntry> out) {
        for (LogEntry e : entries) {
            if (e.level().equals("ERROR")) {
                out.yield(e);
            }
        }
    }

    /** The entries slower than {@code limitMs}. */
    @Generator
    public static void slowerThan(Iterable<LogEntry> entries, int limitMs, Yield<LogEntry> out) {
        for (LogEntry e : entries) {
            if (e.latencyMs() > limitMs) {
                out.yield(e);
            }
        }
    }

    /**
     * The first {@code n} elements of {@code source} (Python {@code itertools.islice(source, n)});
     * it takes nothing more from {@code source} after the last one.
     */
    @Generator
    public static <T> void take(Iterable<T> source, int n, Yield<T> out) {
        if (n <= 0) {
            return;
        }
        int left = n;
        for (T x : source) {
            out.yield(x);
            left--;
            if (left == 0) {
                return;
            }
        }
    }

    /** Passes {@code source} through, counting every element taken from it. */
    @Generator
    public static <T> void counted(Iterable<T> source, AtomicLong counter, Yield<T> out) {
        for (T x : source) {
            counter.incrementAndGet();
            out.yield(x);
        }
    }

    /**
     * The aggregation step, a plain consumer: one row per service, sorted, as
     * {@code "api: count=11 avg=1215ms max=1397ms"}.
     */
    public static List<String> aggregate(Iterable<LogEntry> entries) {
        Map<String, long[]> stats = new TreeMap<>();
        for (LogEntry e : entries) {
            long[] s = stats.computeIfAbsent(e.service(), k -> new long[3]);
            s[0]++;
            s[1] += e.latencyMs();
            s[2] = Math.max(s[2], e.latencyMs());
        }
        List<String> rows = new ArrayList<>();
        stats.forEach((service, s) -> rows.add(
                service + ": count=" + s[0] + " avg=" + s[1] / s[0] + "ms max=" + s[2] + "ms"));
        return rows;
    }
}
