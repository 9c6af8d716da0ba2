package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.assertErrors;
import static dev.yieldj.processor.diag.Harness.assertNothingGeneratedFor;
import static dev.yieldj.processor.diag.Harness.error;
import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.sun.source.tree.Tree;
import dev.yieldj.processor.check.SupportedTrees;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closed set of tree kinds: every kind of the running JDK is either handled or rejected with a clear error
 * (a new JDK cannot slip a construct in that would be miscompiled), and the Java 21 constructs the rewrite does not
 * handle yet are errors at the construct instead of silently wrong output.
 */
class SupportedTreesTest {

    @Test
    void everyTreeKindOfThisJdkIsHandledOrRejected() {
        List<String> unclassified = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (Tree.Kind kind : Tree.Kind.values()) {
            boolean supported = SupportedTrees.SUPPORTED.contains(kind.name());
            boolean rejected = SupportedTrees.REJECTED.containsKey(kind.name());
            if (!supported && !rejected) {
                unclassified.add(kind.name());
            }
            if (supported && rejected) {
                both.add(kind.name());
            }
        }
        assertEquals(List.of(), unclassified, "tree kinds of JDK " + Runtime.version().feature()
                + " that yieldj neither handles nor rejects");
        assertEquals(List.of(), both, "tree kinds both handled and rejected");
    }

    private static final String HEADER = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class T {
                sealed interface Shape permits Circle, Square {}

                record Circle(double r) implements Shape {}

                record Square(double side) implements Shape {}

            """;

    /** One error at each mark, holding {@code words}; no state machine for the template. */
    private static void rejectedUnderRelease21(String members, String... words) {
        // A JDK feature, not a missing tool: on JDK 17 these cases are skipped (CI runs them on JDK 25).
        Prerequisites.skipUnless(Runtime.version().feature() >= 21, "pattern switches and record patterns need"
                + " --release 21, which javac " + Runtime.version().feature() + " does not have; these cases run on"
                + " JDK 21+");
        Harness.Source t = source("com.acme.T", HEADER + members + "}\n");
        Compilation compilation = Harness.compile(List.of("--release", "21"), t);
        assertErrors(compilation, t.marks().stream().map(mark -> error(mark, words)).toArray(Harness.Expected[]::new));
        assertNothingGeneratedFor(compilation, "com.acme.T", "m");
    }

    @Test
    void aPatternSwitchIsAnErrorAtEachPatternLabel() {
        rejectedUnderRelease21("""
                    @Generator
                    static void m(Object o, Yield<String> out) {
                        switch (o) {
                            case ▶Integer i when i > 10 -> out.yield("big " + i);
                            case ▶String s -> out.yield("string " + s);
                            default -> out.yield("other");
                        }
                    }
                """, "does not support", "pattern case label");
    }

    @Test
    void caseNullIsAnError() {
        rejectedUnderRelease21("""
                    @Generator
                    static void m(String s, Yield<String> out) {
                        switch (s) {
                            case ▶null -> out.yield("null");
                            case "a" -> out.yield("a");
                            default -> out.yield("other");
                        }
                    }
                """, "does not support", "case null");
    }
}
