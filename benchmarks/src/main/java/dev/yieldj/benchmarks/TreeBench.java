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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 3. In-order traversal of a balanced binary tree: the recursive template (one generator per node,
 * {@code yieldAll} delegation on the trampoline) against an explicit-stack iterator.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TreeBench {

    @Param({"1000", "100000"})
    public int size;

    private Node root;

    @Setup
    public void setUp() {
        root = Node.balanced(size);
    }

    @Benchmark
    public void yieldj(Blackhole bh) {
        bh.consume(CountBench.sum(NodeGenerators.inOrder(root)));
    }

    @Benchmark
    public void handWritten(Blackhole bh) {
        bh.consume(CountBench.sum(new HandWritten.InOrder(root)));
    }
}
