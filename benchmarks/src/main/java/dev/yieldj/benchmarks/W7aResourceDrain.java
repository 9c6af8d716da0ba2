package dev.yieldj.benchmarks;

import dev.yieldj.benchmarks.Handoff.Threads;
import java.util.stream.Stream;
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
 * W7a: the resource pattern, a yield inside try/finally ({@link Resources#guardedCount}): all 1,000
 * values drained, the finally runs at the end. Every variant opens and closes the resource once per
 * operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W7aResourceDrain {

    int n = Workloads.RESOURCE_COUNT;

    final Resources.Resource resource = new Resources.Resource();

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
    }

    @Benchmark
    public long handWritten() {
        try (HandWritten.GuardedCount values = new HandWritten.GuardedCount(resource, n)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }

    @Benchmark
    public long handWrittenInlined() {
        try (HandWritten.GuardedCount values = new HandWritten.GuardedCount(resource, n)) {
            long sum = 0;
            while (values.hasNext()) {
                sum += values.next();
            }
            return sum;
        }
    }

    @Benchmark
    public long yieldj() {
        try (ResourcesGenerators.GuardedCount values = ResourcesGenerators.guardedCount(resource, n)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }

    @Benchmark
    public long yieldjInlined() {
        try (ResourcesGenerators.GuardedCount values = ResourcesGenerators.guardedCount(resource, n)) {
            long sum = 0;
            while (values.hasNext()) {
                sum += values.next();
            }
            return sum;
        }
    }

    @Benchmark
    public long push() {
        Consumers.Sum sum = new Consumers.Sum();
        Push.guardedCount(resource, n, sum);
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.Sum sum = new Consumers.Sum();
        try (Stream<Integer> values = Streams.guardedCount(resource, n)) {
            values.forEach(sum);
        }
        return sum.sum;
    }

    @Benchmark
    public long kotlin() {
        return Consumers.sum(KotlinSequences.guardedCount(resource, n).iterator(), Workloads.ALL);
    }
    @Benchmark
    public long thread() {
        try (Handoff<Integer> values = ThreadGenerators.guardedCount(Threads.PLATFORM, resource, n)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }

    @Benchmark
    public long virtualThread(VirtualThreads.Required jdk21) {
        try (Handoff<Integer> values = ThreadGenerators.guardedCount(Threads.VIRTUAL, resource, n)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }
}
