package dev.yieldj.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.yieldj.benchmarks.Handoff.Threads;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The benchmarks compare like with like only if every variant of a workload computes the same result
 * with the same side effects. This runs every {@code @Benchmark} method once, directly (no JMH), and
 * checks its result against the one {@link Workloads} computes without any variant; it also checks
 * that the variants yield the same sequences, open and close W7's resource the same number of times,
 * and that no thread-handoff producer outlives its generator.
 */
class SameResultsTest {

    /** Every benchmark class, with its expected result as a function of its (possibly shrunk) sizes. */
    private static final Map<Class<?>, ToLongFunction<Object>> EXPECTED = Map.of(
            W1Count.class, b -> Workloads.sumBelow(((W1Count) b).n),
            W2Triples.class, b -> Workloads.triplesSum(((W2Triples) b).limit),
            W3Tree.class, b -> (long) ((W3Tree) b).size * (((W3Tree) b).size + 1) / 2,
            W4Pipeline.class, b -> Workloads.pipelineSum(((W4Pipeline) b).k),
            W5IntCount.class, b -> Workloads.sumBelow(((W5IntCount) b).n),
            W6TakeClose.class, b -> Workloads.sumBelow(Workloads.TAKE),
            W7aResourceDrain.class, b -> (long) ((W7aResourceDrain) b).n * (((W7aResourceDrain) b).n + 1) / 2,
            W7bResourceClose.class, b -> Workloads.sumBelow(Workloads.RESOURCE_TAKE + 1));

    /** Every workload has these variants, but for the ones README.md marks n/a. */
    private static final List<String> VARIANTS = List.of("handWritten", "handWrittenInlined", "yieldj",
            "yieldjInlined", "push", "stream", "kotlin", "thread", "virtualThread");
    private static final Set<String> NOT_APPLICABLE = Set.of("W5IntCount.kotlin", "W7bResourceClose.kotlin");

    static Stream<Arguments> variants() {
        return EXPECTED.keySet().stream()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .flatMap(c -> Arrays.stream(c.getMethods())
                        .filter(m -> m.isAnnotationPresent(Benchmark.class))
                        .sorted(Comparator.comparing(Method::getName))
                        .map(m -> Arguments.of(c.getSimpleName(), m.getName())));
    }

    @AfterEach
    void noProducerLeft() {
        assertEquals(0, Handoff.liveProducers(), "a thread-handoff producer is still running");
    }

    @Test
    void everyWorkloadHasEveryVariant() throws ClassNotFoundException {
        for (Class<?> bench : EXPECTED.keySet()) {
            for (String variant : VARIANTS) {
                String name = bench.getSimpleName() + "." + variant;
                boolean present = Arrays.stream(bench.getMethods())
                        .anyMatch(m -> m.getName().equals(variant) && m.isAnnotationPresent(Benchmark.class));
                assertEquals(!NOT_APPLICABLE.contains(name), present, name);
            }
        }
    }

