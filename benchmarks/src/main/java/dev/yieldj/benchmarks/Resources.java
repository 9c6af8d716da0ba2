package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** W7, the resource pattern: a yieldj template that opens something and must close it however it ends. */
public final class Resources {

    private Resources() {
    }

    /** A stand-in for a file or a connection: counts how often it was opened and closed. */
    public static final class Resource {
        int opened;
        int closed;

        void open() {
            opened++;
        }

        void close() {
            closed++;
        }
    }

    /** Opens {@code resource}, yields 1..n, and closes it in a {@code finally}. */
    @Generator
    public static void guardedCount(Resource resource, int n, Yield<Integer> out) {
        resource.open();
        try {
            for (int i = 1; i <= n; i++) {
                out.yield(i);
            }
        } finally {
            resource.close();
        }
    }
}
