package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.compileOk;
import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Run;
import dev.yieldj.processor.diag.Harness.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Valid templates that a careless rewrite gets wrong: each must compile with no error, and its
 * generated iterator must yield exactly what the push-mode run of the same template yields, and
 * the values worked out by hand.
 */
class TrickyTemplatesTest {

    private static final String IMPORTS = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import java.util.*;
            import java.util.function.*;

            """;

    private static Run run(String simpleName, String declaration, Source... others) {
        Source[] all = Arrays.copyOf(others, others.length + 1);
        all[others.length] = source("com.acme." + simpleName, IMPORTS + declaration);
        Compilation compilation = compileOk(all);
        return new Run(compilation, "com.acme." + simpleName);
    }

    /** A local's {@code @SuppressWarnings} still covers it once it became a field (lint-clean with -Werror). */
    @Test
    void localSuppressWarningsSurvivesHoisting() {
        Run run = run("Suppress", """
                public class Suppress {
                    @Generator
                    static void m(Object source, Yield<String> out) {
                        @SuppressWarnings("unchecked")
                        List<String> names = (List<String>) source;
                        out.yield(names.get(0));
                        out.yield(names.get(1));
                    }
                }
                """);
        run.assertRuns(List.of("a", "b"), "m", List.of("a", "b"));
    }

    /**
     * A file whose only sinks yield boxed primitives has no {@code current} in its base class: a body
     * that yields {@code Integer} values (null among them), not only primitives, keeps them in a field
     * of its own, boxed; one that yields primitives keeps them unboxed.
     */
    @Test
    void boxedValuesWaitInTheBodyClassWhenTheBaseHasNoSlotForThem() {
        Compilation compilation = compileOk(source("com.acme.Boxes", IMPORTS + """
                public class Boxes {
                    @Generator
                    static void mixed(Integer first, Yield<Integer> out) {
                        out.yield(first);
                        Integer none = null;
                        out.yield(none);
                        out.yield(3);
                    }

                    @Generator
                    static void longs(int n, Yield<Long> out) {
                        for (long i = 0; i < n; i++) {
                            out.yield(i * i);
                        }
                    }
                }
                """));
        Run run = new Run(compilation, "com.acme.Boxes");
        run.assertRuns(Arrays.asList(7, null, 3), "mixed", 7);
        run.assertRuns(List.of(0L, 1L, 4L), "longs", 3);
        String api = Harness.generatedSource(compilation, "com.acme.BoxesGenerators");
        assertTrue(!api.contains(" current;"), "no value slot in the base class:\n" + api);
        String bodies = Harness.generatedSource(compilation, "com.acme.BoxesGeneratorsBodies");
        assertTrue(bodies.contains("private Integer value;") && bodies.contains("private long value;"), bodies);
    }

    /** A template in an interface, calling the interface's static members unqualified. */
    @Test
    void templateInAnInterface() {
        Run shapes = run("Shape", """
                public interface Shape {
                    static int sides() {
                        return 2;
                    }

                    @Generator
                    static void corners(Yield<Integer> out) {
                        for (int i = 0; i < sides(); i++) {
                            out.yield(i);
                        }
                        out.yieldAll(ShapeGenerators.once());
                    }

                    @Generator
                    static void once(Yield<Integer> out) {
                        out.yield(9);
                    }
                }
                """);
        shapes.assertRuns(List.of(0, 1, 9), "corners");
    }

    /**
     * {@code var} locals of generated types in a template body (also across a yield) and in the
     * holder's own helpers: the generated API exists before any body is read.
     */
    @Test
    void varLocalsOfGeneratedTypesInTheHolder() {
        Run run = run("Vars", """
                public class Vars {
                    @Generator
                    static void count(int n, Yield<Integer> out) {
                        for (int i = 0; i < n; i++) {
                            out.yield(i);
                        }
                    }

                    @Generator
                    static void m(Yield<Integer> out) {
                        var inner = VarsGenerators.count(3);
                        out.yield(-1);
                        out.yieldAll(inner);
                        var sum = VarsGenerators.count(4).stream().mapToInt(v -> v).sum();
                        out.yield(sum);
                    }

                    static java.util.List<Integer> helper() {
                        var g = VarsGenerators.m();
                        var seen = new java.util.ArrayList<Integer>();
                        g.forEachRemaining(v -> seen.add(v));
                        VarsGenerators.count(2).forEach(v -> seen.add(v * 10));
                        return seen;
                    }
                }
                """);
        run.assertRuns(List.of(-1, 0, 1, 2, 6), "m");
        assertEquals(List.of(-1, 0, 1, 2, 6, 0, 10), run.callStatic("com.acme.Vars", "helper"));
    }

    /** A generic template in a generic class, its type variable shadowing the class's. */
    @Test
    void methodTypeVariableShadowingTheHolders() {
        Run run = run("Box", """
                public class Box<T> {
                    final T item;

                    Box(T item) {
                        this.item = item;
                    }

                    @Generator
                    <T> void pair(T other, Yield<String> out) {
                        out.yield(String.valueOf(item));
                        T same = other;
                        out.yield(String.valueOf(same));
                    }
                }
                """);
        assertEquals(List.of("item", "other"), run.pullOn(run.newInstance("com.acme.Box", "item"), "pair", "other"));
    }

    /** Two local classes of one name in sibling blocks. */
    @Test
    void siblingLocalClassesOfOneName() {
        Run run = run("Siblings", """
                public class Siblings {
                    @Generator
                    static void m(Yield<String> out) {
                        {
                            class Loc {
                                String s() {
                                    return "one";
                                }
                            }
                            out.yield(new Loc().s());
                        }
                        {
                            class Loc {
                                String s() {
                                    return "two";
                                }
                            }
                            out.yield(new Loc().s());
                        }
                    }
                }
                """);
        run.assertRuns(List.of("one", "two"), "m");
    }

    /** Locals whose types name a local record inside a generic or array type, live across yields, lint-clean. */
    @Test
    void localRecordInsideGenericAndArrayTypesAcrossYields() {
        Source holder = source("com.acme.Nests", IMPORTS + """
                public class Nests {
                    @Generator
                    static void m(int n, Yield<String> out) {
                        record P(int a) {}
                        List<P> ps = new ArrayList<>();
                        var more = new ArrayList<P>();
                        P[] arr = {new P(n)};
                        Supplier<P> sp = () -> new P(n + 1);
                        out.yield("start");
                        ps.add(new P(1));
                        more.add(sp.get());
                        out.yield(ps + " " + more);
                        out.yield(arr[0] + " " + sp.get().a());
                    }
                }
                """);
        Compilation compilation = Harness.compile(List.of("-Xlint:all", "-Xlint:-processing", "-Werror"), holder);
        Harness.assertSuccess(compilation);
        new Run(compilation, "com.acme.Nests").assertRuns(
                List.of("start", "[P[a=1]] [P[a=4]]", "P[a=3] 4"), "m", 3);
    }

    /** Flow-scoped pattern variables (after a negated instanceof that jumps away) used after a yield. */
    @Test
    void flowScopedBindingsLiveAcrossYields() {
        Run run = run("Flow", """
                public class Flow {
                    @Generator
                    static void m(List<Object> xs, Yield<String> out) {
                        for (Object o : xs) {
                            if (!(o instanceof Integer n)) {
                                continue;
                            }
                            out.yield("int");
                            out.yield("n=" + n);
                        }
                        Object last = xs.get(xs.size() - 1);
                        if (!(last instanceof String s)) {
                            return;
                        }
                        out.yield("last");
                        out.yield(s);
                    }

