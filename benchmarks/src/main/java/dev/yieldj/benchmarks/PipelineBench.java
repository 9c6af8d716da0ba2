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
 * 2. source → filter → map, three chained generators against three chained iterators.
 *
 * <p>Two more warm-up iterations than the other benchmarks: on the shared 2-core machine, C2 needed
 * them to finish compiling the fully inlined hand-written chain (with 3, the first measurement
 * iterations of the baseline were sometimes 30-60 times slower than its steady state).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class PipelineBench {

    @Param({"1000"})
    public int n;

    @Benchmark
    public void yieldj(Blackhole bh) {
        bh.consume(CountBench.sum(
                PipelineGenerators.squares(PipelineGenerators.evens(PipelineGenerators.numbers(n)))));
    }

    @Benchmark
    public void handWritten(Blackhole bh) {
        bh.consume(CountBench.sum(
                new HandWritten.Squares(new HandWritten.Evens(new HandWritten.CountUpTo(n)))));
    }
}
