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
 * (a new JDK cannot slip a construct in that would be miscompiled), and the constructs of newer releases the rewrite
 * does not handle yet are errors at the construct instead of silently wrong output.
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
    private static void rejectedUnderRelease(int release, String members, String... words) {
        // A JDK feature, not a missing tool: on older JDKs these cases are skipped (CI runs them on JDK 25).
        Prerequisites.skipUnless(Runtime.version().feature() >= release, "these constructs need --release " + release
                + ", which javac " + Runtime.version().feature() + " does not have; these cases run on JDK "
                + release + "+");
        Harness.Source t = source("com.acme.T", HEADER + members + "}\n");
        Compilation compilation = Harness.compile(List.of("--release", String.valueOf(release)), t);
        assertErrors(compilation, t.marks().stream().map(mark -> error(mark, words)).toArray(Harness.Expected[]::new));
        assertNothingGeneratedFor(compilation, "com.acme.T", "m");
    }

    @Test
    void anUnnamedPatternIsAnError() {
        rejectedUnderRelease(22, """
                    @Generator
                    static void m(Object o, Yield<String> out) {
                        if (o instanceof Square(_▶)) {
                            out.yield("square");
                        }
                    }
                """, "does not support", "unnamed pattern");
    }

    @Test
    void anUnnamedVariableIsAnError() {
        rejectedUnderRelease(22, """
                    @Generator
                    static void m(Object o, Yield<String> out) {
                        String ▶_ = String.valueOf(o);
                        out.yield("x");
                    }
                """, "does not support", "unnamed variable");
    }
}
