package dev.yieldj.tests.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class that declares a template uses its generated class itself (a {@code main} next to the template, as in
 * SPEC.md's own examples), with the local declared by its explicit type, an interface, or {@code var}.
 */
class SameClassUseTest {

    @ParameterizedTest
    @ValueSource(strings = {"UseGenerators.One g = UseGenerators.one();",
        "java.util.Iterator<Integer> g = UseGenerators.one();", "var g = UseGenerators.one();"})
    void aTemplateClassMayUseItsGeneratedClass(String declaration) throws Exception {
        Compilation c = compile(declaration);
        assertTrue(c.success(), () -> "compilation failed for `" + declaration + "`:\n" + c.report());
        Object sum = Class.forName("same.Use", true, c.newLoader()).getMethod("sum").invoke(null);
        assertEquals(3, sum);
    }

    private static Compilation compile(String declaration) {
        String code = """
                package same;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Use {
                    @Generator
                    static void one(Yield<Integer> out) {
                        out.yield(1);
                        out.yield(2);
                    }

                    public static int sum() {
                        DECL
                        int s = 0;
                        while (g.hasNext()) {
                            s += g.next();
                        }
                        return s;
                    }
                }
                """.replace("DECL", declaration);
        return InMemoryJavac.compile(List.of(new Source("same.Use", code)), InMemoryJavac.Options.lenient());
    }
}