                    @Generator
                    static void loop(Iterator<Object> it, Yield<String> out) {
                        Object x = it.next();
                        while (!(x instanceof String t)) {
                            x = it.next();
                        }
                        out.yield("found");
                        out.yield(t);
                    }
                }
                """);
        run.assertRuns(List.of("int", "n=1", "int", "n=2", "last", "z"), "m", List.of(1, "x", 2, "z"));
        run.assertRuns(List.of("int", "n=1"), "m", List.of(1, 3.0));
        assertEquals(List.of("found", "b"), run.pull("loop", List.of(1, 2, "b").iterator()));
    }

    /** A lambda in the condition that declares a pattern variable captures this iteration's value. */
    @Test
    void aLambdaInTheConditionCapturesThePatternVariable() {
        Run run = run("Captures", """
                public class Captures {
                    static boolean check(Supplier<String> s) {
                        return s.get() != null;
                    }

                    @Generator
                    static void m(List<Object> xs, Yield<String> out) {
                        for (Object o : xs) {
                            if (o instanceof String str && check(() -> str)) {
                                out.yield("s");
                                out.yield(str);
                            }
                        }
                    }
                }
                """);
        run.assertRuns(List.of("s", "p", "s", "q"), "m", List.of("p", 3, "q"));
    }

    /** An inner (non-static) member class created in an instance template: created on the receiver. */
    @Test
    void innerMemberClassCreatedInAnInstanceTemplate() {
        Run run = run("Cells", """
                public class Cells {
                    final int base;

                    Cells(int base) {
                        this.base = base;
                    }

                    class Cell {
                        final int value;

                        Cell(int value) {
                            this.value = value + base;
                        }
                    }

                    @Generator
                    void m(int n, Yield<Integer> out) {
                        for (int i = 0; i < n; i++) {
                            Cell cell = new Cell(i);
                            out.yield(cell.value);
                        }
                    }
                }
                """);
        Object cells = run.newInstance("com.acme.Cells", 100);
        assertEquals(List.of(100, 101), run.pullOn(cells, "m", 2));
        assertEquals(List.of(100, 101), run.pushOn(run.newInstance("com.acme.Cells", 100), "m", 2));
    }

    /** A record component field read on another record instance goes through the accessor (the field is private). */
    @Test
    void recordComponentFieldOfAnotherInstance() {
        Run run = run("Points", """
                public class Points {
                    record P(int x, int y) {}

                    @Generator
                    static void m(int n, Yield<Integer> out) {
                        for (int i = 0; i < n; i++) {
                            P p = new P(i, i * 10);
                            out.yield(p.x);
                            out.yield(p.y + p.x);
                        }
                    }
                }
                """);
        run.assertRuns(List.of(0, 0, 1, 11), "m", 2);
    }

    /** A for-each over a cast or a conditional keeps its parentheses when it becomes an iterator call. */
    @Test
    void forEachOverACastOrAConditional() {
        Run run = run("Casts", """
                public class Casts {
                    @Generator
                    static void m(Object obj, boolean flag, Yield<String> out) {
                        for (Object o : (List<?>) obj) {
                            out.yield("o" + o);
                        }
                        List<String> a = List.of("a");
                        List<String> b = List.of("b", "bb");
                        for (String s : flag ? a : b) {
                            out.yield(s);
                        }
                    }
                }
                """);
        run.assertRuns(List.of("o1", "o2", "b", "bb"), "m", List.of(1, 2), false);
    }

    /** Constants of the holder and statically imported ones as case labels, in a switch the rewrite copies. */
    @Test
    void holderAndStaticallyImportedConstantsAsCaseLabels() {
        Run run = run("Labels", """
                public class Labels {
                    static final int ONE = 1;
                    static final String TWO = "two";

                    @Generator
                    static void m(int n, Yield<String> out) {
                        for (int i = 0; i < n; i++) {
                            switch (i) {
                                case ONE -> out.yield("one");
                                case Integer.MAX_VALUE -> out.yield("max");
                                default -> out.yield("i" + i);
                            }
                            switch (i == 2 ? "two" : "x") {
                                case TWO:
                                    out.yield("TWO");
                                    break;
                                default:
                                    break;
                            }
                        }
                    }
                }
                """);
        run.assertRuns(List.of("i0", "one", "i2", "TWO"), "m", 3);
    }

    @Test
    void localShadowsAFieldOfTheEnclosingType() {
        Run run = run("Shadow", """
                public class Shadow {
                    static int x = 100;
                    int y = 200;

                    @Generator
                    static void statics(Yield<Integer> out) {
                        out.yield(x);
                        int x = 1;
                        out.yield(x);
                        x++;
                        out.yield(x);
                        out.yield(Shadow.x);
                        Shadow.x += 1;
                        out.yield(x + Shadow.x);
                    }

                    @Generator
                    void instance(Yield<Integer> out) {
                        out.yield(y);
                        int y = 5;
                        out.yield(y);
                        out.yield(this.y);
                        this.y = 7;
                        out.yield(y * 1000 + this.y);
                    }
                }
                """);
        // pull first (static x: 100 -> 101), then push (101 -> 102)
        assertEquals(List.of(100, 1, 2, 100, 103), run.pull("statics"));
        assertEquals(List.of(101, 1, 2, 101, 104), run.push("statics"));
        Object a = run.newInstance("com.acme.Shadow");
        Object b = run.newInstance("com.acme.Shadow");
        List<Object> pulled = run.pullOn(a, "instance");
        assertEquals(List.of(200, 5, 200, 5007), pulled);
        assertEquals(pulled, run.pushOn(b, "instance"));
    }

    @Test
    void unqualifiedCallsNamedLikeTheIteratorsMethodsMeanTheTemplateTypesMethods() {
        Run run = run("Names", """
                public class Names {
                    int calls;

                    int next() {
                        return 10 + calls++;
                    }

                    boolean hasNext() {
                        return calls < 3;
                    }

