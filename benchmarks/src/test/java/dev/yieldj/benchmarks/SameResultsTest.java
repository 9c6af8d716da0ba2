package dev.yieldj.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like only if each generator and its hand-written baseline yield
 * the same values and have the same side effects. This checks that (it does not run JMH).
 */
class SameResultsTest {

    private static List<Integer> drain(Iterator<Integer> it) {
        List<Integer> values = new ArrayList<>();
        it.forEachRemaining(values::add);
        return values;
    }

    private static List<Integer> drainInt(PrimitiveIterator.OfInt it) {
        List<Integer> values = new ArrayList<>();
        while (it.hasNext()) {
            values.add(it.nextInt());
        }
        return values;
    }

    @Test
    void countUpTo() {
        for (int n : new int[] {0, 1, 10, 1000}) {
            List<Integer> expected = drain(new HandWritten.CountUpTo(n));
            assertEquals(n, expected.size());
            assertEquals(expected, drain(CountingGenerators.countUpTo(n)));
            assertEquals(expected, drainInt(new HandWritten.CountUpToInt(n)));
            assertEquals(expected, drainInt(CountingGenerators.countUpToInt(n)));
        }
    }

    @Test
    void pipeline() {
        List<Integer> expected = drain(new HandWritten.Squares(new HandWritten.Evens(new HandWritten.CountUpTo(10))));
        assertEquals(List.of(4, 16, 36, 64, 100), expected);
        assertEquals(expected, drain(
                PipelineGenerators.squares(PipelineGenerators.evens(PipelineGenerators.numbers(10)))));
        assertEquals(
                CountBench.sum(new HandWritten.Squares(new HandWritten.Evens(new HandWritten.CountUpTo(1000)))),
                CountBench.sum(PipelineGenerators.squares(
                        PipelineGenerators.evens(PipelineGenerators.numbers(1000)))));
    }

    @Test
    void inOrder() {
        for (int size : new int[] {1, 2, 3, 1000, 100_000}) {
            Node root = Node.balanced(size);
            List<Integer> expected = drain(new HandWritten.InOrder(root));
            assertEquals(size, expected.size());
            for (int i = 0; i < size; i++) {
                assertEquals(i + 1, expected.get(i));
            }
            assertEquals(expected, drain(NodeGenerators.inOrder(root)));
        }
    }

    @Test
    void guardedCountDrained() {
        Resources.Resource byHand = new Resources.Resource();
        Resources.Resource generated = new Resources.Resource();
        List<Integer> expected;
        try (HandWritten.GuardedCount it = new HandWritten.GuardedCount(byHand, 5)) {
            expected = drain(it);
            assertEquals(1, byHand.closed, "closed when exhausted");
        }
        try (ResourcesGenerators.GuardedCount it = ResourcesGenerators.guardedCount(generated, 5)) {
            assertEquals(expected, drain(it));
            assertEquals(1, generated.closed, "closed when exhausted");
        }
        assertEquals(List.of(1, 2, 3, 4, 5), expected);
        assertEquals(1, byHand.opened);
        assertEquals(1, generated.opened);
        assertEquals(1, byHand.closed);
        assertEquals(1, generated.closed);
    }

    @Test
    void guardedCountClosedEarly() {
        Resources.Resource byHand = new Resources.Resource();
        Resources.Resource generated = new Resources.Resource();
        try (HandWritten.GuardedCount it = new HandWritten.GuardedCount(byHand, 1000)) {
            assertEquals(6, it.next() + it.next() + it.next());
            assertEquals(0, byHand.closed);
        }
        try (ResourcesGenerators.GuardedCount it = ResourcesGenerators.guardedCount(generated, 1000)) {
            assertEquals(6, it.next() + it.next() + it.next());
            assertEquals(0, generated.closed);
        }
        assertEquals(1, byHand.opened);
        assertEquals(1, generated.opened);
        assertEquals(1, byHand.closed);
        assertEquals(1, generated.closed);
    }
}