    /**
     * Runs one benchmark method twice on one instance. The thread variants of W1, W3, W4 and W5 run on
     * smaller sizes (a thread handoff costs microseconds per element: seconds at full size), all else
     * at the benchmark's size.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("variants")
    void sameResult(String workload, String variant) throws Exception {
        Class<?> type = Class.forName(SameResultsTest.class.getPackageName() + "." + workload);
        Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(variant)).findFirst()
                .orElseThrow();
        if (variant.equals("virtualThread")) {
            assumeTrue(VirtualThreads.available(), VirtualThreads.unavailable());
        }
        Object bench = type.getDeclaredConstructor().newInstance();
        if (variant.toLowerCase().contains("thread")) {
            if (bench instanceof W1Count count) {
                count.n = 5_000;
            } else if (bench instanceof W5IntCount count) {
                count.n = 5_000;
            } else if (bench instanceof W3Tree tree) {
                tree.size = 4_095;
            } else if (bench instanceof W4Pipeline pipeline) {
                pipeline.k = 1_000;
            }
        }
        setUp(bench);
        Object[] states = new Object[method.getParameterCount()];
        for (int i = 0; i < states.length; i++) {
            Parameter parameter = method.getParameters()[i];
            states[i] = parameter.getType().getDeclaredConstructor().newInstance();
            setUp(states[i]);
        }
        long expected = EXPECTED.get(type).applyAsLong(bench);
        for (int run = 1; run <= 2; run++) {
            assertEquals(expected, (long) method.invoke(bench, states), workload + "." + variant + ", run " + run);
            assertEquals(0, Handoff.liveProducers(), "producer left running");
            Resources.Resource resource = bench instanceof W7aResourceDrain drain ? drain.resource
                    : bench instanceof W7bResourceClose close ? close.resource : null;
            if (resource != null) {
                assertEquals(run, resource.opened, "opened once per operation");
                assertEquals(run, resource.closed, "closed once per operation");
            }
        }
    }

    private static void setUp(Object state) throws IllegalAccessException, InvocationTargetException {
        for (Method m : state.getClass().getMethods()) {
            if (m.isAnnotationPresent(Setup.class)) {
                m.invoke(state);
            }
        }
    }

    private static <T> List<T> drain(Iterator<T> it) {
        List<T> values = new ArrayList<>();
        it.forEachRemaining(values::add);
        return values;
    }

    private static List<Threads> threadKinds() {
        return VirtualThreads.available() ? List.of(Threads.PLATFORM, Threads.VIRTUAL) : List.of(Threads.PLATFORM);
    }

    @Test
    void sameSequences() {
        List<Integer> count = drain(new HandWritten.Count(100));
        assertEquals(100, count.size());
        assertEquals(count, drain(CountingGenerators.count(100)));
        assertEquals(count, drain(KotlinSequences.count(100).iterator()));
        assertEquals(count, Streams.count(100).toList());
        List<Integer> pushed = new ArrayList<>();
        Push.count(100, pushed::add);
        assertEquals(count, pushed);
        List<Integer> ints = new ArrayList<>();
        CountingGenerators.countInts(100).forEachRemaining((int v) -> ints.add(v));
        assertEquals(count, ints);

        List<Pythagorean> triples = drain(new HandWritten.TriplesIterator(Workloads.TRIPLES_LIMIT));
        assertTrue(triples.contains(new Pythagorean(3, 4, 5)));
        assertEquals(triples, drain(TriplesGenerators.triples(Workloads.TRIPLES_LIMIT)));
        assertEquals(triples, drain(KotlinSequences.triples(Workloads.TRIPLES_LIMIT).iterator()));
        assertEquals(triples, Streams.triples(Workloads.TRIPLES_LIMIT).toList());
        List<Pythagorean> pushedTriples = new ArrayList<>();
        Push.triples(Workloads.TRIPLES_LIMIT, pushedTriples::add);
        assertEquals(triples, pushedTriples);

        for (int size : new int[] {1, 2, 3, 7, 1000}) {
            Node root = Node.balanced(size);
            List<Integer> inOrder = drain(new HandWritten.InOrder(root));
            assertEquals(drain(new HandWritten.Count(size + 1)).subList(1, size + 1), inOrder);
            assertEquals(inOrder, drain(NodeGenerators.inOrder(root)));
            assertEquals(inOrder, drain(KotlinSequences.inOrder(root).iterator()));
            assertEquals(inOrder, Streams.inOrder(root).toList());
            List<Integer> pushedTree = new ArrayList<>();
            Push.inOrder(root, pushedTree::add);
            assertEquals(inOrder, pushedTree);
        }

        List<Integer> pipeline = drain(new HandWritten.Take(
                new HandWritten.TwicePlusOne(new HandWritten.MultiplesOf3(new HandWritten.Naturals())), 5));
        assertEquals(List.of(1, 7, 13, 19, 25), pipeline);
        assertEquals(pipeline, drain(PipelineGenerators.take(PipelineGenerators.twicePlusOne(
                PipelineGenerators.multiplesOf3(PipelineGenerators.naturals())), 5)));
        assertEquals(pipeline, drain(KotlinSequences.take(KotlinSequences.twicePlusOne(
                KotlinSequences.multiplesOf3(KotlinSequences.naturals().iterator()).iterator()).iterator(), 5)
                .iterator()));
        assertEquals(pipeline, Streams.pipeline(5).toList());
        List<Integer> pushedPipeline = new ArrayList<>();
        Push.naturals(Push.multiplesOf3(Push.twicePlusOne(Push.take(5, pushedPipeline::add))));
        assertEquals(pipeline, pushedPipeline);

        for (Threads threads : threadKinds()) {
            assertEquals(count, drain(ThreadGenerators.count(threads, 100)), threads.name());
            List<Integer> threadInts = new ArrayList<>();
            ThreadGenerators.countInts(threads, 100).forEachRemaining((int v) -> threadInts.add(v));
            assertEquals(count, threadInts);
            assertEquals(triples, drain(ThreadGenerators.triples(threads, Workloads.TRIPLES_LIMIT)));
            Node root = Node.balanced(1000);
            assertEquals(drain(new HandWritten.InOrder(root)), drain(ThreadGenerators.inOrder(threads, root)));
            assertEquals(pipeline, drain(ThreadGenerators.take(threads, ThreadGenerators.twicePlusOne(threads,
                    ThreadGenerators.multiplesOf3(threads, ThreadGenerators.naturals(threads))), 5)));
            assertEquals(0, Handoff.liveProducers(), "the pipeline's take closes the stages above it");
        }
    }

    /** W6: every closeable variant is finished after close(), and a closed thread producer ends. */
    @Test
    void takeTenThenClose() throws InterruptedException {
        List<Iterator<Integer>> closed = new ArrayList<>();
        try (HandWritten.Count it = new HandWritten.Count(Workloads.COUNT)) {
            assertEquals(45, Consumers.sum(it, Workloads.TAKE));
            closed.add(it);
        }
        try (CountingGenerators.Count it = CountingGenerators.count(Workloads.COUNT)) {
            assertEquals(45, Consumers.sum(it, Workloads.TAKE));
            closed.add(it);
        }
        for (Threads threads : threadKinds()) {
            Handoff<Integer> it = ThreadGenerators.count(threads, Workloads.COUNT);
            try (it) {
                assertEquals(45, Consumers.sum(it, Workloads.TAKE));
                assertEquals(1, Handoff.liveProducers());
            }
            assertEquals(0, Handoff.liveProducers());
            it.producer().join(10_000);
            assertFalse(it.producer().isAlive(), "the producer thread ended");
            assertEquals(threads == Threads.PLATFORM, it.producer().isDaemon() && !isVirtual(it.producer()));
            closed.add(it);
        }
        for (Iterator<Integer> it : closed) {
            assertFalse(it.hasNext(), it.getClass().getName());
        }
        int[] streamCloses = {0};
        try (Stream<Integer> values = Streams.count(Workloads.COUNT).onClose(() -> streamCloses[0]++)) {
            assertEquals(45, values.limit(Workloads.TAKE).mapToLong(Integer::longValue).sum());
        }
        assertEquals(1, streamCloses[0]);
        Handoff<Integer> unstarted = ThreadGenerators.count(Threads.PLATFORM, 10);
        unstarted.close();
        assertFalse(unstarted.hasNext());
        assertEquals(null, unstarted.producer(), "closing an unstarted thread generator starts no thread");
    }

