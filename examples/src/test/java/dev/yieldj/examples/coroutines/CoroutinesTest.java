package dev.yieldj.examples.coroutines;

import static dev.yieldj.examples.coroutines.Transcript.py;
import static dev.yieldj.examples.coroutines.Transcript.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yieldj.examples.coroutines.Coroutines.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coroutines of {@link Coroutines} and {@link Pipeline} against what their Python twins
 * ({@code src/test/python/coroutines/counter.py}, {@code averager.py}, {@code pipeline.py}) printed.
 */
class CoroutinesTest {

    @Test
    void counter() {
        Transcript t = Transcript.load("counter");

        List<String> lines = new ArrayList<>();
        var c = CoroutinesGenerators.counter();
        lines.add(py(c.next()));
        lines.add(py(c.next()));
        lines.add(py(c.next()));
        lines.add(py(c.send(10)));
        lines.add(py(c.next()));
        lines.add(py(c.send(-3)));
        lines.add(py(c.next()));
        lines.add(py(c.send(null)));
        c.close();
        lines.add("after close: " + (c.hasNext() ? py(c.next()) : "finished"));
        t.check("pull", lines);

        // The same sends, through send() alone and through the template run directly.
        List<Integer> sends = Arrays.asList(null, null, null, 10, null, -3, null, null);
        List<String> expected = t.section("pull").subList(0, sends.size());
        assertEquals(expected, strings(Transcript.pull(CoroutinesGenerators.counter()::send, sends)), "send only");
        assertEquals(expected, strings(Transcript.<Integer, Integer>push(sends, co -> Coroutines.counter(co))), "push mode");

        List<String> early = new ArrayList<>();
        var d = CoroutinesGenerators.counter();
        try {
            d.send(5);
            early.add("accepted");
        } catch (IllegalStateException e) {
            early.add("refused");
        }
        early.add(py(d.next()));
        t.check("send before start", early);
        t.assertAllChecked();
    }

    @Test
    void averager() {
        Transcript t = Transcript.load("averager");
        List<Double> sends = Arrays.asList(null, 10.0, 20.0, 5.0, 7.5, 100.0, -42.25);

        t.check("averager", strings(Transcript.pull(CoroutinesGenerators.averager()::send, sends)));
        assertEquals(t.section("averager"), strings(Transcript.<Double, Double>push(sends, co -> Coroutines.averager(co))), "push");
        t.assertAllChecked();
    }

    @Test
    void resettableAverager() {
        Transcript t = Transcript.load("resettable_averager");

        List<String> lines = new ArrayList<>();
        var avg = CoroutinesGenerators.resettableAverager();
        lines.add(py(avg.next()));
        lines.add(py(avg.send(10.0)));
        lines.add(py(avg.send(20.0)));
        lines.add(py(avg.throwInto(new Coroutines.Reset())));
        lines.add(py(avg.send(4.0)));
        lines.add(py(avg.send(5.0)));
        try {
            avg.throwInto(new IllegalArgumentException("bad value"));
            lines.add("not escaped");
        } catch (IllegalArgumentException e) {
            lines.add("escaped: " + e.getMessage());
        }
        lines.add("after: " + (avg.hasNext() ? py(avg.next()) : "finished"));
        t.check("pull", lines);

        // Push mode: the sink answers each yield with the next value, or throws what is thrown in.
        List<Object> answers = List.of(10.0, 20.0, new Coroutines.Reset(), 4.0, 5.0,
                new IllegalArgumentException("bad value"));
        List<String> pushed = new ArrayList<>();
        try {
            Coroutines.resettableAverager(value -> {
                int step = pushed.size();
                pushed.add(py(value));
                if (answers.get(step) instanceof RuntimeException e) {
                    throw e;
                }
                return (Double) answers.get(step);
            });
            pushed.add("not escaped");
        } catch (IllegalArgumentException e) {
            pushed.add("escaped: " + e.getMessage());
        }
        pushed.add("after: finished");
        assertEquals(t.section("pull"), pushed, "push mode");
        t.assertAllChecked();
    }

    private static final List<String> LINES = List.of(
            "python generators are lazy",
            "ply is a python lex/yacc",
            "swig wraps C for python",
            "java has no yield",
            "ply and python and swig");

    @Test
    void pipeline() {
        Transcript t = Transcript.load("pipeline");

        List<String> printed = new ArrayList<>();
        Target<String> p = Pipeline.printer("> ", printed::add);
        p.send("a");
        p.send("b");
        p.close();
        t.check("printer", printed);

        // Push mode: the printer template run directly; the sink's exception plays GeneratorExit.
        List<String> pushed = new ArrayList<>();
        Transcript.<Void, String>push(Arrays.asList(null, "a", "b"), co -> Coroutines.printer("> ", pushed::add, co));
        assertEquals(t.section("printer"), pushed, "push mode");

        printed.clear();
        Pipeline.produce(LINES, Pipeline.grep("python", Pipeline.printer("python: ", printed::add)));
        t.check("grep", printed);

        printed.clear();
        Pipeline.produce(LINES, Pipeline.broadcast(List.of(
                Pipeline.grep("python", Pipeline.printer("python: ", printed::add)),
                Pipeline.grep("ply", Pipeline.printer("ply: ", printed::add)),
                Pipeline.grep("swig", Pipeline.printer("swig: ", printed::add)))));
        t.check("broadcast", printed);
        t.assertAllChecked();
    }
}
