package dev.yieldj.tests.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.Prerequisites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Blame} tells processor bugs from javac bugs on hand-written holders of each kind. */
class BlameTest {

    /** A holder {@code rnd.<name>} with one template and {@code extra} members. */
    static RandomTemplates.Program holder(String name, String extra, String templateBody) {
        String source = """
                package rnd;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class %s {
                %s
                    @Generator
                    static void g(int n, Yield<String> out) {
                %s
                    }
                }
                """.formatted(name, extra, templateBody);
        return new RandomTemplates.Program(0, "rnd." + name, source, List.of(), Map.of(), false, false);
    }

    static final String YIELD = "        out.yield(\"a\" + n);";

    static Compilation withProcessor(RandomTemplates.Program p, boolean werror) {
        return InMemoryJavac.compile(List.of(p.toSource()), RandomDifferential.options(werror, true, false));
    }

    @Test
    void javacCrashingOnTheHolderIsJavacs() {
        Prerequisites.skipUnless(JavacQuirksTest.JDK == 17 || JavacQuirksTest.JDK == 25, JavacQuirksTest.SEEN_ON);
        RandomTemplates.Program p = holder("Crash", """
                    static long m(long a, int k) {
                        return a + switch (k) {
                            default -> {
                                try {
                                    System.out.println();
                                } catch (RuntimeException e) {
                                }
                                yield 1;
                            }
                        };
                    }
                """, YIELD);
        Compilation strict = withProcessor(p, true);
        assertFalse(strict.success());
        Blame.Verdict v = Blame.rejected(p, strict, withProcessor(p, false).success());
        assertEquals(Blame.Culprit.JAVAC, v.culprit(), v::toString);
    }

    @Test
    void aTemplateTheProcessorRejectsIsTheProcessors() {
        // a yield inside a lambda: the processor reports it (a documented limit, here just a processor error)
        RandomTemplates.Program p = holder("Lambda", "", """
                        Runnable r = () -> out.yield("x");
                        r.run();
                """);
        Compilation strict = withProcessor(p, true);
        assertFalse(strict.success());
        Blame.Verdict v = Blame.rejected(p, strict, withProcessor(p, false).success());
        assertEquals(Blame.Culprit.PROCESSOR, v.culprit(), v::toString);
    }

    @Test
    void aHolderJavacRejectsOnItsOwnIsTheTemplates() {
        RandomTemplates.Program p = holder("Invalid", """
                    static int m() {
                        int x = "s";
                        return x;
                    }
                """, YIELD);
        Compilation strict = withProcessor(p, true);
        assertFalse(strict.success());
        Blame.Verdict v = Blame.rejected(p, strict, withProcessor(p, false).success());
        assertEquals(Blame.Culprit.TEMPLATE, v.culprit(), v::toString);
    }

    @Test
    void aMissingLocalClassFileOfAPrunedBranchIsJavacs() {
        RandomTemplates.Program p = holder("Pruned", """
                    static void m() {
                        if (false) {
                            class Loc {
                            }
                            Loc loc = new Loc();
                            Runnable r = () -> System.out.println(loc);
                        }
                    }
                """, YIELD);
        Compilation c = withProcessor(p, false);
        String problem = Blame.linkProblem(p, c);
        if (!JavacQuirks.DROPS_LOCAL_CLASSES_OF_PRUNED_BRANCHES) {
            assertNull(problem, "this javac writes the class file");
            return;
        }
        assertNotNull(problem, "javac " + JavacQuirksTest.JDK + " drops the class file");
        Blame.Verdict v = Blame.unlinked(p, problem);
        assertEquals(Blame.Culprit.JAVAC, v.culprit(), v::toString);
    }
}