                    String close() {
                        return "closed";
                    }

                    String iterator() {
                        return "it";
                    }

                    @Override
                    public String toString() {
                        return "Names#" + calls;
                    }

                    static String current() {
                        return "cur";
                    }

                    @Generator
                    void m(Yield<String> out) {
                        while (hasNext()) {
                            out.yield("n" + next());
                        }
                        out.yield(close());
                        out.yield(iterator());
                        out.yield(toString());
                        out.yield(this.toString());
                        out.yield(String.valueOf(this));
                        out.yield(current());
                        out.yield(hashCode() == System.identityHashCode(this) ? "own hash" : "overridden hash");
                    }
                }
                """);
        List<String> expected = List.of("n10", "n11", "n12", "closed", "it", "Names#3", "Names#3", "Names#3",
                "cur", "own hash");
        List<Object> pulled = run.pullOn(run.newInstance("com.acme.Names"), "m");
        assertEquals(expected, pulled);
        assertEquals(pulled, run.pushOn(run.newInstance("com.acme.Names"), "m"));
    }

    /**
     * Loops that run many iterations between two yields loop inside their own state (no dispatch per
     * iteration): nested loops, a filter, a labelled break and continue, a catch around the loop body
     * that sees exceptions raised mid-loop, and a local declared in the looping state.
     */
    @Test
    void loopsBetweenYieldsRunInTheirOwnState() {
        Compilation compilation = compileOk(source("com.acme.Loops", IMPORTS + """
                public class Loops {
                    @Generator
                    static void triples(int limit, Yield<String> out) {
                        for (int c = 1; c < limit; c++) {
                            for (int b = 1; b < c; b++) {
                                for (int a = 1; a <= b; a++) {
                                    if (a * a + b * b == c * c) {
                                        out.yield(a + "," + b + "," + c);
                                    }
                                }
                            }
                        }
                    }

