package dev.yieldj.examples.coroutines;

import static dev.yieldj.examples.coroutines.Transcript.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompactAverager} against its Python twin {@code src/test/python/coroutines/averager_compact.py}. */
class CompactAveragerTest {

    @Test
    void averagerCompact() {
        Transcript t = Transcript.load("averager_compact");
        List<Double> sends = Arrays.asList(null, 10.0, 20.0, 5.0, 7.5, 100.0, -42.25);
        t.check("averager_compact", strings(Transcript.pull(CompactAveragerGenerators.averagerCompact()::send, sends)));
        assertEquals(t.section("averager_compact"),
                strings(Transcript.<Double, Double>push(sends, co -> CompactAverager.averagerCompact(co))), "push");
        t.assertAllChecked();
    }
}
