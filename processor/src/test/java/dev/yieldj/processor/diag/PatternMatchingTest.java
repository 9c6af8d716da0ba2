package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Run;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pattern matching in template bodies under {@code --release 21}: record patterns, pattern
 * switches, guards, {@code case null}. Each template runs both ways, and the generated iterator
 * must give the trace of the template itself (push mode), exceptions and side effects included.
 */
class PatternMatchingTest {

    private static final String SHAPES = """
            package com.acme;

            import dev.yieldj.Coroutine;
            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import java.util.*;

            public class Shapes {
                sealed interface Shape permits Circle, Square, Pair {}

                record Circle(double r) implements Shape {}

                record Square(double side) implements Shape {}

                record Pair(Shape left, Shape right) implements Shape {}

                record Box<T>(T content) {}

                enum Color { RED, GREEN }

                static final List<String> LOG = new ArrayList<>();

                static Object shape(int i) {
                    return switch (i) {
                        case 0 -> new Square(2.5);
                        case 1 -> new Circle(Double.NaN);
                        case 2 -> new Pair(new Square(1), new Circle(3));
                        case 3 -> new Box<>("text");
                        case 4 -> new Pair(new Square(1), new Pair(new Square(2), new Circle(3)));
                        case 5 -> Color.GREEN;
                        case 6 -> 42;
                        case 7 -> "seven";
                        default -> null;
                    };
                }

            """;

    @BeforeEach
    void needsRelease21() {
        Prerequisites.skipUnless(Runtime.version().feature() >= 21, "--release 21 needs JDK 21+");
    }

    private static Run run(String members) {
        Compilation compilation = Harness.compile(List.of("--release", "21"),
                source("com.acme.Shapes", SHAPES + members + "}\n"));
        Harness.assertSuccess(compilation);
        return new Run(compilation, "com.acme.Shapes");
    }

    /** Pull mode and push mode agree on values and on the exception, if any, and equal {@code expected}. */
    private static void assertTraces(Run run, List<String> expected, String method, Object... args) {
        List<String> pulled = new ArrayList<>();
        try {
            Iterator<?> iterator = (Iterator<?>) run.callStatic("com.acme.ShapesGenerators", method, args);
            iterator.forEachRemaining(value -> pulled.add(String.valueOf(value)));
        } catch (RuntimeException e) {
            pulled.add("!" + e.getClass().getSimpleName());
        }
        List<String> pushed = new ArrayList<>();
        try {
            run.push(method, args).forEach(value -> pushed.add(String.valueOf(value)));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof RuntimeException inner ? inner : e;
            pushed.add("!" + cause.getClass().getSimpleName());
        }
        assertEquals(pushed, pulled, "pull mode differs from push mode for " + method + List.of(args));
        assertEquals(expected, pulled, "wrong values from " + method + List.of(args));
    }

    @Test
    void recordPatternsInInstanceofBindAcrossYields() {
        Run run = run("""
                    @Generator
                    static void components(int i, Yield<String> out) {
                        Object o = shape(i);
                        if (o instanceof Square(double side)) {
                            out.yield("square");
                            out.yield("side=" + side);
                        }
                        if (o instanceof Circle(var r)) {
                            out.yield("circle");
                            out.yield("r=" + r);
                        }
                        if (o instanceof Pair(Square(double a), Circle(double b)) && a < b) {
                            out.yield("pair");
                            out.yield("a=" + a + " b=" + b);
                        }
                        if (!(o instanceof Box<?>(String text))) {
                            out.yield("not a box of text");
                            return;
                        }
                        out.yield("box");
                        out.yield(text.toUpperCase());
                    }
                """);
        assertTraces(run, List.of("square", "side=2.5", "not a box of text"), "components", 0);
        assertTraces(run, List.of("circle", "r=NaN", "not a box of text"), "components", 1);
        assertTraces(run, List.of("pair", "a=1.0 b=3.0", "not a box of text"), "components", 2);
        assertTraces(run, List.of("box", "TEXT"), "components", 3);
    }

    @Test
    void nestedRecordPatternsInLoopConditions() {
        Run run = run("""
                    @Generator
                    static void walk(int i, Yield<String> out) {
                        Object o = shape(i);
                        while (o instanceof Pair(Square(var side), Shape rest)) {
                            out.yield("side " + side);
                            o = rest;
                            out.yield("then " + rest + " after " + side);
                        }
                        do {
                            out.yield("last " + o);
                        } while (o instanceof Pair(var l, var r) && (o = r) != null);
                    }
                """);
        assertTraces(run, List.of("side 1.0", "then Pair[left=Square[side=2.0], right=Circle[r=3.0]] after 1.0",
                "side 2.0", "then Circle[r=3.0] after 2.0", "last Circle[r=3.0]"), "walk", 4);
        assertTraces(run, List.of("last seven"), "walk", 7);
    }

    @Test
    void recordPatternOnAValueSentIntoACoroutine() {
        Run run = run("""
                    @Generator
                    static void ask(Coroutine<String, Object> co) {
                        if (co.yield("give") instanceof Pair(Square(double a), var right)) {
                            co.yield("a=" + a);
                            co.yield("right=" + right + " a=" + a);
                        }
                    }
                """);
        Object pair = run.callStatic("com.acme.Shapes", "shape", 2);
        run.assertCoroutineRuns(List.of("give", "a=1.0", "right=Circle[r=3.0] a=1.0"),
                v -> v.equals("give") ? pair : null, "ask");
    }
}
