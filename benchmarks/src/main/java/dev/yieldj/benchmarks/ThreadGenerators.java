package dev.yieldj.benchmarks;

import dev.yieldj.benchmarks.Handoff.Threads;
import java.util.Iterator;

/**
 * The thread-handoff variants of each workload: the push code of {@link Push} (or, for W4's stages,
 * a loop over the upstream iterator) run as a {@link Handoff} body on a producer thread.
 */
public final class ThreadGenerators {

    private ThreadGenerators() {
    }

    /** W1, W6. */
    public static Handoff<Integer> count(Threads threads, int n) {
        return Handoff.of(threads, out -> Push.count(n, out));
    }

    /** W5: the same body, the values unboxed by the consumer's {@code nextInt()}. */
    public static Handoff.OfInt countInts(Threads threads, int n) {
        return new Handoff.OfInt(Handoff.<Integer>of(threads, out -> Push.countInts(n, out::accept)));
    }

    /** W2. */
    public static Handoff<Pythagorean> triples(Threads threads, int limit) {
        return Handoff.of(threads, out -> Push.triples(limit, out));
    }

    /** W3: the recursion runs on the producer thread's stack. */
    public static Handoff<Integer> inOrder(Threads threads, Node root) {
        return Handoff.of(threads, out -> Push.inOrder(root, out));
    }

    /** W4 source, without end: only {@code close()} stops it. */
    public static Handoff<Integer> naturals(Threads threads) {
        return Handoff.of(threads, out -> {
            for (int v = 0; ; v++) {
                out.accept(v);
            }
        });
    }

    /** W4 filter; closes its source when it ends or is closed, so that no upstream producer is left. */
    public static Handoff<Integer> multiplesOf3(Threads threads, Handoff<Integer> source) {
        return Handoff.of(threads, out -> {
            try (source) {
                while (source.hasNext()) {
                    Integer v = source.next();
                    if (v % 3 == 0) {
                        out.accept(v);
                    }
                }
            }
        });
    }

    /** W4 map. */
    public static Handoff<Integer> twicePlusOne(Threads threads, Handoff<Integer> source) {
        return Handoff.of(threads, out -> {
            try (source) {
                while (source.hasNext()) {
                    out.accept(2 * source.next() + 1);
                }
            }
        });
    }

    /** W4 limit: after k values it closes its (infinite) source, which closes the stages above it. */
    public static Handoff<Integer> take(Threads threads, Handoff<Integer> source, int k) {
        return Handoff.of(threads, out -> {
            try (source) {
                Iterator<Integer> values = source;
                for (int i = 0; i < k && values.hasNext(); i++) {
                    out.accept(values.next());
                }
            }
        });
    }

    /** W7: the resource is closed in the producer's {@code finally}, also when the generator is closed. */
    public static Handoff<Integer> guardedCount(Threads threads, Resources.Resource resource, int n) {
        return Handoff.of(threads, out -> {
            resource.open();
            try {
                for (int i = 1; i <= n; i++) {
                    out.accept(i);
                }
            } finally {
                resource.close();
            }
        });
    }
}
