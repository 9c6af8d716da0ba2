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
 * W5: 0 .. 10^6-1 as primitive ints ({@code IntYield} / {@code PrimitiveIterator.OfInt}), summed with
 * {@code nextInt()}. No Kotlin variant: Kotlin has no primitive sequences (its boxed one is W1's).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W5IntCount {

    int n = Workloads.COUNT;

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
    }

    @Benchmark
    public long handWritten() {
        return Consumers.sumInts(new HandWritten.CountInts(n));
    }

    @Benchmark
    public long handWrittenInlined() {
        HandWritten.CountInts values = new HandWritten.CountInts(n);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.nextInt();
        }
        return sum;
    }

    @Benchmark
    public long yieldj() {
        return Consumers.sumInts(CountingGenerators.countInts(n));
    }

    @Benchmark
    public long yieldjInlined() {
        CountingGenerators.CountInts values = CountingGenerators.countInts(n);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.nextInt();
        }
        return sum;
    }

    @Benchmark
    public long push() {
        Consumers.IntSum sum = new Consumers.IntSum();
        Push.countInts(n, sum);
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.IntSum sum = new Consumers.IntSum();
        Streams.countInts(n).forEach(sum);
        return sum.sum;
    }

    /** A million handoffs take tens of seconds: fewer iterations than the others (each is one operation). */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long thread() {
        try (Handoff.OfInt values = ThreadGenerators.countInts(Threads.PLATFORM, n)) {
            return Consumers.sumInts(values);
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long virtualThread(VirtualThreads.Required jdk21) {
        try (Handoff.OfInt values = ThreadGenerators.countInts(Threads.VIRTUAL, n)) {
            return Consumers.sumInts(values);
        }
    }
}
