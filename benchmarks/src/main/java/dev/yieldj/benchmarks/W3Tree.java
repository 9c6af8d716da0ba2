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
 * W3: in-order walk of a balanced binary tree of 2^16 nodes, summed. yieldj: the recursive template
 * ({@code out.yieldAll(NodeGenerators.inOrder(node.left))}, one generator per node); Kotlin: the same
 * with {@code yieldAll}; hand-written: an explicit stack; push and thread: plain recursion.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W3Tree {

    int size = Workloads.TREE_SIZE;

    Node root;

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
        root = Node.balanced(size);
    }

    @Benchmark
    public long handWritten() {
        return Consumers.sum(new HandWritten.InOrder(root), Workloads.ALL);
    }

    @Benchmark
    public long handWrittenInlined() {
        HandWritten.InOrder values = new HandWritten.InOrder(root);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    @Benchmark
    public long yieldj() {
        return Consumers.sum(NodeGenerators.inOrder(root), Workloads.ALL);
    }

    @Benchmark
    public long yieldjInlined() {
        NodeGenerators.InOrder values = NodeGenerators.inOrder(root);
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    @Benchmark
    public long push() {
        Consumers.Sum sum = new Consumers.Sum();
        Push.inOrder(root, sum);
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.Sum sum = new Consumers.Sum();
        Streams.inOrder(root).forEach(sum);
        return sum.sum;
    }

    @Benchmark
    public long kotlin() {
        return Consumers.sum(KotlinSequences.inOrder(root).iterator(), Workloads.ALL);
    }

    @Benchmark
    public long thread() {
        try (Handoff<Integer> values = ThreadGenerators.inOrder(Threads.PLATFORM, root)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }

    @Benchmark
    public long virtualThread(VirtualThreads.Required jdk21) {
        try (Handoff<Integer> values = ThreadGenerators.inOrder(Threads.VIRTUAL, root)) {
            return Consumers.sum(values, Workloads.ALL);
        }
    }
}
