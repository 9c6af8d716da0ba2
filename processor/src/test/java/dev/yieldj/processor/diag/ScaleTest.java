package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.compile;
import static dev.yieldj.processor.diag.Harness.describeAll;
import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Templates far larger than anyone writes by hand: they must compile (never "code too large" from
 * generated code) and run correctly, with the values checked against what the template yields in
 * push mode and against values worked out here.
 */
class ScaleTest {

    private static final String HEADER = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            """;

    private static Run compileAndLoad(String simpleName, String code) {
        Compilation compilation = compile(source("com.acme." + simpleName, HEADER + code));
        String diagnostics = describeAll(compilation);
        assertFalse(diagnostics.contains("code too large"), "generated code too large:\n" + diagnostics);
        Harness.assertSuccess(compilation);
        return new Run(compilation, "com.acme." + simpleName);
    }

    @Test
    void twoThousandYields() {
        StringBuilder body = new StringBuilder();
        body.append("public class Many {\n    @Generator\n    static void m(int seed, Yield<Long> out) {\n");
        body.append("        long acc = seed;\n");
        for (int i = 0; i < 2000; i++) {
            body.append("        out.yield(acc);\n");
            body.append("        acc = acc * 31 + ").append(i).append(";\n");
        }
        body.append("    }\n}\n");
        Run run = compileAndLoad("Many", body.toString());
        List<Object> expected = new ArrayList<>();
        long acc = 7;
        for (int i = 0; i < 2000; i++) {
            expected.add(acc);
            acc = acc * 31 + i;
        }
        run.assertRuns(expected, "m", 7);
    }

    /**
     * A body split into chunks of resume methods, where exceptions cross from a late chunk to a
     * handler in an early one and back: each chunk hands a state it does not own to the resume
     * method, and catches what its states throw.
     */
    @Test
    void chunksCatchAndFinallyAcrossTheirBoundaries() {
        StringBuilder body = new StringBuilder();
        body.append("public class Chunked {\n    static int finallyRuns;\n\n");
        body.append("    @Generator\n    static void m(int failAt, Yield<Integer> out) {\n");
        body.append("        for (int round = 0; round < 3; round++) {\n");
        body.append("            try {\n");
        for (int i = 0; i < 300; i++) {
            body.append("                out.yield(round * 1000 + ").append(i).append(");\n");
            body.append("                if (round * 1000 + ").append(i)
                    .append(" == failAt) throw new IllegalStateException(\"at \" + failAt);\n");
        }
        body.append("            } catch (IllegalStateException e) {\n");
        body.append("                out.yield(-round - 1);\n");
        body.append("            } finally {\n");
        body.append("                finallyRuns++;\n");
        body.append("                out.yield(-100 - round);\n");
        body.append("            }\n        }\n    }\n}\n");
        Compilation compilation = compile(source("com.acme.Chunked", HEADER + body));
        Harness.assertSuccess(compilation);
        String generated = Harness.generatedSource(compilation, "com.acme.ChunkedGeneratorsBodies");
        assertTrue(generated.contains("advance1(state)"), "the body is not split into chunks");
        Run run = new Run(compilation, "com.acme.Chunked");
        for (int failAt : new int[] {-5, 7, 290, 1150, 2299}) {
            List<Object> expected = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 300; i++) {
                    expected.add(round * 1000 + i);
                    if (round * 1000 + i == failAt) {
                        expected.add(-round - 1);
                        break;
                    }
                }
                expected.add(-100 - round);
            }
            run.assertRuns(expected, "m", failAt);
        }
    }

    /** 30 levels: for loops, ifs, try/finally (with yields in some finally blocks), while loops, in turn. */
    @Test
    void nestedThirtyLevelsDeep() {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        int loops = 0;
        int finallyYields = 0; // how many times a finally block yields, over the whole run
        int tryRuns = 0; // how many times a try block runs (each finally does depth++)
        for (int level = 0; level < 30; level++) {
            String indent = "        " + "    ".repeat(level);
            switch (level % 5) {
                case 0 -> {
                    open.append(indent).append("for (int i").append(level).append(" = 0; i").append(level)
                            .append(" < 2; i").append(level).append("++) {\n");
                    loops++;
                }
                case 1 -> open.append(indent).append("if (depth >= 0) {\n");
                case 2 -> {
                    open.append(indent).append("try {\n");
                    tryRuns += 1 << loops;
                    if (level % 10 == 2) {
                        finallyYields += 1 << loops;
                    }
                }
                case 3 -> open.append(indent).append("{\n");
                default -> {
                    open.append(indent).append("int w").append(level).append(" = 0;\n");
                    open.append(indent).append("while (w").append(level).append("++ < 1) {\n");
                }
            }
            String closing = switch (level % 5) {
                case 2 -> {
                    String text = "}\n" + indent + "finally {\n" + indent + "    depth++;\n"
                            + (level % 10 == 2 ? indent + "    out.yield(-" + level + ");\n" : "")
                            + indent + "}\n";
                    yield text;
                }
                default -> "}\n";
            };
            close.insert(0, indent + closing);
        }
        String innermost = "        " + "    ".repeat(30) + "out.yield(count++);\n";
        String code = "public class Deep {\n    @Generator\n    static void m(Yield<Integer> out) {\n"
                + "        int count = 0;\n        int depth = 0;\n"
                + open + innermost + close
                + "        out.yield(depth);\n    }\n}\n";
        Run run = compileAndLoad("Deep", code);
        List<Object> pulled = run.pull("m");
        List<Object> pushed = run.push("m");
        assertEquals(pushed, pulled, "pull differs from push");
        // 6 for loops of 2 iterations: 64 innermost runs; finally yields at levels 2, 12, 22: 2 + 8 + 32 times
        assertEquals(6, loops);
        assertEquals(42, finallyYields);
        assertEquals(126, tryRuns);
        int innermostRuns = 1 << loops;
        List<Object> counts = pulled.stream().filter(v -> (Integer) v >= 0).toList();
        assertEquals(innermostRuns + 1, counts.size(), "each innermost run yields once, then the depth");
        for (int k = 0; k < innermostRuns; k++) {
            assertEquals(k, counts.get(k), "count value " + k);
        }
        assertEquals(tryRuns, counts.get(innermostRuns), "every finally ran once per try");
        assertEquals(finallyYields, pulled.size() - counts.size(), "yields from finally blocks");
        // the first values: the innermost for (level 25) runs twice, then the finally of level 22 yields
        assertEquals(List.of(0, 1, -22), pulled.subList(0, 3));
    }

    @Test
    void twoHundredLocalsLiveAcrossYields() {
        StringBuilder code = new StringBuilder("public class Wide {\n    @Generator\n"
                + "    static void m(int base, Yield<Object> out) {\n");
        for (int i = 0; i < 200; i++) {
            switch (i % 4) {
                case 0 -> code.append("        int v").append(i).append(" = base + ").append(i).append(";\n");
                case 1 -> code.append("        long v").append(i).append(" = base * ").append(i).append("L;\n");
                case 2 -> code.append("        String v").append(i).append(" = \"s\" + ").append(i).append(";\n");
                default -> code.append("        double v").append(i).append(" = ").append(i).append(" / 2.0;\n");
            }
        }
        code.append("        out.yield(\"start\");\n");
        for (int i = 0; i < 200; i++) {
            code.append("        out.yield(v").append(i).append(");\n");
            switch (i % 4) {
                case 0 -> code.append("        v").append(i).append("++;\n");
                case 1 -> code.append("        v").append(i).append(" -= 1;\n");
                case 2 -> code.append("        v").append(i).append(" += \"!\";\n");
                default -> code.append("        v").append(i).append(" *= 2;\n");
            }
        }
        code.append("        out.yield(\"end\");\n");
        for (int i = 0; i < 200; i++) {
            code.append("        out.yield(v").append(i).append(");\n");
        }
        code.append("    }\n}\n");
        Run run = compileAndLoad("Wide", code.toString());
        int base = 3;
        List<Object> expected = new ArrayList<>();
        expected.add("start");
        List<Object> after = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            switch (i % 4) {
                case 0 -> {
                    expected.add(base + i);
                    after.add(base + i + 1);
                }
                case 1 -> {
                    expected.add((long) base * i);
                    after.add((long) base * i - 1);
                }
                case 2 -> {
                    expected.add("s" + i);
                    after.add("s" + i + "!");
                }
                default -> {
                    expected.add(i / 2.0);
                    after.add(i / 2.0 * 2);
                }
            }
        }
        expected.add("end");
        expected.addAll(after);
        run.assertRuns(expected, "m", base);
    }

    @Test
    void threeHundredTemplatesInOneFile() {
        StringBuilder code = new StringBuilder("public class Lots {\n");
        for (int t = 0; t < 300; t++) {
            code.append("    /** Template ").append(t).append(". */\n");
            code.append("    @Generator\n    static void t").append(t).append("(int n, Yield<Integer> out) {\n");
            code.append("        for (int i = 0; i < n; i++) {\n");
            code.append("            if (i % 2 == 0) {\n");
            code.append("                out.yield(i * ").append(t).append(");\n");
            code.append("            } else {\n");
            code.append("                out.yield(-").append(t).append(");\n");
            code.append("            }\n");
            code.append("        }\n");
            code.append("    }\n");
        }
        code.append("}\n");
        Run run = compileAndLoad("Lots", code.toString());
        for (int t = 0; t < 300; t++) {
            List<Object> expected = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                expected.add(i % 2 == 0 ? i * t : -t);
            }
            run.assertRuns(expected, "t" + t, 4);
        }
    }
}
