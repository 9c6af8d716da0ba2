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

/** W1: 0 .. 10^6-1 as boxed {@code Integer}s, summed. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W1Count {

    /** How many values (the test shrinks it for the thread variants). */
    int n = Workloads.COUNT;

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
    }

    @Benchmark
    public long handWritten() {
        return Consumers.sum(new HandWritten.Count(n), Workloads.ALL);
    }

    @Benchmark
    public long handWrittenInlined() {
        HandWritten.Count values = new HandWritten.Count(n);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    @Benchmark
    public long yieldj() {
        return Consumers.sum(CountingGenerators.count(n), Workloads.ALL);
    }

    @Benchmark
    public long yieldjInlined() {
        CountingGenerators.Count values = CountingGenerators.count(n);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    @Benchmark
    public long push() {
        Consumers.Sum sum = new Consumers.Sum();
        Push.count(n, sum);
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.Sum sum = new Consumers.Sum();
        Streams.count(n).forEach(sum);
        return sum.sum;
    }

    @Benchmark
    public long kotlin() {
        return Consumers.sum(KotlinSequences.count(n).iterator(), Workloads.ALL);
    }

    /** A million handoffs take tens of seconds: fewer iterations than the others (each is one operation). */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long thread() {
        try (Handoff<Integer> values = ThreadGenerators.count(Threads.PLATFORM, n)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long virtualThread(VirtualThreads.Required jdk21) {
        try (Handoff<Integer> values = ThreadGenerators.count(Threads.VIRTUAL, n)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }
}
