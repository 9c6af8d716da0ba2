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
 * W6: create W1's generator (0 .. 10^6-1), take 10 values, close it: mostly the cost of creating and
 * closing a generator. Push: the consumer stops the loop after 10; stream: {@code limit(10)} in a
 * try-with-resources; Kotlin: a sequence cannot be closed, its iterator is dropped; thread: starting
 * the producer and stopping it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class W6TakeClose {

    int n = Workloads.COUNT;

    @Setup(Level.Trial)
    public void setUp() {
        Consumers.pollute();
    }

    @Benchmark
    public long handWritten() {
        try (HandWritten.Count values = new HandWritten.Count(n)) {
            return Consumers.sum(values, Workloads.TAKE);
        }
    }

    @Benchmark
    public long handWrittenInlined() {
        try (HandWritten.Count values = new HandWritten.Count(n)) {
            long sum = 0;
            for (int i = 0; i < Workloads.TAKE && values.hasNext(); i++) {
                sum += values.next();
            }
            return sum;
        }
    }

    @Benchmark
    public long yieldj() {
        try (CountingGenerators.Count values = CountingGenerators.count(n)) {
            return Consumers.sum(values, Workloads.TAKE);
        }
    }

    @Benchmark
    public long yieldjInlined() {
        try (CountingGenerators.Count values = CountingGenerators.count(n)) {
            long sum = 0;
            for (int i = 0; i < Workloads.TAKE && values.hasNext(); i++) {
                sum += values.next();
            }
            return sum;
        }
    }

    @Benchmark
    public long push() {
        Consumers.Sum sum = new Consumers.Sum(Workloads.TAKE);
        Push.countWhile(n, sum);
        return sum.sum;
    }

    @Benchmark
    public long stream() {
        Consumers.Sum sum = new Consumers.Sum();
        try (Stream<Integer> values = Streams.count(n)) {
            values.limit(Workloads.TAKE).forEach(sum);
        }
        return sum.sum;
    }

    @Benchmark
    public long kotlin() {
        return Consumers.sum(KotlinSequences.count(n).iterator(), Workloads.TAKE);
    }

    @Benchmark
    public long thread() {
        try (Handoff<Integer> values = ThreadGenerators.count(Threads.PLATFORM, n)) {
            return Consumers.sum(values, Workloads.TAKE);
        }
    }

    @Benchmark
    public long virtualThread(VirtualThreads.Required jdk21) {
        try (Handoff<Integer> values = ThreadGenerators.count(Threads.VIRTUAL, n)) {
            return Consumers.sum(values, Workloads.TAKE);
        }
    }
}
