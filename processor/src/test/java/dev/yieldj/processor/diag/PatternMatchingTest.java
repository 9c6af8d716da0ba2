package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Run;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pattern matching in template bodies under {@code --release 21}: record patterns, pattern
 * switches, guards, {@code case null}. Each template runs both ways, and the generated iterator
 * must give the trace of the template itself (push mode), exceptions and side effects included;
 * everything compiles lint-clean with {@code -Werror}.
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

                sealed interface Fuse permits Boom, Dud {}

                record Boom(int x) implements Fuse {
                    public int x() {
                        throw new IllegalStateException("accessor");
                    }
                }

                record Dud() implements Fuse {}

                static boolean log(String entry) {
                    LOG.add(entry);
                    return true;
                }

                public static final List<String> LOG = new ArrayList<>();

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

    private static void needsRelease21() {
        Prerequisites.skipUnless(Runtime.version().feature() >= 21, "--release 21 needs JDK 21+");
    }

    private static Run run(String members) {
        needsRelease21();
        return run(List.of("--release", "21"), SHAPES + members + "}\n");
    }

    private static Run run(List<String> release, String source) {
        List<String> options = new ArrayList<>(release);
        options.addAll(List.of("-Xlint:all", "-Werror"));
        Compilation compilation = Harness.compile(options, source("com.acme.Shapes", source));
        Harness.assertSuccess(compilation);
        return new Run(compilation, "com.acme.Shapes");
    }

    private static void assertTraces(Run run, List<String> expected, String method, Object... args) {
        Traces.assertTraces(run, "com.acme.Shapes", expected, method, args);
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
    @Test
    void patternSwitchStatementMatchesInSourceOrder() {
        Run run = run("""
                    @Generator
                    static void describe(int i, Yield<String> out) {
                        Object o = shape(i);
                        switch (o) {
                            case null -> out.yield("null");
                            case Square(double side) when side > 2 -> {
                                out.yield("big square");
                                out.yield("side=" + side);
                            }
                            case Square(double side) -> out.yield("square " + side);
                            case Pair(Square(var a), Pair(var b, Circle(double r))) -> {
                                out.yield("deep " + a);
                                out.yield("r=" + r + " b=" + b);
                            }
                            case Pair p -> {
                                out.yield("pair");
                                out.yield("left " + p.left());
                            }
                            case Color c when c == Color.GREEN && log("guard " + c) -> {
                                out.yield("green");
                                out.yield(c.name());
                            }
                            case Integer n -> {
                                out.yield("int");
                                out.yield("n+1=" + (n + 1));
                            }
                            default -> out.yield("other " + o);
                        }
                        out.yield("after");
                    }
                """);
        assertTraces(run, List.of("big square", "side=2.5", "after"), "describe", 0);
        assertTraces(run, List.of("other Circle[r=NaN]", "after"), "describe", 1);
        assertTraces(run, List.of("pair", "left Square[side=1.0]", "after"), "describe", 2);
        assertTraces(run, List.of("deep 1.0", "r=3.0 b=Square[side=2.0]", "after"), "describe", 4);
        assertTraces(run, List.of("green", "GREEN", "after"), "describe", 5);
        assertTraces(run, List.of("int", "n+1=43", "after"), "describe", 6);
        assertTraces(run, List.of("other seven", "after"), "describe", 7);
        assertTraces(run, List.of("null", "after"), "describe", 8);
    }

    @Test
    void statementGroupsFallThroughAsWritten() {
        Run run = run("""
                    @Generator
                    @SuppressWarnings("fallthrough")
                    static void groups(int i, Yield<String> out) {
                        Object o = shape(i);
                        switch (o) {
                            case String s:
                                out.yield("string " + s);
                                break;
                            case Integer n when n > 40:
                                out.yield("big int " + n);
                                out.yield("n=" + n);
                            case null, default:
                                out.yield("fell " + o);
                        }
                        out.yield("end");
                    }
                """);
        assertTraces(run, List.of("string seven", "end"), "groups", 7);
        assertTraces(run, List.of("big int 42", "n=42", "fell 42", "end"), "groups", 6);
        assertTraces(run, List.of("fell null", "end"), "groups", 8);
        assertTraces(run, List.of("fell GREEN", "end"), "groups", 5);
    }

    @Test
    void constantsMixWithPatternsAndCaseNull() {
        Run run = run("""
                    @Generator
                    static void colors(int i, Yield<String> out) {
                        Color c = i == 0 ? Color.RED : i == 1 ? Color.GREEN : null;
                        switch (c) {
                            case RED -> {
                                out.yield("red");
                                out.yield("r");
                            }
                            case GREEN -> out.yield("green");
                            case null -> out.yield("none");
                        }
                    }

                    @Generator
                    static void words(String s, Yield<String> out) {
                        switch (s) {
                            case "a" -> out.yield("letter a");
                            case String t when t.length() > 3 -> {
                                out.yield("long");
                                out.yield(t);
                            }
                            case String t -> out.yield("short " + t);
                        }
                    }
                """);
        assertTraces(run, List.of("red", "r"), "colors", 0);
        assertTraces(run, List.of("green"), "colors", 1);
        assertTraces(run, List.of("none"), "colors", 2);
        assertTraces(run, List.of("letter a"), "words", "a");
        assertTraces(run, List.of("long", "words"), "words", "words");
        assertTraces(run, List.of("short ab"), "words", "ab");
        assertTraces(run, List.of("!NullPointerException"), "words", (Object) null);
    }

    @Test
    void nullWithoutCaseNullAndUnmatchedRecordsThrowAsJavacDoes() {
        Run run = run("""
                    @Generator
                    static void noNullCase(int i, Yield<String> out) {
                        Object o = shape(i);
                        out.yield("before");
                        switch (o) {
                            case Square s -> {
                                out.yield("square");
                                out.yield("" + s.side());
                            }
                            default -> out.yield("other");
                        }
                    }

                    @Generator
                    static void fuse(boolean boom, Yield<String> out) {
                        Fuse f = boom ? new Boom(1) : new Dud();
                        out.yield("lit");
                        switch (f) {
                            case Boom(int x) -> {
                                out.yield("boom " + x);
                                out.yield("x");
                            }
                            case Dud() -> out.yield("dud");
                        }
                    }
                """);
        assertTraces(run, List.of("before", "square", "2.5"), "noNullCase", 0);
        assertTraces(run, List.of("before", "!NullPointerException"), "noNullCase", 8);
        assertTraces(run, List.of("lit", "dud"), "fuse", false);
        assertTraces(run, List.of("lit", "!MatchException"), "fuse", true);
    }

    @Test
    void patternSwitchExpressionsWithYieldsAndCopiedOnes() {
        Run run = run("""
                    @Generator
                    static void expression(int i, Yield<String> out) {
                        Object o = shape(i);
                        String side = "outer";
                        String copied = switch (o) {
                            case Square(double s) when s > 1 -> "sq " + s;
                            case Pair(var l, var r) -> "pair " + l;
                            case null, default -> "?";
                        };
                        out.yield(copied + " " + side);
                        String s = switch (o) {
                            case Square(double x) -> {
                                out.yield("in square");
                                yield "side " + x + " " + side;
                            }
                            case Circle c when c.r() != c.r() -> {
                                out.yield("nan circle");
                                yield "nan";
                            }
                            case null -> "null!";
                            default -> {
                                out.yield("default");
                                yield "other";
                            }
                        };
                        out.yield(s);
                    }
                """);
        assertTraces(run, List.of("sq 2.5 outer", "in square", "side 2.5 outer"), "expression", 0);
        assertTraces(run, List.of("? outer", "nan circle", "nan"), "expression", 1);
        assertTraces(run, List.of("pair Square[side=1.0] outer", "default", "other"), "expression", 2);
        assertTraces(run, List.of("? outer", "null!"), "expression", 8);
    }

    @Test
    void closedWhileSuspendedInACaseRunsOnlyTheFinallyBlock() throws Exception {
        Run run = run("""
                    @Generator
                    static void closing(int i, Yield<String> out) {
                        Object o = shape(i);
                        try {
                            switch (o) {
                                case Pair(var l, var r) when log("guard " + l) -> {
                                    out.yield("l=" + l);
                                    LOG.add("between");
                                    out.yield("r=" + r);
                                }
                                default -> out.yield("x");
                            }
                        } finally {
                            LOG.add("finally");
                        }
                    }
                """);
        @SuppressWarnings("unchecked")
        List<String> log = (List<String>) run.type("com.acme.Shapes").getDeclaredField("LOG").get(null);
        assertTraces(run, List.of("l=Square[side=1.0]", "r=Circle[r=3.0]"), "closing", 2);
        log.clear();
        Iterator<?> iterator = (Iterator<?>) run.callStatic("com.acme.ShapesGenerators", "closing", 2);
        assertEquals("l=Square[side=1.0]", iterator.next());
        ((AutoCloseable) iterator).close();
        assertEquals(List.of("guard Square[side=1.0]", "finally"), log);
    }

    @Test
    void patternVariablesReuseNamesOfEarlierLocalsAndSentSelectors() {
        Run run = run("""
                    @Generator
                    static void reuse(int i, Yield<String> out) {
                        {
                            String s = "block";
                            LOG.add(s);
                            double side = 0;
                            LOG.add("" + side);
                        }
                        switch (shape(i)) {
                            case String s -> {
                                out.yield("string " + s);
                                out.yield(s);
                            }
                            case Square(double side) -> {
                                out.yield("side " + side);
                                out.yield("again " + side);
                            }
                            default -> out.yield("other");
                        }
                    }

                    @Generator
                    static void sent(Coroutine<String, Object> co) {
                        switch (co.yield("give")) {
                            case Square(var side) when side > 1 -> {
                                co.yield("side=" + side);
                                co.yield("twice " + (2 * side));
                            }
                            case null, default -> co.yield("nothing");
                        }
                    }
                """);
        assertTraces(run, List.of("string seven", "seven"), "reuse", 7);
        assertTraces(run, List.of("side 2.5", "again 2.5"), "reuse", 0);
        Object square = run.callStatic("com.acme.Shapes", "shape", 0);
        run.assertCoroutineRuns(List.of("give", "side=2.5", "twice 5.0"),
                v -> v.equals("give") ? square : null, "sent");
        run.assertCoroutineRuns(List.of("give", "nothing"), v -> null, "sent");
    }

    /** Java 17 too: a switch expression without default lets javac throw what its release throws if nothing matches. */
    @Test
    void enumSwitchExpressionWithoutDefaultWhoseCasesSuspend() {
        Run run = run(List.of(), """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Shapes {
                    enum Color { RED, GREEN }

                    @Generator
                    static void named(boolean red, Yield<String> out) {
                        Color c = red ? Color.RED : Color.GREEN;
                        String name = switch (c) {
                            case RED -> {
                                out.yield("red!");
                                yield "red";
                            }
                            case GREEN -> "green";
                        };
                        out.yield(name);
                    }
                }
                """);
        assertTraces(run, List.of("red!", "red"), "named", true);
        assertTraces(run, List.of("green"), "named", false);
    }

    @Test
    void aYieldInAGuardIsAnErrorAtTheGuard() {
        needsRelease21();
        Harness.Source t = source("com.acme.Shapes", SHAPES + """
                    @Generator
                    static void m(Coroutine<String, Boolean> co) {
                        switch (shape(0)) {
                            case Square s when co.yield▶("ask") -> co.yield("yes");
                            default -> co.yield("no");
                        }
                    }
                }
                """);
        Compilation compilation = Harness.compile(List.of("--release", "21"), t);
        Harness.assertErrors(compilation, Harness.error(t.marks().get(0), "yield inside a 'when' guard"));
    }
}
