package dev.yieldj.benchmarks;

import dev.yieldj.benchmarks.Handoff.Threads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W2: the Pythagorean triples a ≤ b < c < 300 by three nested loops and a filter (about 4.5 million
 * tests, few yields), the consumer summing a + b + c: how the generator's loop itself runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W2Triples {

    int limit = Workloads.TRIPLES_LIMIT;

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
    }

    @Benchmark
    public long handWritten() {
        return Consumers.sumTriples(new HandWritten.TriplesIterator(limit));
    }

    @Benchmark
    public long handWrittenInlined() {
        HandWritten.TriplesIterator triples = new HandWritten.TriplesIterator(limit);
        long sum = 0;
        while (triples.hasNext()) {
            Pythagorean t = triples.next();
            sum += t.a() + t.b() + t.c();
        }
        return sum;
    }

    @Benchmark
    public long yieldj() {
        return Consumers.sumTriples(TriplesGenerators.triples(limit));
    }

    @Benchmark
    public long yieldjInlined() {
        TriplesGenerators.Triples triples = TriplesGenerators.triples(limit);
        long sum = 0;
        while (triples.hasNext()) {
            Pythagorean t = triples.next();
            sum += t.a() + t.b() + t.c();
        }
        return sum;
    }

    @Benchmark
    public long push() {
        Consumers.TripleSum sum = new Consumers.TripleSum();
        Push.triples(limit, sum);
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.TripleSum sum = new Consumers.TripleSum();
        Streams.triples(limit).forEach(sum);
        return sum.sum;
    }

    @Benchmark
    public long kotlin() {
        return Consumers.sumTriples(KotlinSequences.triples(limit).iterator());
    }

    @Benchmark
    public long thread() {
        try (Handoff<Pythagorean> triples = ThreadGenerators.triples(Threads.PLATFORM, limit)) {
            return Consumers.sumTriples(triples);
        }
    }

    @Benchmark
    public long virtualThread(VirtualThreads.Required jdk21) {
        try (Handoff<Pythagorean> triples = ThreadGenerators.triples(Threads.VIRTUAL, limit)) {
            return Consumers.sumTriples(triples);
        }
    }
}