                    @Generator
                    static void guarded(int n, Yield<String> out) {
                        int sum = 0;
                        outer:
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < n; j++) {
                                try {
                                    int q = 100 / (j - i);
                                    sum += q;
                                    if (sum > 1000) {
                                        break outer;
                                    }
                                    if (j % 7 == 6) {
                                        out.yield("s" + sum);
                                    }
                                } catch (ArithmeticException e) {
                                    out.yield("div0@" + i);
                                    continue outer;
                                }
                            }
                        }
                        out.yield("end " + sum);
                    }
                }
                """));
        Run run = new Run(compilation, "com.acme.Loops");
        run.assertRuns(List.of("3,4,5", "6,8,10", "5,12,13", "9,12,15", "8,15,17", "12,16,20"), "triples", 21);
        List<Object> guarded = run.pull("guarded", 12);
        assertEquals(guarded, run.push("guarded", 12));
        assertTrue(guarded.contains("div0@3") && guarded.get(guarded.size() - 1).toString().startsWith("end "),
                guarded.toString());
        String bodies = Harness.generatedSource(compilation, "com.acme.LoopsGeneratorsBodies");
        assertTrue(bodies.contains("continue dispatch;"), "a state loops in place:\n" + bodies);
    }

    /**
     * A template that yields all of a fresh generator of itself runs the recursion as frames of one
     * object: the same values and side effects as push mode, each frame's locals its own (a loop
     * over children, a counter), stopping early, an exception from a deep frame, a primitive sink.
     */
    @Test
    void recursionThroughYieldAllRunsAsFrames() {
        Compilation compilation = compileOk(source("com.acme.Tree", IMPORTS + """
                public class Tree {
                    static final List<String> LOG = new ArrayList<>();

                    static List<String> log() {
                        return LOG;
                    }

                    static int[] children(int node, int fanOut, int limit) {
                        int count = node * fanOut + fanOut < limit ? fanOut : 0;
                        int[] result = new int[count];
                        for (int i = 0; i < count; i++) {
                            result[i] = node * fanOut + i + 1;
                        }
                        return result;
                    }

                    @Generator
                    static void preOrder(int node, int limit, Yield<String> out) {
                        int seen = 0;
                        LOG.add("enter " + node);
                        out.yield(node + "");
                        for (int child : children(node, 3, limit)) {
                            seen++;
                            out.yieldAll(TreeGenerators.preOrder(child, limit));
                            out.yield(node + "/" + seen);
                        }
                        if (node == 40) {
                            throw new IllegalStateException("deep " + node);
                        }
                        LOG.add("leave " + node);
                    }

                    @Generator
                    static void depths(int depth, dev.yieldj.IntYield out) {
                        if (depth > 0) {
                            out.yieldAll(TreeGenerators.depths(depth - 1));
                            out.yield(depth);
                            out.yieldAll(TreeGenerators.depths(depth - 1));
                        }
                    }
                }
                """));
        String bodies = Harness.generatedSource(compilation, "com.acme.TreeGeneratorsBodies");
        assertTrue(bodies.contains("pushFrame(") && !bodies.contains("iterate(TreeGenerators"),
                "the recursion runs as frames:\n" + bodies);
        // the descent into the first child loops in the first state's case, with no dispatch per level
        assertTrue(java.util.regex.Pattern.compile("case 0:\\s+while \\(true\\) \\{\\s+if \\(depth > 0\\) \\{"
                + "\\s+int depthArgument = depth - 1;\\s+pushFrame\\(\\d+\\);\\s+depth = depthArgument;\\s+continue;")
                .matcher(bodies).find(), "the descent loops in place:\n" + bodies);
        Run run = new Run(compilation, "com.acme.Tree");
        @SuppressWarnings("unchecked")
        List<String> log = (List<String>) run.callStatic("com.acme.Tree", "log");
        List<Object> pulled = run.pull("preOrder", 0, 30);
        List<String> pulledLog = List.copyOf(log);
        log.clear();
        assertEquals(pulled, run.push("preOrder", 0, 30));
        assertEquals(pulledLog, log, "the side effects interleave as in push mode");
        assertEquals(List.of("0", "1", "4", "13", "4/1"), pulled.subList(0, 5));
        log.clear();
        IllegalStateException deep = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> run.pull("preOrder", 0, 200));
        assertEquals("deep 40", deep.getMessage());
        assertEquals(List.of(1, 2, 1, 3, 1, 2, 1), run.pull("depths", 3));
        assertEquals(run.push("depths", 10), run.pull("depths", 10));
    }

    /**
     * A recursion that is the last thing its frame does is a tail call: the new frame replaces the
     * one that starts it (no frame is saved, so a chain of any length keeps one frame), and the state
     * that would only have ended the old frame is gone. Other recursions still save their frame.
     */
    @Test
    void recursionInTailPositionReplacesItsFrame() {
        Compilation compilation = compileOk(source("com.acme.Tails", IMPORTS + """
                public class Tails {
                    record Node(Node left, int value, Node right) {}

                    static Node tree(int from, int to) {
                        if (from > to) {
                            return null;
                        }
                        int mid = (from + to) >>> 1;
                        return new Node(tree(from, mid - 1), mid, tree(mid + 1, to));
                    }

                    @Generator
                    static void countdown(int n, Yield<Integer> out) {
                        if (n == 0) {
                            return;
                        }
                        out.yield(n);
                        out.yieldAll(TailsGenerators.countdown(n - 1));
                    }

                    @Generator
                    static void inOrder(Node node, Yield<Integer> out) {
                        if (node.left() != null) {
                            out.yieldAll(TailsGenerators.inOrder(node.left()));
                        }
                        out.yield(node.value());
                        if (node.right() != null) {
                            out.yieldAll(TailsGenerators.inOrder(node.right()));
                        }
                    }

                    @Generator
                    static void collatz(long n, Yield<Long> out) {
                        out.yield(n);
                        if (n == 1) {
                            return;
                        }
                        if (n % 2 == 0) {
                            out.yieldAll(TailsGenerators.collatz(n / 2));
                        } else {
                            out.yieldAll(TailsGenerators.collatz(3 * n + 1));
                        }
                    }
                }
                """));
        String bodies = Harness.generatedSource(compilation, "com.acme.TailsGeneratorsBodies");
        String countdown = bodies.substring(bodies.indexOf("class Countdown"), bodies.indexOf("class InOrder"));
        assertTrue(countdown.contains("// a tail call") && !countdown.contains("Frame"),
                "countdown saves no frame and has no stack of frames:\n" + countdown);
        String inOrder = bodies.substring(bodies.indexOf("class InOrder"), bodies.indexOf("class Collatz"));
        assertEquals(1, inOrder.split("// a tail call", -1).length - 1, "the right subtree is a tail call:\n" + inOrder);
        assertEquals(1, inOrder.split("pushFrame\\(\\d", -1).length - 1, "the left subtree saves its frame:\n" + inOrder);
        Run run = new Run(compilation, "com.acme.Tails");
        assertEquals(run.push("countdown", 5), run.pull("countdown", 5));
        assertEquals(List.of(5, 4, 3, 2, 1), run.pull("countdown", 5));
        assertEquals(100_000, run.pull("countdown", 100_000).size());
        Object tree = run.callStatic("com.acme.Tails", "tree", 1, 1000);
        List<Object> walked = run.pull("inOrder", tree);
        assertEquals(run.push("inOrder", tree), walked);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 1000).boxed().toList(), walked);
        assertEquals(run.push("collatz", 27L), run.pull("collatz", 27L));
        assertEquals(112, run.pull("collatz", 27L).size());
    }

    /**
     * A local class whose constructor has no explicit {@code super()}: javac adds one as it
     * attributes the body (without text of its own), which must not make the class unprintable.
     * Found by the randomized differential test.
     */
    @Test
    void localClassesWithConstructorsAndReferenceTypes() {
        Run run = run("LocalCtor", """
                public class LocalCtor {
                    @Generator
                    static void m(int n, Yield<String> out) {
                        class Loc {
                            final String v;

                            Loc(String v) {
                                this.v = v + n;
                            }

                            Loc(int k, int w) {
                                this(String.valueOf(k + w));
                            }
                        }
                        out.yield(new Loc("a").v);
                        List<Loc> all = new ArrayList<>(List.of(new Loc(1, 2)));
                        out.yield("b");
                        out.yield(all.get(0).v);
                    }
                }
                """);
        run.assertRuns(List.of("a5", "b", "35"), "m", 5);
    }

    /**
     * Records beside a template that reading its bodies leaves intact: no explicit canonical
     * constructor in the holder's class, a delegating one, a local record in the body, and a record
     * with a compact constructor in another top-level class of the same file.
     */
    @Test
    void recordsBesideTheHolderCompileAndRun() {
        Run run = run("Recs", """
                public class Recs {
                    record Point(int x, int y) {
                        Point(int x) {
                            this(x, -x);
                        }
                    }

                    @Generator
                    static void m(int n, Yield<String> out) {
                        record Tag(String name) { }
                        for (int i = 0; i < n; i++) {
                            out.yield(new Tag("p").name() + new Point(i) + new Checked(i).v());
                        }
                    }
                }

                class Checked {
                    private final int v;

                    Checked(int v) {
                        this.v = new Range(0, v).hi();
                    }

                    int v() {
                        return v;
                    }

                    record Range(int lo, int hi) {
                        Range {
                            if (lo > hi) {
                                throw new IllegalArgumentException();
                            }
                        }
                    }
                }
                """);
        run.assertRuns(List.of("pPoint[x=0, y=0]0", "pPoint[x=1, y=-1]1"), "m", 2);
    }

    @Test
    void localsAndParametersNamedLikeTheStateMachinesFields() {
        Run run = run("Clash", """
                public class Clash {
                    @Generator
                    static void m(int state, String current, Yield<String> out) {
                        boolean running = true;
                        int ready = 0;
                        int phase = 1;
                        boolean handedOut = false;
                        String value = "v";
                        Object e = "e";
                        while (running) {
                            out.yield(state + current + ready + handedOut + value + e);
                            state++;
                            current = current + "!";
                            ready += 2;
                            handedOut = !handedOut;
                            running = ready < 6;
                        }
                        out.yield("end " + state + phase);
                    }
                }
                """);
        run.assertRuns(List.of("0a0falseve", "1a!2trueve", "2a!!4falseve", "end 31"), "m", 0, "a");
    }

    /**
     * Names the body declares but never gets renamed (a lambda's parameter, a local class's members)
     * may be {@code state}, which the resume method's state parameter then must not be.
     */
    @Test
    void lambdaParameterAndLocalClassFieldNamedState() {
        Run run = run("StateLambda", """
                public class StateLambda {
                    @Generator
                    static void m(List<Integer> xs, Yield<Integer> out) {
                        class Holder {
                            int state = 5;
                        }
                        Holder holder = new Holder();
                        for (int x : xs) {
                            Function<Integer, Integer> times = state -> state * 10 + holder.state;
                            out.yield(times.apply(x));
                            holder.state++;
                        }
                    }
                }
                """);
        run.assertRuns(List.of(15, 26, 37), "m", List.of(1, 2, 3));
    }

    /**
     * Every yield yields the same local, so {@code next()} returns the local itself: it must be the
     * value of the yield however the protocol is driven, though the body changes the local right
     * after each resume.
     */
    @Test
    void aYieldedLocalIsTakenWhereItIs() {
        Compilation compilation = compileOk(source("com.acme.InPlace", IMPORTS + """
                public class InPlace {
                    @Generator
                    static void m(int n, Yield<Integer> out) {
                        int x = 0;
                        while (x < n) {
                            x += 2;
                            out.yield(x);
                            x--;
                            out.yield(x);
                            x = x * 3;
                        }
                    }
                }
                """));
        String generated = Harness.generatedSource(compilation, "com.acme.InPlaceGeneratorsBodies");
        assertTrue(generated.contains("return x;") && !generated.contains(" value"), generated);
        Run run = new Run(compilation, "com.acme.InPlace");
        run.assertRuns(List.of(2, 1, 5, 4), "m", 10);
        Iterator<?> values = (Iterator<?>) run.invoke(run.type("com.acme.InPlaceGenerators"), "m", null,
                new Object[] {10}, 1);
        assertTrue(values.hasNext());
        assertTrue(values.hasNext());
        assertEquals(2, values.next());
        assertEquals(1, values.next());
        assertTrue(values.hasNext());
        assertEquals(5, values.next());
        assertEquals("InPlaceGenerators.m[suspended]", values.toString());
    }

    /**
     * {@code yieldAll} over a started generator of the same file whose next value already waits
     * (its {@code hasNext()} was asked): the trampoline hands on that value first, then goes on.
     */
    @Test
    void delegatingToAGeneratorWhoseValueWaits() {
        Run run = run("Waiting", """
                public class Waiting {
                    @Generator
                    static void inner(Yield<Integer> out) {
                        out.yield(1);
                        out.yield(2);
                        out.yield(3);
                    }

                    @Generator
                    static void outer(Iterator<Integer> inner, Yield<Integer> out) {
                        out.yield(0);
                        out.yieldAll(inner);
                        out.yield(4);
                    }
                }
                """);
        Class<?> generators = run.type("com.acme.WaitingGenerators");
        Iterator<?> inner = (Iterator<?>) run.invoke(generators, "inner", null, new Object[0], 0);
        assertEquals(1, inner.next());
        assertTrue(inner.hasNext());
        Iterator<?> outer = (Iterator<?>) run.invoke(generators, "outer", null, new Object[] {inner}, 1);
        List<Object> values = new ArrayList<>();
        outer.forEachRemaining(values::add);
        assertEquals(List.of(0, 2, 3, 4), values);
        assertFalse(inner.hasNext());
    }

    /** Locals named like the state machine's constants (upper case, as constants are written). */
    @Test
    void localsNamedLikeTheStateMachinesConstants() {
        Run run = run("Consts", """
                public class Consts {
                    @Generator
                    static void m(Yield<Integer> out) {
                        int FINISHED = 7;
                        int UNSTARTED = 8;
                        int RUNNING = 9;
                        int IDLE = 1;
                        int READY = 2;
                        out.yield(FINISHED);
                        out.yield(UNSTARTED + RUNNING + IDLE + READY);
                        FINISHED = -FINISHED;
                        out.yield(FINISHED);
                    }
                }
                """);
        run.assertRuns(List.of(7, 20, -7), "m");
    }

    @Test
    void staticImports() {
        Source util = source("com.acme.util.Util", """
                package com.acme.util;

                public final class Util {
                    public static final int BASE = 40;

                    public static int twice(int x) {
                        return 2 * x;
                    }
                }
                """);
        Source t = source("com.acme.StaticImports", """
                package com.acme;

                import static com.acme.util.Util.BASE;
                import static com.acme.util.Util.twice;
                import static java.lang.Math.max;
                import static java.util.Map.entry;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class StaticImports {
                    @Generator
                    static void m(int n, Yield<Object> out) {
                        for (int i = 0; i < n; i++) {
                            out.yield(max(twice(i), BASE + i));
                        }
                        out.yield(entry("k", BASE).getKey());
                    }
                }
                """);
        Run run = new Run(compileOk(util, t), "com.acme.StaticImports");
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            expected.add(Math.max(2 * i, 40 + i));
        }
        expected.add("k");
        run.assertRuns(expected, "m", 45);
    }

    @Test
    void nestedTypesOfTheEnclosingType() {
        Run run = run("Nest", """
                public class Nest {
                    enum Color { RED, GREEN, BLUE }

                    record Pair(String name, int n) {
                    }

                    static class Counter {
                        int n;

                        int bump() {
                            return ++n;
                        }
                    }

                    interface Shape {
                        int sides();
                    }

                    @Generator
                    static void m(Yield<String> out) {
                        Counter c = new Counter();
                        for (Color color : Color.values()) {
                            Pair p = new Pair(color.name().toLowerCase(), c.bump());
                            switch (color) {
                                case RED:
                                    out.yield("r:" + p);
                                    break;
                                case GREEN:
                                    out.yield("g:" + p.n());
                                    // fall through
                                default:
                                    out.yield("d:" + p.name());
                            }
                        }
                        Shape s = () -> 3;
                        out.yield("sides " + s.sides() + " count " + c.n);
                    }
                }
                """);
        run.assertRuns(List.of("r:Pair[name=red, n=1]", "g:2", "d:green", "d:blue", "sides 3 count 3"), "m");
    }

    @Test
    void genericMethodsInAGenericType() {
        Run run = run("Box", """
                public class Box<E extends Comparable<E>> {
                    final List<E> items;

                    Box(List<E> items) {
                        this.items = items;
                    }

                    @Generator
                    <R> void mapped(Function<? super E, ? extends R> f, Yield<R> out) {
                        for (E item : items) {
                            R r = f.apply(item);
                            out.yield(r);
                        }
                    }

                    @Generator
                    <K extends Comparable<K>> void sortedBy(Function<E, K> key, Yield<E> out) {
                        List<E> copy = new ArrayList<>(items);
                        copy.sort(Comparator.comparing(key));
                        E previous = null;
                        for (E e : copy) {
                            if (previous == null || previous.compareTo(e) != 0) {
                                out.yield(e);
                            }
                            previous = e;
                        }
                    }

                    @Generator
                    static <T extends Comparable<? super T>> void maxima(List<? extends T> xs, Yield<T> out) {
                        T best = null;
                        for (T x : xs) {
                            if (best == null || x.compareTo(best) > 0) {
                                best = x;
                                out.yield(best);
                            }
                        }
                    }
                }
                """);
        Object box = run.newInstance("com.acme.Box", new ArrayList<>(List.of("pear", "fig", "apple", "fig")));
        java.util.function.Function<String, Integer> length = String::length;
        List<Object> pulled = run.pullOn(box, "mapped", length);
        assertEquals(List.of(4, 3, 5, 3), pulled);
        assertEquals(pulled, run.pushOn(box, "mapped", length));
        java.util.function.Function<String, String> reversed = s -> new StringBuilder(s).reverse().toString();
        List<Object> sorted = run.pullOn(box, "sortedBy", reversed);
        assertEquals(List.of("apple", "fig", "pear"), sorted);
        assertEquals(sorted, run.pushOn(box, "sortedBy", reversed));
        run.assertRuns(List.of(3, 5, 9), "maxima", List.of(3, 1, 5, 2, 9, 9));
    }

    @Test
    void lambdaParameterNamedLikeALaterLocalAndPerIterationCaptures() {
        Run run = run("Lambdas", """
                public class Lambdas {
                    @Generator
                    static void m(List<Integer> xs, Yield<Integer> out) {
                        int[] sum = {0};
                        xs.forEach(v -> sum[0] += v);
                        out.yield(sum[0]);
                        int v = 1000;
                        out.yield(v);
                        Function<Integer, Integer> plus = w -> w + 1;
                        int w = plus.apply(v);
                        out.yield(w);
                        List<Supplier<Integer>> suppliers = new ArrayList<>();
                        for (int i = 0; i < 3; i++) {
                            int j = i * 10;
                            out.yield(j);
                            suppliers.add(() -> j + v);
                        }
                        for (Supplier<Integer> s : suppliers) {
                            out.yield(s.get());
                        }
                    }
                }
                """);
        run.assertRuns(List.of(6, 1000, 1001, 0, 10, 20, 1000, 1010, 1020), "m", List.of(1, 2, 3));
    }

    /** An anonymous class's field named like a local live across yields: inside, the field wins. */
    @Test
    void anonymousClassFieldShadowsALiveLocal() {
        Run run = run("AnonField", """
                public class AnonField {
                    @Generator
                    static void m(Yield<Integer> out) {
                        int v = 1000;
                        int[] sum = {0};
                        out.yield(v);
                        Runnable r = new Runnable() {
                            int v = 5;

                            @Override
                            public void run() {
                                sum[0] = v;
                            }
                        };
                        r.run();
                        out.yield(sum[0] + v);
                    }
                }
                """);
        run.assertRuns(List.of(1000, 1005), "m");
    }

    @Test
    void labels() {
        Run run = run("Labels", """
                public class Labels {
                    @Generator
                    static void m(int n, Yield<String> out) {
                        outer:
                        for (int i = 0; i < n; i++) {
                            inner:
                            for (int j = 0; j < n; j++) {
                                if (j > i) {
                                    continue outer;
                                }
                                if (i == 3 && j == 1) {
                                    break outer;
                                }
                                if ((i + j) % 2 == 1) {
                                    continue inner;
                                }
                                out.yield(i + "," + j);
                            }
                        }
                        block:
                        {
                            out.yield("in block");
                            if (n > 0) {
                                break block;
                            }
                            out.yield("never");
                        }
                        int k = 0;
                        loop:
                        while (true) {
                            do {
                                k++;
                                out.yield("k" + k);
                                if (k == 3) {
                                    break loop;
                                }
                            } while (k % 2 != 0);
                        }
                    }
                }
                """);
        run.assertRuns(List.of("0,0", "1,1", "2,0", "2,2", "in block", "k1", "k2", "k3"), "m", 5);
    }

    @Test
    void varLocalsKeepTheirInferredTypes() {
        Run run = run("Vars", """
                public class Vars {
                    static long big() {
                        return 1L << 40;
                    }

                    @Generator
                    static void m(Yield<Object> out) {
                        var list = new ArrayList<String>();
                        list.add("a");
                        var it = list.iterator();
                        out.yield(list.size());
                        var n = big();
                        var sum = 0;
                        out.yield(n + 1);
                        sum += 3;
                        var map = new TreeMap<String, List<Integer>>();
                        map.computeIfAbsent("x", k -> new ArrayList<>()).add(sum);
                        for (var entry : map.entrySet()) {
                            out.yield(entry.getKey() + entry.getValue());
                        }
                        out.yield(it.next());
                        char c = 'a';
                        var d = c + 1;
                        out.yield(d);
                        for (var i = 0; i < 2; i++) {
                            out.yield(i);
                        }
                    }
                }
                """);
        run.assertRuns(List.of(1, (1L << 40) + 1, "x[3]", "a", 98, 0, 1), "m");
    }

    /** {@code var} of an intersection type (the lub of ArrayList and LinkedList) live across a yield. */
    @Test
    void varOfAnIntersectionTypeAcrossYields() {
        Run run = run("Inter", """
                public class Inter {
                    @Generator
                    static void m(boolean flag, Yield<Object> out) {
                        var both = flag ? new ArrayList<Integer>() : new LinkedList<Integer>();
                        both.add(5);
                        out.yield("x");
                        both.add(6);
                        out.yield(both.size() + ":" + both.get(1));
                    }
                }
                """);
        run.assertRuns(List.of("x", "2:6"), "m", true);
        run.assertRuns(List.of("x", "2:6"), "m", false);
    }

    @Test
    void packagePrivateMembers() {
        Run run = run("Pkg", """
                public class Pkg {
                    static int base = 5;
                    int offset = 1;

                    static int scale(int x) {
                        return x * base;
                    }

                    static class Helper {
                        int value() {
                            return 9;
                        }
                    }

                    @Generator
                    void m(int n, Yield<Integer> out) {
                        for (int i = 0; i < n; i++) {
                            out.yield(scale(i) + offset);
                            offset++;
                        }
                        out.yield(new Helper().value());
                        out.yield(Other.SECRET);
                    }
                }

                class Other {
                    static final int SECRET = 77;
                }
                """);
        List<Object> pulled = run.pullOn(run.newInstance("com.acme.Pkg"), "m", 3);
        assertEquals(List.of(1, 7, 13, 9, 77), pulled);
        assertEquals(pulled, run.pushOn(run.newInstance("com.acme.Pkg"), "m", 3));
    }

    @Test
    void anonymousClassesCallingTheirOwnMethodsNamedLikeTheGenerators() {
        Run run = run("Anon", """
                public class Anon {
                    @Generator
                    static void m(int n, Yield<String> out) {
                        Iterator<Integer> it = new Iterator<>() {
                            int i;

                            @Override
                            public boolean hasNext() {
                                return i < n;
                            }

                            @Override
                            public Integer next() {
                                return i++;
                            }

                            @Override
                            public String toString() {
                                return "at " + i + (hasNext() ? " more" : " done");
                            }
                        };
                        while (it.hasNext()) {
                            out.yield("v" + it.next());
                            out.yield(it.toString());
                        }
                        AutoCloseable resource = new AutoCloseable() {
                            boolean closed;

                            @Override
                            public void close() {
                                closed = true;
                            }

                            @Override
                            public String toString() {
                                close();
                                return "closed=" + closed;
                            }
                        };
                        out.yield(resource.toString());
                        class Local {
                            String iterator() {
                                return "local iterator";
                            }

                            String next() {
                                return iterator() + "!";
                            }
                        }
                        Local local = new Local();
                        out.yield(local.next());
                    }
                }
                """);
        run.assertRuns(List.of("v0", "at 1 more", "v1", "at 2 done", "closed=true", "local iterator!"), "m", 2);
    }

    /** The sink is named {@code out}; {@code System.out} is not the sink. */
    @Test
    void systemOutIsNotTheSink() {
        Run run = run("Sys", """
                public class Sys {
                    @Generator
                    static void m(Yield<Boolean> out) {
                        java.io.PrintStream ps = System.out;
                        out.yield(ps == System.out);
                        System.out.flush();
                        out.yield(System.out != null);
                    }
                }
                """);
        run.assertRuns(List.of(true, true), "m");
    }

    /** Templates whose generated class names could collide with each other or with the body's types. */
    @Test
    void generatedClassNamesDoNotCaptureTheBodysTypeNames() {
        Run run = run("Coll", """
                public class Coll {
                    @Generator
                    static void list(int n, Yield<Integer> out) {
                        List<Integer> xs = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            xs.add(i);
                            out.yield(xs.size());
                        }
                        Map<String, Integer> map = new HashMap<>(Map.of("a", 1));
                        out.yield(map.get("a"));
                    }

                    @Generator
                    static void map(Yield<String> out) {
                        Map<String, String> m = new TreeMap<>();
                        m.put("k", "v");
                        out.yield(m.toString());
                        Iterator<String> it = m.keySet().iterator();
                        out.yield(it.next());
                    }

                    @Generator
                    static void iterator(Yield<String> out) {
                        Iterator<String> it = List.of("x", "y").iterator();
                        while (it.hasNext()) {
                            out.yield(it.next());
                        }
                    }
                }
                """);
        run.assertRuns(List.of(1, 2, 3, 1), "list", 3);
        run.assertRuns(List.of("{k=v}", "k"), "map");
        run.assertRuns(List.of("x", "y"), "iterator");
    }

    /** Overloads get {@code M}, {@code M2}: a template named {@code m2} must not collide with the second. */
    @Test
    void overloadNumberingDoesNotCollideWithATemplateNamedLikeIt() {
        Run run = run("Over", """
                public class Over {
                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(1);
                    }

                    @Generator
                    static void m(int a, Yield<Integer> out) {
                        out.yield(a);
                    }

                    @Generator
                    static void m2(Yield<Integer> out) {
                        out.yield(2);
                    }
                }
                """);
        run.assertRuns(List.of(2), "m2");
        assertEquals(List.of(5), run.pull("m", 5));
        assertEquals(List.of(1), run.pull("m"));
    }

    /** Two blocks declaring the same name with different types, both live across yields. */
    @Test
    void sameNameInSiblingBlocksWithDifferentTypes() {
        Run run = run("Sib", """
                public class Sib {
                    @Generator
                    static void m(Yield<String> out) {
                        {
                            int a = 1;
                            out.yield("int " + a);
                            a++;
                            out.yield("int " + a);
                        }
                        {
                            String a = "s";
                            out.yield("str " + a);
                            a += "t";
                            out.yield("str " + a);
                        }
                        for (int i = 0; i < 2; i++) {
                            long a = 10L * i;
                            out.yield("long " + a);
                        }
                        for (String a : List.of("p", "q")) {
                            out.yield("each " + a);
                        }
                    }
                }
                """);
        run.assertRuns(List.of("int 1", "int 2", "str s", "str st", "long 0", "long 10", "each p", "each q"), "m");
    }

    /** {@code yield} the switch-expression keyword beside {@code out.yield} the suspension. */
    @Test
    void yieldsInsideSwitchExpressionBlocks() {
        Run run = run("Sw", """
                public class Sw {
                    @Generator
                    static void m(List<String> keys, Yield<Integer> out) {
                        for (String key : keys) {
                            int r = switch (key) {
                                case "a" -> {
                                    out.yield(-1);
                                    yield 1;
                                }
                                case "b", "c" -> {
                                    int t = key.length() * 10;
                                    out.yield(t);
                                    out.yield(t + 1);
                                    yield t + 2;
                                }
                                default -> key.length();
                            };
                            out.yield(r);
                        }
                    }
                }
                """);
        run.assertRuns(List.of(-1, 1, 10, 11, 12, 3), "m", List.of("a", "c", "xyz"));
    }

    /** A local class and an anonymous class in the body (no yield inside them) are allowed. */
    @Test
    void localAndAnonymousClassesWithoutYieldsAreAllowed() {
        Run run = run("Classes", """
                public class Classes {
                    @Generator
                    static void m(int n, Yield<Integer> out) {
                        class Sq {
                            int of(int x) {
                                return x * x;
                            }
                        }
                        Sq sq = new Sq();
                        Comparator<Integer> desc = new Comparator<>() {
                            @Override
                            public int compare(Integer a, Integer b) {
                                return b - a;
                            }
                        };
                        List<Integer> xs = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            xs.add(sq.of(i));
                        }
                        xs.sort(desc);
                        for (int x : xs) {
                            out.yield(x);
                        }
                    }
                }
                """);
        run.assertRuns(List.of(9, 4, 1), "m", 3);
    }

    /** A generator yielding its own factory's output, declared with the explicit generated type. */
    @Test
    void recursionThroughTheGeneratedFactory() {
        Run run = run("Rec", """
                public class Rec {
                    @Generator
                    static void countdown(int n, Yield<Integer> out) {
                        if (n == 0) {
                            return;
                        }
                        out.yield(n);
                        RecGenerators.Countdown rest = RecGenerators.countdown(n - 1);
                        out.yieldAll(rest);
                    }
                }
                """);
        run.assertRuns(List.of(3, 2, 1), "countdown", 3);
    }

    @Test
    void templateNamedLikeIteratorMethods() {
        Run run = run("Odd", """
                public class Odd {
                    @Generator
                    static void hasNext(Yield<Integer> out) {
                        out.yield(1);
                    }

                    @Generator
                    static void next(int n, Yield<Integer> out) {
                        out.yield(n);
                    }

                    @Generator
                    static void close(Yield<Integer> out) {
                        out.yield(3);
                    }
                }
                """);
        run.assertRuns(List.of(1), "hasNext");
        run.assertRuns(List.of(2), "next", 2);
        run.assertRuns(List.of(3), "close");
    }

    /**
     * Members of the template's type named like the generated classes' own members (fields, methods and
     * constants of the state machine and its base class): unqualified uses in the body mean the
     * template type's.
     */
    @Test
    void membersNamedLikeTheStateMachinesInternals() {
        Run run = run("Internals", """
                public class Internals {
                    static int state = 1;
                    static int current = 2;
                    static int running = 3;
                    static int inner = 4;
                    static int delegate = 5;
                    static int sent = 6;
                    static int raised = 7;
                    static int ready = 8;
                    static int closing = 9;
                    static int handedOut = 10;
                    static int FINISHED = 11;
                    static int YIELDED = 12;
                    static int ENDED = 13;
                    static int DELEGATED = 14;
                    static int returned = 15;
                    static int result = 16;
                    static int phase = 17;
                    static int IDLE = 18;
                    static int READY = 19;
                    static int RUNNING = 20;

                    static int take() {
                        return 100;
                    }

                    static int run(Object a, Object b) {
                        return 101;
                    }

                    static String label() {
                        return "label";
                    }

                    static int advance() {
                        return 102;
                    }

                    static int closeEntry() {
                        return 103;
                    }

                    static int iterate(Object o) {
                        return 104;
                    }

                    static int unchecked(Throwable t) {
                        return 105;
                    }

                    static int raiseThrownIn() {
                        return 106;
                    }

                    static int flattens() {
                        return 107;
                    }

                    static int resume() {
                        return 108;
                    }

                    static int wrap(Throwable t) {
                        return 109;
                    }

                    static int status() {
                        return 110;
                    }

                    static int failed(Throwable t) {
                        return 111;
                    }

                    @Generator
                    static void m(Yield<Object> out) {
                        out.yield(state + current + running + inner);
                        out.yield(delegate + sent + raised + ready);
                        out.yield(closing + handedOut + FINISHED + YIELDED);
                        out.yield(ENDED + DELEGATED + returned + result);
                        out.yield(take() + run(null, null) + advance() + closeEntry());
                        out.yield(label());
                        out.yield(iterate(null) + unchecked(null) + raiseThrownIn() + flattens());
                        out.yield(resume() + wrap(null));
                        out.yield(status() + failed(null));
                        out.yield(phase + IDLE + READY + RUNNING);
                    }
                }
                """);
        run.assertRuns(List.of(10, 26, 42, 58, 406, "label", 422, 217, 221, 74), "m");
    }

    /** Locals and parameters named like the base class's members, live across yields. */
    @Test
    void localsNamedLikeTheBaseClassesMembers() {
        Run run = run("Locals", """
                public class Locals {
                    @Generator
                    static void m(int inner, Yield<Integer> out) {
                        int delegate = 1;
                        int sent = 2;
                        int raised = 3;
                        int closing = 4;
                        int YIELDED = 5;
                        int ENDED = 6;
                        out.yield(inner + delegate);
                        sent += raised;
                        out.yield(sent * closing);
                        inner++;
                        out.yield(inner + YIELDED + ENDED);
                    }
                }
                """);
        run.assertRuns(List.of(11, 20, 22), "m", 10);
    }

    /**
     * Nested types of the template's type named like the generated file's own types: the base class
     * ({@code Machine}) and another template's state-machine class ({@code Pair} for template
     * {@code pair}).
     */
    @Test
    void nestedTypesNamedLikeTheGeneratedTypes() {
        Run run = run("Types", """
                public class Types {
                    static final class Machine {
                        final String name;

                        Machine(String name) {
                            this.name = name;
                        }
                    }

                    record Pair(int a, int b) {
                    }

                    @Generator
                    static void machines(Yield<String> out) {
                        Machine m = new Machine("m1");
                        out.yield(m.name);
                        Machine other = new Machine("m2");
                        out.yield(m.name + other.name);
                    }

                    @Generator
                    static void pair(int n, Yield<Integer> out) {
                        Pair p = new Pair(n, n + 1);
                        out.yield(p.a());
                        out.yield(p.b());
                    }
                }
                """);
        run.assertRuns(List.of("m1", "m1m2"), "machines");
        run.assertRuns(List.of(4, 5), "pair", 4);
    }

    /** Bodies that yield nothing: an empty body, a lone return, an unconditional throw before any yield. */
    @Test
    void bodiesThatYieldNothing() {
        Run run = run("Nothing", """
                public class Nothing {
                    @Generator
                    static void empty(Yield<Integer> out) {
                    }

                    @Generator
                    static void onlyReturn(Yield<Integer> out) {
                        return;
                    }

                    @Generator
                    static int onlyReturnValue(int n, Yield<Integer> out) {
                        return n;
                    }
                }
                """);
        run.assertRuns(List.of(), "empty");
        run.assertRuns(List.of(), "onlyReturn");
        run.assertRuns(List.of(), "onlyReturnValue", 3);
    }

    /** A {@code @SafeVarargs} generic varargs template: generated code warning-free under -Xlint:all -Werror. */
    @Test
    void safeVarargsTemplateIsLintClean() {
        Compilation compilation = Harness.compile(List.of("-Xlint:all", "-Xlint:-processing", "-Werror"),
                source("com.acme.Va", IMPORTS + """
                public class Va {
                    @Generator
                    @SafeVarargs
                    static <T> void each(Yield<T> out, T... xs) {
                        for (T x : xs) {
                            out.yield(x);
                        }
                    }
                }
                """));
        Harness.assertSuccess(compilation);
        Run run = new Run(compilation, "com.acme.Va");
        assertEquals(List.of("a", "b"), run.pull("each", (Object) new Object[] {"a", "b"}));
    }

    /** A private template (SPEC.md does not forbid it): the generated class copies its body, never calls it. */
    @Test
    void privateTemplate() {
        Run run = run("Priv", """
                public class Priv {
                    @Generator
                    private static void m(int n, Yield<Integer> out) {
                        for (int i = n; i > 0; i--) {
                            out.yield(i);
                        }
                    }
                }
                """);
        run.assertRuns(List.of(3, 2, 1), "m", 3);
    }

    /**
     * The generated source is laid out after JavaPoet (one-line javadoc, fields without blank lines
     * between them, cases without braces): a text block's lines are the string's and stay as written,
     * and a pattern variable that one state's code introduces does not clash with the next state's.
     */
    @Test
    void layoutLeavesTextBlocksAndScopesAlone() {
        Run run = run("Layout", """
                public class Layout {
                    @Generator
                    static void m(Object o, Yield<String> out) {
                        out.yield(\"""
                                /**
                                 * Not a javadoc.
                                 */
                                int a;

                                int b;
                                \""");
                        {
                            if (!(o instanceof String s)) throw new IllegalArgumentException();
                            System.getProperty(s);
                            out.yield("x");
                        }
                        {
                            if (!(o instanceof String s)) throw new IllegalArgumentException();
                            System.getProperty(s + s);
                            out.yield("y");
                        }
                        out.yield("z");
                    }
                }
                """);
        run.assertRuns(List.of("/**\n * Not a javadoc.\n */\nint a;\n\nint b;\n", "x", "y", "z"), "m", "o");
    }
}
