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
 * W4: a pipeline of generators, naturals → keep v % 3 == 0 → 2v+1 → take 10,000, summed; each stage
 * its own generator over an {@code Iterator} (hand-written: four chained iterators; push: four chained
 * predicates; thread: four producer threads, the take closing the stages above it when it is done).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W4Pipeline {

    int k = Workloads.PIPELINE_TAKE;

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
    }

    @Benchmark
    public long handWritten() {
        return Consumers.sum(new HandWritten.Take(new HandWritten.TwicePlusOne(
                new HandWritten.MultiplesOf3(new HandWritten.Naturals())), k), Workloads.ALL);
    }

    @Benchmark
    public long handWrittenInlined() {
        HandWritten.Take values = new HandWritten.Take(new HandWritten.TwicePlusOne(
                new HandWritten.MultiplesOf3(new HandWritten.Naturals())), k);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    @Benchmark
    public long yieldj() {
        return Consumers.sum(PipelineGenerators.take(PipelineGenerators.twicePlusOne(
                PipelineGenerators.multiplesOf3(PipelineGenerators.naturals())), k), Workloads.ALL);
    }

    @Benchmark
    public long yieldjInlined() {
        PipelineGenerators.Take values = PipelineGenerators.take(PipelineGenerators.twicePlusOne(
                PipelineGenerators.multiplesOf3(PipelineGenerators.naturals())), k);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    @Benchmark
    public long push() {
        Consumers.Sum sum = new Consumers.Sum();
        Push.naturals(Push.multiplesOf3(Push.twicePlusOne(Push.take(k, sum))));
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.Sum sum = new Consumers.Sum();
        Streams.pipeline(k).forEach(sum);
        return sum.sum;
    }

    @Benchmark
    public long kotlin() {
        return Consumers.sum(KotlinSequences.take(KotlinSequences.twicePlusOne(
                KotlinSequences.multiplesOf3(KotlinSequences.naturals().iterator()).iterator()).iterator(), k)
                .iterator(), Workloads.ALL);
    }

    @Benchmark
    public long thread() {
        return threads(Threads.PLATFORM);
    }

    @Benchmark
    public long virtualThread(VirtualThreads.Required jdk21) {
        return threads(Threads.VIRTUAL);
    }

    private long threads(Threads threads) {
        try (Handoff<Integer> values = ThreadGenerators.take(threads, ThreadGenerators.twicePlusOne(threads,
                ThreadGenerators.multiplesOf3(threads, ThreadGenerators.naturals(threads))), k)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }
}
