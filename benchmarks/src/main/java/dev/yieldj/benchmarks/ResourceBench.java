package dev.yieldj.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 4. The resource pattern: a yield inside try/finally. {@code drain*} pulls all n values (the finally
 * runs at the end); {@code earlyClose*} takes three values and closes the generator in a
 * try-with-resources (the finally runs from {@code close()}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ResourceBench {

    @Param({"1000"})
    public int n;

    private final Resources.Resource resource = new Resources.Resource();

    @Benchmark
    public void drainYieldj(Blackhole bh) {
        try (ResourcesGenerators.GuardedCount it = ResourcesGenerators.guardedCount(resource, n)) {
            bh.consume(CountBench.sum(it));
        }
    }

    @Benchmark
    public void drainHandWritten(Blackhole bh) {
        try (HandWritten.GuardedCount it = new HandWritten.GuardedCount(resource, n)) {
            bh.consume(CountBench.sum(it));
        }
    }

    @Benchmark
    public void earlyCloseYieldj(Blackhole bh) {
        try (ResourcesGenerators.GuardedCount it = ResourcesGenerators.guardedCount(resource, n)) {
            bh.consume(it.next() + it.next() + it.next());
        }
    }

    @Benchmark
    public void earlyCloseHandWritten(Blackhole bh) {
        try (HandWritten.GuardedCount it = new HandWritten.GuardedCount(resource, n)) {
            bh.consume(it.next() + it.next() + it.next());
        }
    }
}
