package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Run;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unnamed variables and patterns {@code _} (Java 22) in template bodies, across yields: each one
 * still evaluates what it is given, binds nothing, and the iterator gives the template's trace.
 */
class UnnamedVariablesTest {

    private static final String SOURCE = """
            package com.acme;

            import dev.yieldj.Coroutine;
            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import java.util.*;
            import java.util.function.*;

            public class Unnamed {
                sealed interface Shape permits Circle, Square, Pair {}

                record Circle(double r) implements Shape {}

                record Square(double side) implements Shape {}

                record Pair(Shape left, Shape right) implements Shape {}

                static final class Resource implements AutoCloseable {
                    @Override
                    public void close() {
                        LOG.add("closed");
                    }
                }

                public static final List<String> LOG = new ArrayList<>();

                static Shape shape(int i) {
                    return switch (i) {
                        case 0 -> new Square(2);
                        case 1 -> new Pair(new Square(1), new Circle(3));
                        default -> new Pair(new Circle(5), new Pair(new Square(6), new Circle(7)));
                    };
                }

                static String note(String entry) {
                    LOG.add(entry);
                    return entry;
                }

                @Generator
                static void patterns(int i, Yield<String> out) {
                    Shape s = shape(i);
                    if (s instanceof Circle _ || s instanceof Square _) {
                        out.yield("plain");
                    }
                    if (s instanceof Pair(Square(var side), _)) {
                        out.yield("side " + side);
                        out.yield("again " + side);
                    }
                    switch (s) {
                        case Square _, Circle _ -> {
                            out.yield("simple");
                            out.yield("shape");
                        }
                        case Pair(_, Pair(Square _, var right)) -> {
                            out.yield("right " + right);
                            out.yield("right again " + right);
                        }
                        case Pair(Shape _, Shape _) -> out.yield("pair");
                    }
                }

                @Generator
                static void sent(Coroutine<String, Object> co) {
                    if (co.yield("give") instanceof String _) {
                        co.yield("a string");
                    }
                }

                @Generator
                static void variables(Yield<String> out) {
                    String _ = note("evaluated");
                    out.yield("after local");
                    int count = 0;
                    for (var _ : List.of(1, 2, 3)) {
                        count++;
                        out.yield("tick " + count);
                    }
                    try {
                        out.yield("parse " + Integer.parseInt("x"));
                    } catch (NumberFormatException _) {
                        out.yield("caught");
                        out.yield("still");
                    }
                    try (var _ = new Resource()) {
                        out.yield("in resource");
                        out.yield("still in resource");
                    }
                    Function<String, String> f = _ -> "lambda";
                    out.yield(f.apply("z"));
                }
            }
            """;

    private static Run compiled() {
        Prerequisites.skipUnless(Runtime.version().feature() >= 22, "unnamed variables need --release 22, which"
                + " javac " + Runtime.version().feature() + " does not have; these cases run on JDK 22+");
        Compilation compilation = Harness.compile(List.of("--release", "22", "-Xlint:all", "-Werror"),
                source("com.acme.Unnamed", SOURCE));
        Harness.assertSuccess(compilation);
        return new Run(compilation, "com.acme.Unnamed");
    }

    @Test
    void unnamedPatternsMatchAndBindNothing() {
        Run run = compiled();
        Traces.assertTraces(run, "com.acme.Unnamed", List.of("plain", "simple", "shape"), "patterns", 0);
        Traces.assertTraces(run, "com.acme.Unnamed", List.of("side 1.0", "again 1.0", "pair"), "patterns", 1);
        Traces.assertTraces(run, "com.acme.Unnamed",
                List.of("right Circle[r=7.0]", "right again Circle[r=7.0]"), "patterns", 2);
    }

    @Test
    void anUnnamedTypePatternOnAValueSentIn() {
        Run run = compiled();
        run.assertCoroutineRuns(List.of("give", "a string"), v -> v.equals("give") ? "text" : null, "sent");
        run.assertCoroutineRuns(List.of("give"), v -> 1, "sent");
    }

    @Test
    void unnamedVariablesStillEvaluateTheirValues() throws Exception {
        Run run = compiled();
        @SuppressWarnings("unchecked")
        List<String> log = (List<String>) run.type("com.acme.Unnamed").getDeclaredField("LOG").get(null);
        Traces.assertTraces(run, "com.acme.Unnamed", List.of("after local", "tick 1", "tick 2", "tick 3", "caught",
                "still", "in resource", "still in resource", "lambda"), "variables");
        log.clear();
        Iterator<?> iterator = (Iterator<?>) run.callStatic("com.acme.UnnamedGenerators", "variables");
        assertEquals("after local", iterator.next());
        assertEquals(List.of("evaluated"), log);
        for (int i = 0; i < 5; i++) { // tick 1..3, caught, still
            iterator.next();
        }
        assertEquals("in resource", iterator.next());
        ((AutoCloseable) iterator).close();
        assertEquals(List.of("evaluated", "closed"), log);
        log.clear();
    }
}
