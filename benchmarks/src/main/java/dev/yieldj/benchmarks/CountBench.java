package dev.yieldj.benchmarks;

import java.util.Iterator;
import java.util.PrimitiveIterator;
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

/** 1. {@code countUpTo(n)} pulled with hasNext/next and summed: boxed and primitive. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class CountBench {

    @Param({"10", "1000"})
    public int n;

    @Benchmark
    public void boxedYieldj(Blackhole bh) {
        bh.consume(sum(CountingGenerators.countUpTo(n)));
    }

    @Benchmark
    public void boxedHandWritten(Blackhole bh) {
        bh.consume(sum(new HandWritten.CountUpTo(n)));
    }

    @Benchmark
    public void intYieldj(Blackhole bh) {
        bh.consume(sumInt(CountingGenerators.countUpToInt(n)));
    }

    @Benchmark
    public void intHandWritten(Blackhole bh) {
        bh.consume(sumInt(new HandWritten.CountUpToInt(n)));
    }

    static long sum(Iterator<Integer> it) {
        long sum = 0;
        while (it.hasNext()) {
            sum += it.next();
        }
        return sum;
    }

    static long sumInt(PrimitiveIterator.OfInt it) {
        long sum = 0;
        while (it.hasNext()) {
            sum += it.nextInt();
        }
        return sum;
    }
}
