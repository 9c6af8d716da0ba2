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
}
