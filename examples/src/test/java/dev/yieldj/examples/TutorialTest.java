package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TutorialTest {

    @Test
    void countUpToYieldsOneToNLikePython() {
        // python: list(count_up_to(5)) == [1, 2, 3, 4, 5]; see tutorial.txt
        List<Integer> values = new ArrayList<>();
        for (int number : TutorialGenerators.countUpTo(5)) {
            values.add(number);
        }
        assertEquals(List.of(1, 2, 3, 4, 5), values);
        assertEquals(List.of(), TutorialGenerators.countUpTo(0).stream().toList());
    }

    @Test
    void nextThenNoSuchElementExceptionPastTheEnd() {
        var gen = TutorialGenerators.countUpTo(3);
        assertEquals(1, gen.next());
        assertEquals(2, gen.next());
        assertTrue(gen.hasNext());
        assertEquals(3, gen.next());
        assertFalse(gen.hasNext());
        // Python: next(gen) raises StopIteration, and keeps raising it.
        assertThrows(NoSuchElementException.class, gen::next);
        assertThrows(NoSuchElementException.class, gen::next);
        assertFalse(gen.hasNext());
    }

    @Test
    void eachNextRunsTheBodyExactlyUpToTheNextYieldLikePython() {
        List<String> log = new ArrayList<>();
        var gen = TracedGenerators.countUpTo(2, log);
        log.add("created");
        log.add("next -> " + gen.next());
        log.add("next -> " + gen.next());
        try {
            gen.next();
        } catch (NoSuchElementException e) {
            log.add("StopIteration");
        }
        try {
            gen.next();
        } catch (NoSuchElementException e) {
            log.add("StopIteration again");
        }
        assertEquals(PythonTwin.expected("laziness"), log);
    }

    @Test
    void hasNextRunsTheBodyOnceUpToTheYieldAndNextDoesNotRunItAgain() {
        List<String> log = new ArrayList<>();
        var gen = TracedGenerators.countUpTo(3, log);
        assertEquals(List.of(), log);
        assertTrue(gen.hasNext());
        assertTrue(gen.hasNext());
        assertEquals(List.of("start", "yield 1"), log);
        assertEquals(1, gen.next());
        assertEquals(List.of("start", "yield 1"), log);
    }

    @Test
    void squaresTemplateAndItsStreamTwinsAgreeWithPython() {
        // python: list(x*x for x in range(5)) == [0, 1, 4, 9, 16]
        List<Integer> python = List.of(0, 1, 4, 9, 16);
        assertEquals(python, TutorialGenerators.squares(5).stream().toList());
        assertEquals(python, Tutorial.squaresStream(5).boxed().toList());
        assertEquals(python, Tutorial.squaresBoxedStream(5).toList());
        for (int n : new int[] {0, 1, 7, 100}) {
            assertEquals(Tutorial.squaresStream(n).boxed().toList(), TutorialGenerators.squares(n).stream().toList());
        }
    }

    @Test
    void generatorIsReiterableUnlikeAStream() {
        var squares = TutorialGenerators.squares(4);
        Iterator<Integer> first = squares.iterator();
        assertSame(squares, first);
        List<Integer> a = new ArrayList<>();
        squares.forEach(a::add);
        List<Integer> b = new ArrayList<>();
        squares.forEach(b::add);
        assertEquals(List.of(0, 1, 4, 9), a);
        assertEquals(a, b);
    }

    @Test
    void infiniteSequenceWithNext() {
        var gen = TutorialGenerators.infiniteSequence();
        assertEquals(0, gen.next());
        assertEquals(1, gen.next());
        gen.close();
        assertFalse(gen.hasNext());
        assertThrows(NoSuchElementException.class, gen::next);
    }

    @Test
    void infiniteSequenceStoppedEarly() {
        assertEquals(IntStream.range(0, 1000).boxed().toList(),
                TutorialGenerators.infiniteSequence().stream().limit(1000).toList());
        int last = -1;
        for (int num : TutorialGenerators.infiniteSequence()) {
            if (num == 100_000) {
                last = num;
                break;
            }
        }
        assertEquals(100_000, last);
    }

    @Test
    void counterWithSendLikePython() {
        var c = TutorialGenerators.counter();
        List<Integer> got = new ArrayList<>();
        got.add(c.next());
        got.add(c.next());
        got.add(c.send(10));
        got.add(c.next());
        got.add(c.send(-5));
        got.add(c.next());
        got.add(c.next());
        List<String> python = PythonTwin.expected("tutorial");
        List<String> expected = python.subList(python.indexOf("== counter() with send() ==") + 1, python.size());
        assertEquals(expected, got.stream().map(String::valueOf).toList());
        assertEquals(List.of(0, 1, 10, 11, -5, -4, -3), got);
    }

    @Test
    void sendingNonNullToAnUnstartedCounterIsIllegal() {
        // Python: TypeError: can't send non-None value to a just-started generator
        var c = TutorialGenerators.counter();
        assertThrows(IllegalStateException.class, () -> c.send(3));
    }

    @Test
    void sendNullIsNext() {
        var c = TutorialGenerators.counter();
        assertEquals(0, c.send(null));
        assertEquals(1, c.send(null));
        assertEquals(2, c.next());
    }

    // Push mode: the template is plain Java; called with a lambda it runs the same body eagerly.

    @Test
    void pushModeCountUpToGivesTheSameSequence() {
        List<Integer> pushed = new ArrayList<>();
        Tutorial.countUpTo(5, pushed::add);
        assertEquals(TutorialGenerators.countUpTo(5).stream().toList(), pushed);
    }

    @Test
    void pushModeSquaresGivesTheSameSequence() {
        List<Integer> pushed = new ArrayList<>();
        Tutorial.squares(5, pushed::add);
        assertEquals(TutorialGenerators.squares(5).stream().toList(), pushed);
    }

    @Test
    void pushModeInfiniteSequenceStoppedBySink() {
        List<Integer> pushed = new ArrayList<>();
        assertThrows(Stop.class, () -> Tutorial.infiniteSequence(v -> {
            if (pushed.size() == 50) {
                throw new Stop();
            }
            pushed.add(v);
        }));
        assertEquals(TutorialGenerators.infiniteSequence().stream().limit(50).toList(), pushed);
    }

    @Test
    void pushModeCounterGetsTheSentValuesFromTheLambda() {
        List<Integer> sends = Arrays.asList(null, 10, null, -5, null, null);
        Iterator<Integer> toSend = sends.iterator();
        List<Integer> pushed = new ArrayList<>();
        assertThrows(Stop.class, () -> Tutorial.counter(v -> {
            pushed.add(v);
            if (!toSend.hasNext()) {
                throw new Stop();
            }
            return toSend.next();
        }));

        var c = TutorialGenerators.counter();
        List<Integer> pulled = new ArrayList<>();
        pulled.add(c.next());
        for (Integer s : sends) {
            pulled.add(c.send(s));
        }
        assertEquals(pulled, pushed);
        assertEquals(List.of(0, 1, 10, 11, -5, -4, -3), pushed);
    }

    @Test
    void closeRunsThePendingFinallyOnceLikePython() {
        List<String> log = new ArrayList<>();
        var gen = TracedGenerators.lines(log);
        log.add("next -> " + gen.next());
        gen.close();
        log.add("closed");
        gen.close();
        log.add("closed again");
        try {
            gen.next();
        } catch (NoSuchElementException e) {
            log.add("StopIteration");
        }
        var unstarted = TracedGenerators.lines(log);
        unstarted.close();
        log.add("unstarted closed");
        assertEquals(PythonTwin.expected("closing"), log);
    }

    @Test
    void toStringNamesTheState() {
        var gen = TutorialGenerators.countUpTo(1);
        assertTrue(gen.toString().contains("unstarted"), gen.toString());
        gen.next();
        assertTrue(gen.toString().contains("suspended"), gen.toString());
        assertFalse(gen.hasNext());
        assertTrue(gen.toString().contains("finished"), gen.toString());
    }

    @Test
    void mainRunsFromTheClassThatDeclaresTheTemplates() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Tutorial.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        assertEquals("1 2 3 4 5 \n0 1 4 9 16\nto be or not to be\n",
                captured.toString(java.nio.charset.StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
