package dev.yieldj.tests.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid Java that the README documents as rejected ("the rewrite could not honour them"): a local of a local or
 * anonymous class type live across a yield. The processor must say so clearly at the declaration, once, with
 * no stack trace, and generate nothing broken. (If the processor learns to support these, these tests become
 * corpus cases.)
 */
class DocumentedLimitsTest {

    static final String HEADER = """
            package limits;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            """;

    static void assertRejectedAt(String name, String body, int line, String mentions) {
        Compilation c = InMemoryJavac.compile(List.of(new Source("limits." + name,
                HEADER + "public class " + name + " {\n" + body + "}\n")), Options.strict());
        assertFalse(c.success(), name + " must be rejected (README: rejected with a clear error)");
        List<Diagnostic<? extends JavaFileObject>> errors = c.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        assertTrue(errors.size() == 1, () -> "exactly one error:\n" + c.report());
        Diagnostic<? extends JavaFileObject> e = errors.get(0);
        String message = e.getMessage(Locale.ROOT);
        assertTrue(e.getSource() != null && e.getSource().getName().endsWith(name + ".java"),
                () -> "reported in the template, not in generated code:\n" + c.report());
        assertTrue(e.getLineNumber() == line, () -> "at line " + line + ":\n" + c.report());
        assertTrue(message.contains(mentions), () -> "mentions '" + mentions + "':\n" + c.report());
        assertFalse(message.contains("\tat ") || message.contains("Exception"), () -> "no stack trace:\n"
                + c.report());
        assertTrue(c.generatedSources().keySet().stream().noneMatch(k -> k.contains(name + "Generators")),
                "nothing generated for a rejected template");
    }

    @Test
    void varOfAnonymousClassTypeAcrossAYield() {
        assertRejectedAt("VarAnonAcross", """
                @Generator
                static void counter(int n, Yield<Integer> out) {
                    var counter = new Object() {
                        int count;
                    };
                    out.yield(counter.count++);
                    out.yield(counter.count);
                }
                """, 9, "anonymous class");
    }

    @Test
    void localOfLocalClassTypeAcrossAYield() {
        assertRejectedAt("LocalAcross", """
                @Generator
                static void local(int n, Yield<Integer> out) {
                    class Acc {
                        int sum;
                    }
                    Acc acc = new Acc();
                    out.yield(acc.sum++);
                    out.yield(acc.sum);
                }
                """, 12, "local class");
    }

    @Test
    void localRecordAcrossAYield() {
        assertRejectedAt("RecordAcross", """
                @Generator
                static void rec(Yield<String> out) {
                    record P(int a) {
                    }
                    P p = new P(1);
                    out.yield("a");
                    out.yield(String.valueOf(p.a()));
                }
                """, 11, "local class");
    }
}
