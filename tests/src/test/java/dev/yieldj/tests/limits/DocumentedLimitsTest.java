package dev.yieldj.tests.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.Driver;
import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Run;
import dev.yieldj.tests.harness.TraceDiff;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid Java at the edge of what the rewrite can honour (the README's "rejected with a clear error" list: a local
 * of a local or anonymous class type live across a yield). Either outcome is acceptable, nothing in between:
 * rejected with exactly one clear error at the declaration (no stack trace, nothing generated for it), or
 * compiled under -Xlint:all -Werror and behaving exactly like the template (push trace == pull trace).
 */
class DocumentedLimitsTest {

    static final String HEADER = """
            package limits;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import dev.yieldj.tests.harness.Trace;

            """;

    /** The line of the class declaration is 7; the template body's first line is 8. */
    static void rejectedClearlyOrWorks(String name, String body, int line, String mentions, Run run) {
        Compilation c = InMemoryJavac.compile(List.of(new Source("limits." + name,
                HEADER + "public class " + name + " {\n" + body + "}\n")), Options.strict());
        if (c.success()) {
            ClassLoader loader = c.newLoader();
            Class<?> template;
            try {
                template = Class.forName("limits." + name, true, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            List<String> push = Driver.push(template, run);
            Driver.Pulled pull = Driver.pull(loader, template, run);
            assertEquals(push, pull.trace(), () -> "accepted, so it must behave as written:\n"
                    + TraceDiff.sideBySide(push, pull.trace()));
            assertEquals(List.of(), pull.protocolProblems());
            return;
        }
        List<Diagnostic<? extends JavaFileObject>> errors = c.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        assertEquals(1, errors.size(), () -> "rejected, so with exactly one error:\n" + c.report());
        Diagnostic<? extends JavaFileObject> e = errors.get(0);
        String message = e.getMessage(Locale.ROOT);
        assertTrue(e.getSource() != null && e.getSource().getName().endsWith(name + ".java"),
                () -> "reported in the template, not in generated code:\n" + c.report());
        assertEquals(line, e.getLineNumber(), () -> "at the declaration:\n" + c.report());
        assertTrue(message.contains(mentions), () -> "mentions '" + mentions + "':\n" + c.report());
        assertFalse(message.contains("\tat ") || message.contains("Exception"), () -> "no stack trace:\n"
                + c.report());
        assertTrue(c.generatedSources().entrySet().stream()
                        .filter(file -> file.getKey().contains(name + "GeneratorsBodies"))
                        .allMatch(file -> !file.getValue().contains("switch (state)")),
                "no state machine generated for a rejected template");
    }

    @Test
    void varOfAnonymousClassTypeAcrossAYield() {
        rejectedClearlyOrWorks("VarAnonAcross", """
                @Generator
                static void counter(int n, Yield<Integer> out) {
                    var counter = new Object() {
                        int count = n;
                    };
                    out.yield(counter.count++);
                    Trace.log("between");
                    out.yield(counter.count);
                }
                """, 10, "anonymous class", Run.run("counter", 5));
    }

    /** Not live across a yield, yet rejected: javac cannot keep such a var type once yieldj read the class. */
    @Test
    void varOfAnonymousClassType() {
        rejectedClearlyOrWorks("VarAnon", """
                @Generator
                static void counter(int n, Yield<Integer> out) {
                    for (int i = 0; i < n; i++) {
                        var counter = new Object() {
                            int count = 10;

                            int bump() {
                                return ++count;
                            }
                        };
                        counter.bump();
                        int seen = counter.bump() * 100 + i;
                        out.yield(seen);
                    }
                }
                """, 11, "anonymous class", Run.run("counter", 3));
    }

    @Test
    void localOfLocalClassTypeAcrossAYield() {
        rejectedClearlyOrWorks("LocalAcross", """
                @Generator
                static void local(int n, Yield<Integer> out) {
                    class Acc {
                        int sum = n;
                    }
                    Acc acc = new Acc();
                    out.yield(acc.sum++);
                    Trace.log("between");
                    out.yield(acc.sum);
                }
                """, 13, "local class", Run.run("local", 5));
    }

    @Test
    void localRecordAcrossAYield() {
        rejectedClearlyOrWorks("RecordAcross", """
                @Generator
                static void rec(int n, Yield<String> out) {
                    record P(int a) {
                    }
                    P p = new P(n);
                    out.yield("a");
                    Trace.log("between");
                    out.yield(String.valueOf(p.a()));
                    out.yield(p.toString());
                }
                """, 12, "local class", Run.run("rec", 3));
    }
}
