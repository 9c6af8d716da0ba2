package dev.yieldj.examples;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.List;

/** {@link Tutorial#countUpTo} with a side-effect log, the twin of {@code laziness.py}. */
final class Traced {

    private Traced() {}

    @Generator
    static void countUpTo(int n, List<String> log, Yield<Integer> out) {
        log.add("start");
        int count = 1;
        while (count <= n) {
            log.add("yield " + count);
            out.yield(count);
            log.add("resumed after " + count);
            count++;
        }
        log.add("end");
    }

    /** A body suspended inside try/catch/finally, the twin of {@code closing.py}. */
    @Generator
    static void lines(List<String> log, Yield<String> out) {
        log.add("open");
        try {
            for (String line : List.of("a", "b", "c")) {
                log.add("yield " + line);
                out.yield(line);
                log.add("after " + line);
            }
        } catch (RuntimeException e) {
            log.add("catch"); // close() does not run catch blocks
            throw e;
        } finally {
            log.add("close");
        }
    }
}