    private static boolean isVirtual(Thread thread) {
        try {
            return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (ReflectiveOperationException onJdk17) {
            return false;
        }
    }

    /** W7b: after three values the resource is still open in every closeable variant; close() closes it. */
    @Test
    void resourceOpenUntilClosed() {
        List<java.util.function.Function<Resources.Resource, Iterator<Integer>>> variants = new ArrayList<>();
        variants.add(r -> new HandWritten.GuardedCount(r, 1000));
        variants.add(r -> ResourcesGenerators.guardedCount(r, 1000));
        for (Threads threads : threadKinds()) {
            variants.add(r -> ThreadGenerators.guardedCount(threads, r, 1000));
        }
        for (var variant : variants) {
            Resources.Resource resource = new Resources.Resource();
            Iterator<Integer> it = variant.apply(resource);
            assertEquals(6, it.next() + it.next() + it.next());
            assertEquals(1, resource.opened);
            assertEquals(0, resource.closed, it.getClass().getName());
            try {
                ((AutoCloseable) it).close();
                ((AutoCloseable) it).close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertEquals(1, resource.closed, it.getClass().getName());
            assertFalse(it.hasNext());
        }
    }

    /** A thread generator's body exceptions reach the consumer, and its producer ends. */
    @Test
    void threadBodyFailurePropagates() {
        for (Threads threads : threadKinds()) {
            IllegalArgumentException failure = new IllegalArgumentException("boom");
            Handoff<Integer> it = Handoff.of(threads, out -> {
                out.accept(1);
                throw failure;
            });
            assertEquals(1, it.next());
            assertSame(failure, assertThrows(IllegalArgumentException.class, it::hasNext));
            assertFalse(it.hasNext());
            it.close();
        }
    }
}
