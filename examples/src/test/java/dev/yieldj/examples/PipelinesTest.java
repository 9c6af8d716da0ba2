package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelinesTest {

    private static List<Integer> drain(PrimitiveIterator.OfInt it) {
        List<Integer> values = new ArrayList<>();
        it.forEachRemaining((int x) -> values.add(x));
        return values;
    }

    @Test
    void listsAndGeneratorsGiveTheSameValues() {
        for (int n : new int[] {0, 1, 5, 6, 7, 1000}) {
            List<Integer> lists = Pipelines.greaterThanList(Pipelines.doubledList(n), 10);
            List<Integer> generators =
                    drain(PipelinesGenerators.greaterThan(PipelinesGenerators.doubled(n), 10));
            assertEquals(lists, generators, "n=" + n);
            assertEquals(lists, Pipelines.greaterThanStream(n, 10).boxed().toList(), "n=" + n);
        }
    }

    @Test
    void theMillionElementPipelineLikePython() {
        // python (pipelines.py): 999994 values, sum 999998999970, [12, 14, 16, 18, 20] ... 1999998
        var gen =
                PipelinesGenerators.greaterThan(PipelinesGenerators.doubled(1_000_000), 10);
        long count = 0;
        long sum = 0;
        int last = 0;
        while (gen.hasNext()) {
            last = gen.nextInt();
            count++;
            sum += last;
        }
        assertEquals(999_994, count);
        assertEquals(999_998_999_970L, sum);
        assertEquals(1_999_998, last);
        assertEquals(sum, Pipelines.greaterThanStream(1_000_000, 10).asLongStream().sum());
    }

    @Test
    void theFilterPullsOnlyWhatItNeeds() {
        AtomicInteger pulled = new AtomicInteger();
        var gen = PipelinesGenerators.greaterThan(
                PipelinesGenerators.counted(PipelinesGenerators.doubled(1_000_000), pulled), 10);
        assertEquals(0, pulled.get());
        assertEquals(12, gen.nextInt());
        assertEquals(7, pulled.get()); // 0, 2, ..., 12: as in pipelines.py
        assertEquals(14, gen.nextInt());
        assertEquals(16, gen.nextInt());
        assertEquals(9, pulled.get());
    }

    @Test
    void theGeneratorPipelineAllocatesNoIntermediateList() {
        Runnable lists = () -> assertEquals(999_994,
                Pipelines.greaterThanList(Pipelines.doubledList(1_000_000), 10).size());
        Runnable generators = () -> {
            var gen =
                    PipelinesGenerators.greaterThan(PipelinesGenerators.doubled(1_000_000), 10);
            long sum = 0;
            while (gen.hasNext()) {
                sum += gen.nextInt();
            }
            assertEquals(999_998_999_970L, sum);
        };
        long listBytes = Pipelines.allocatedBytes(lists);
        Prerequisites.require(listBytes >= 0, "a JVM that counts allocated bytes (ThreadMXBean.getThreadAllocatedBytes)");
        generators.run(); // warm up
        long generatorBytes = Pipelines.allocatedBytes(generators);
        // Two lists of ~a million references plus the boxed values: well over 8 MB.
        assertTrue(listBytes > 8 << 20, "lists allocated " + listBytes);
        // The generators hold one int at a time: a few objects, whatever the size of the input.
        assertTrue(generatorBytes < 256 << 10, "generators allocated " + generatorBytes);
    }

    @Test
    void pushModeGivesTheSameSequences() {
        List<Integer> pushed = new ArrayList<>();
        Pipelines.doubled(20, pushed::add);
        assertEquals(drain(PipelinesGenerators.doubled(20)), pushed);

        List<Integer> filtered = new ArrayList<>();
        Pipelines.greaterThan(PipelinesGenerators.doubled(20), 10, filtered::add);
        assertEquals(drain(PipelinesGenerators.greaterThan(PipelinesGenerators.doubled(20), 10)), filtered);
        assertEquals(Pipelines.greaterThanList(Pipelines.doubledList(20), 10), filtered);
    }
}
