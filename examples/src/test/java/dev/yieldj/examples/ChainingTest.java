package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChainingTest {

    @Test
    void squaresOfIntegersLikePython() {
        // python (chaining.py): first ten: [1, 4, 9, 16, 25, 36, 49, 64, 81, 100]
        assertEquals(List.of(1, 4, 9, 16, 25, 36, 49, 64, 81, 100),
                ChainingGenerators.squares().stream().limit(10).toList());
        assertEquals("first ten: " + ChainingGenerators.squares().stream().limit(10).toList(),
                PythonTwin.expected("chaining").get(1));
    }

    @Test
    void integersIsEndlessAndStartsAtOne() {
        var gen = ChainingGenerators.integers();
        for (int i = 1; i <= 100_000; i++) {
            assertEquals(i, gen.next());
        }
    }

    @Test
    void squaresStoppedEarlyOnACondition() {
        int found = 0;
        for (int s : ChainingGenerators.squares()) {
            if (s > 1000) {
                found = s;
                break;
            }
        }
        assertEquals(1024, found);
    }

    @Test
    void chainedGeneratorAgreesWithStreams() {
        assertEquals(IntStream.rangeClosed(1, 1000).map(i -> i * i).boxed().toList(),
                ChainingGenerators.squares().stream().limit(1000).toList());
    }

    @Test
    void pushModeSquaresGivesTheSameSequence() {
        List<Integer> pushed = new ArrayList<>();
        assertThrows(Stop.class, () -> Chaining.squares(v -> {
            if (pushed.size() == 200) {
                throw new Stop();
            }
            pushed.add(v);
        }));
        assertEquals(ChainingGenerators.squares().stream().limit(200).toList(), pushed);
    }

    @Test
    void pushModeIntegersGivesTheSameSequence() {
        List<Integer> pushed = new ArrayList<>();
        assertThrows(Stop.class, () -> Chaining.integers(v -> {
            if (pushed.size() == 200) {
                throw new Stop();
            }
            pushed.add(v);
        }));
        assertEquals(ChainingGenerators.integers().stream().limit(200).toList(), pushed);
    }
}
