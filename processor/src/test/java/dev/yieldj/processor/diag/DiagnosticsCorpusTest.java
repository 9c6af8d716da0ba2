package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.assertErrors;
import static dev.yieldj.processor.diag.Harness.assertNothingGenerated;
import static dev.yieldj.processor.diag.Harness.assertNothingGeneratedFor;
import static dev.yieldj.processor.diag.Harness.compile;
import static dev.yieldj.processor.diag.Harness.error;
import static dev.yieldj.processor.diag.Harness.generatedSource;
import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Position;
import dev.yieldj.processor.diag.Harness.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One failing template per misuse that SPEC.md ("What a body may contain") lists. Each test asserts
 * that the compilation failed with exactly the expected error(s), each at its exact line and column
 * (marked with {@code ▶} in the template text, which is removed before compiling), its message naming
 * the problem; that no diagnostic carries a stack trace; and that nothing was generated for the
 * rejected template.
 *
 * <p>Positions follow javac's own convention for the offending tree (what
 * {@code Trees.printMessage(tree)} reports): a call is reported at its {@code (}, an identifier at its
 * first character, a declaration (method, parameter, local) at its name, a type declaration at its
 * {@code class} keyword.
 */
class DiagnosticsCorpusTest {

    /** A template file {@code com.acme.T} whose class body is {@code members}. */
    private static Source holder(String members) {
        return source("com.acme.T", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;
                import java.util.List;
                import java.util.function.Supplier;

                public class T {
                """ + members + """
                }
                """);
    }

    /** Compiles {@code t} and asserts one error at its single mark, naming {@code words}; nothing generated for {@code method}. */
    private static Compilation rejectsOne(Source t, String method, String... words) {
        List<Position> marks = t.marks();
        assertEquals(1, marks.size(), "test bug: one mark expected");
        Compilation compilation = compile(t);
        assertErrors(compilation, error(marks.get(0), words));
        assertNothingGeneratedFor(compilation, "com.acme.T", method);
        return compilation;
    }

    // ---------------------------------------------------------------- yields that could not suspend

    @Test
    void yieldInsideLambda() {
        rejectsOne(holder("""
                    @Generator
                    static void m(List<Integer> xs, Yield<Integer> out) {
                        xs.forEach(x -> out.yield▶(x));
                    }
                """), "m", "lambda", "yield");
    }

    @Test
    void yieldAllInsideLambdaBlock() {
        rejectsOne(holder("""
                    @Generator
                    static void m(List<Integer> xs, Yield<Integer> out) {
                        Runnable r = () -> {
                            int y = 1;
                            out.yieldAll▶(xs);
                        };
                        r.run();
                    }
                """), "m", "lambda", "yieldAll");
    }

    @Test
    void yieldInsideAnonymousClass() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<String> out) {
                        Runnable r = new Runnable() {
                            @Override
                            public void run() {
                                out.yield▶("x");
                            }
                        };
                        r.run();
                    }
                """), "m", "anonymous class", "yield");
    }

    @Test
    void yieldInsideLocalClass() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<String> out) {
                        class Local {
                            void go() {
                                out.yield▶("x");
                            }
                        }
                        new Local().go();
                    }
                """), "m", "local class", "yield");
    }

    @Test
    void yieldInsideSynchronized() {
        rejectsOne(holder("""
                    static final Object LOCK = new Object();

                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(0);
                        synchronized (LOCK) {
                            if (LOCK != null) {
                                out.yield▶(1);
                            }
                        }
                    }
                """), "m", "synchronized", "monitor");
    }

    // ---------------------------------------------------------------- the sink used as a value

    @Test
    void sinkPassedToAMethod() {
        rejectsOne(holder("""
                    static void helper(Yield<Integer> sink) {
                        sink.yield(1);
                    }

                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(0);
                        helper(▶out);
                    }
                """), "m", "sink", "out", "passed");
    }

    @Test
    void sinkStoredInAField() {
        rejectsOne(holder("""
                    static Yield<Integer> saved;

                    @Generator
                    static void m(Yield<Integer> out) {
                        saved = ▶out;
                        out.yield(1);
                    }
                """), "m", "sink", "stored");
    }

    @Test
    void sinkStoredInALocal() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        Yield<Integer> alias = ▶out;
                        alias.yield(1);
                    }
                """), "m", "sink", "stored");
    }

    @Test
    void sinkCapturedByALambda() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        Supplier<Object> s = () -> ▶out;
                        out.yield(s.get().hashCode());
                    }
                """), "m", "sink", "captured");
    }

    @Test
    void sinkCapturedByAMethodReference() {
        rejectsOne(holder("""
                    @Generator
                    static void m(List<Integer> xs, Yield<Integer> out) {
                        xs.forEach(▶out::yield);
                    }
                """), "m", "sink", "out");
    }

    @Test
    void sinkReassigned() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(1);
                        ▶out = null;
                    }
                """), "m", "sink", "assign");
    }

    // ---------------------------------------------------------------- members the generated class cannot reach

    @Test
    void privateFieldOfTheEnclosingType() {
        rejectsOne(holder("""
                    private static int secret = 42;

                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(▶secret);
                    }
                """), "m", "secret", "private", "package-private");
    }

    @Test
    void privateInstanceFieldThroughThis() {
        rejectsOne(holder("""
                    private int secret = 42;

                    @Generator
                    void m(Yield<Integer> out) {
                        out.yield(this▶.secret);
                    }
                """), "m", "secret", "private");
    }

    @Test
    void privateMethodOfTheEnclosingType() {
        rejectsOne(holder("""
                    private static int helper() {
                        return 1;
                    }

                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(▶helper());
                    }
                """), "m", "helper", "private");
    }

    @Test
    void privateNestedTypeOfTheEnclosingType() {
        rejectsOne(holder("""
                    private static final class Hidden {
                        static int make() {
                            return 7;
                        }
                    }

                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(▶Hidden.make());
                    }
                """), "m", "Hidden", "private");
    }

    @Test
    void protectedMemberInheritedFromAnotherPackage() {
        Source base = source("other.Base", """
                package other;

                public class Base {
                    protected int weight() {
                        return 3;
                    }
                }
                """);
        Source t = source("com.acme.T", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class T extends other.Base {
                    @Generator
                    void m(Yield<Integer> out) {
                        out.yield(▶weight());
                    }
                }
                """);
        Compilation compilation = compile(base, t);
        assertErrors(compilation, error(t.marks().get(0), "weight", "protected", "other.Base"));
        assertNothingGeneratedFor(compilation, "com.acme.T", "m");
    }

    @Test
    void superCall() {
        rejectsOne(holder("""
                    @Generator
                    void m(Yield<String> out) {
                        out.yield(▶super.toString());
                    }
                """), "m", "super");
    }

    // ---------------------------------------------------------------- declarations

    @Test
    void noSink() {
        rejectsOne(holder("""
                    @Generator
                    static void ▶m(int n) {
                    }
                """), "m", "sink", "Yield<T>");
    }

    @Test
    void twoSinks() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<Integer> out, Yield<Integer> ▶more) {
                        out.yield(1);
                    }
                """), "m", "sink", "more");
    }

    @Test
    void abstractMethod() {
        Source t = source("com.acme.T", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public abstract class T {
                    @Generator
                    abstract void ▶m(Yield<Integer> out);
                }
                """);
        Compilation compilation = compile(t);
        assertErrors(compilation, error(t.marks().get(0), "abstract", "body"));
        assertNothingGenerated(compilation);
    }

    @Test
    void nativeMethod() {
        rejectsOne(holder("""
                    @Generator
                    native void ▶m(Yield<Integer> out);
                """), "m", "native", "body");
    }

    @Test
    void privateEnclosingType() {
        rejectsOne(holder("""
                    private static class Inner {
                        @Generator
                        static void ▶m(Yield<Integer> out) {
                            out.yield(1);
                        }
                    }
                """), "m", "private", "Inner");
    }

    @Test
    void generatedNameClashesWithAnExistingType() {
        Source existing = source("com.acme.TGenerators", """
                package com.acme;

                public class TGenerators {
                }
                """);
        Source t = source("com.acme.T", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public ▶class T {
                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(1);
                    }
                }
                """);
        Compilation compilation = compile(existing, t);
        assertErrors(compilation, error(t.marks().get(0), "TGenerators", "exists"));
        assertNothingGenerated(compilation);
    }

    /** The state-machine class of template {@code tGenerators} would be named like the generated outer class. */
    @Test
    void generatedNestedClassClashesWithTheGeneratedOuterClass() {
        rejectsOne(holder("""
                    @Generator
                    static void ▶tGenerators(Yield<Integer> out) {
                        out.yield(1);
                    }
                """), "tGenerators", "TGenerators", "clash");
    }

    @Test
    void rawSinkType() {
        rejectsOne(holder("""
                    @Generator
                    @SuppressWarnings({"rawtypes", "unchecked"})
                    static void m(Yield ▶out) {
                        out.yield(1);
                    }
                """), "m", "raw", "Yield<");
    }

    @Test
    void privateConstructorOfANestedClass() {
        rejectsOne(holder("""
                    static final class Node {
                        private Node() {}
                    }

                    @Generator
                    static void m(Yield<Object> out) {
                        out.yield(▶new Node());
                    }
                """), "m", "constructor of Node is private", "package-private");
    }

    /** Legal overloads whose factories would coincide: an error at the later template, not in generated code. */
    @Test
    void overloadsWhoseFactoriesCoincide() {
        rejectsOne(holder("""
                    @Generator
                    static void m(int n, Yield<Integer> out) {
                        out.yield(n);
                    }

                    @Generator
                    static void ▶m(int n, dev.yieldj.IntYield out) {
                        out.yield(n);
                    }
                """), "m2", "factory", "m(int)", "rename");
    }

    @Test
    void templateInALocalClass() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        out.yield(1);
                    }

                    static Object local() {
                        class Local {
                            ▶@Generator
                            void inner(Yield<Integer> out) {
                                out.yield(2);
                            }
                        }
                        return new Local();
                    }
                """), "inner", "local or anonymous class");
    }

    // ---------------------------------------------------------------- more the rewrite cannot honour

    @Test
    void wildcardElementType() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<? extends Number> ▶out) {
                        out.yield(null);
                    }
                """), "m", "wildcard");
    }

    @Test
    void instanceTemplateOfAnInnerClass() {
        rejectsOne(holder("""
                    class Inner {
                        @Generator
                        void ▶m(Yield<Integer> out) {
                            out.yield(1);
                        }
                    }
                """), "m", "inner class", "static");
    }

    /**
     * The generated class cannot name a local class, so a local of that type cannot live across a
     * yield. (SPEC.md allows local classes but does not list this limit; the processor reports it.)
     */
    @Test
    void localClassInstanceLiveAcrossAYieldIsSupported() {
        // the local class is declared at the top of the resume method; its instance lives in a field
        Source t = holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        class Acc {
                            int n;
                        }
                        Acc acc = new Acc();
                        out.yield(1);
                        acc.n++;
                        out.yield(acc.n);
                    }
                """);
        Compilation compilation = compile(t);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    }

    /**
     * The inferred type of this local cannot be written in Java (an anonymous class), so no field of
     * the state machine can hold it across a yield: a clear error, not uncompilable output.
     */
    @Test
    void varOfAnAnonymousClassTypeAcrossYields() {
        rejectsOne(holder("""
                    @Generator
                    static void m(Yield<Object> out) {
                        var ▶counter = new Object() {
                            int count;

                            int bump() {
                                return ++count;
                            }
                        };
                        out.yield(counter.bump());
                        out.yield(counter.bump() + counter.count);
                    }
                """), "m", "anonymous class", "counter", "interface type");
    }

    /**
     * javac keeps the super() its attribution inserts into a record's explicit canonical constructor
     * (JDK-8387215), and reading the bodies attributes the holder's whole outermost class: each such
     * constructor there, member or local, compact or not, is a clear error at the constructor, and no
     * body is read; a constructor that delegates with this(..) and a record in another top-level class
     * are fine ({@code recordsBesideTheHolderCompileAndRun}).
     */
    @Test
    void recordCanonicalConstructorsInTheHoldersClass() {
        Source t = holder("""
                    record Point(int x, int y) {
                        ▶Point {
                            if (x < 0) {
                                throw new IllegalArgumentException();
                            }
                        }

                        Point(int x) {
                            this(x, 0);
                        }
                    }

                    static class Nested {
                        record Pair(int a, int b) {
                            ▶Pair(int a, int b) {
                                this.a = a;
                                this.b = b;
                            }
                        }
                    }

                    static String describe(int v) {
                        record Local(int v) {
                            ▶Local {
                            }
                        }
                        return new Local(v).toString();
                    }

                    @Generator
                    static void m(int n, Yield<Point> out) {
                        for (int i = 0; i < n; i++) {
                            out.yield(new Point(i));
                        }
                    }
                """);
        List<Position> marks = t.marks();
        Compilation compilation = compile(t);
        assertErrors(compilation,
                error(marks.get(0), "record Point", "JDK-8387215", "outside T"),
                error(marks.get(1), "record Pair", "JDK-8387215", "outside T"),
                error(marks.get(2), "record Local", "JDK-8387215", "outside T"));
        assertNothingGeneratedFor(compilation, "com.acme.T", "m");
    }

    /**
     * A record's component fields are private and cannot be made package-private: the generated
     * class reads them through their accessors (same value), so the template compiles.
     */
    @Test
    void recordComponentFieldsAreReadThroughTheirAccessors() {
        Source t = source("com.acme.P", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public record P(int x, int y) {
                    @Generator
                    void coords(Yield<Integer> out) {
                        out.yield(▶x);
                        out.yield(y());
                    }
                }
                """);
        Compilation compilation = compile(t);
        org.junit.jupiter.api.Assertions.assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> compilation.diagnostics().toString());
    }

    /**
     * A body with an ordinary compile error gets javac's error alone: the processor adds no error
     * of its own, does not crash, and generates nothing that adds more errors.
     */
    @Test
    void aBodyWithAJavacErrorGetsJavacsErrorOnly() {
        Source t = holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        int x = 1;
                        out.yield(x);
                        out.yield(▶undefinedVariable);
                    }
                """);
        Compilation compilation = compile(t);
        assertErrors(compilation, error(t.marks().get(0), "cannot find symbol"));
    }

    @Test
    void aBodyWithATypeErrorGetsJavacsErrorOnly() {
        Source t = holder("""
                    @Generator
                    static void m(Yield<Integer> out) {
                        String s = "a";
                        out.yield(s);
                        int n = ▶s;
                        out.yield(n);
                    }
                """);
        Compilation compilation = compile(t);
        assertErrors(compilation, error(t.marks().get(0), "incompatible types"));
    }

    // ---------------------------------------------------------------- several errors

    @Test
    void severalErrorsInOneCompileAreAllReportedEachOnce() {
        Source a = source("com.acme.T", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;
                import java.util.List;

                public class T {
                    private static int secret = 1;

                    @Generator
                    static void good(Yield<Integer> out) {
                        out.yield(1);
                    }

                    @Generator
                    static void lambda(List<Integer> xs, Yield<Integer> out) {
                        xs.forEach(x -> out.yield▶(x));
                        out.yield(▶secret);
                    }

                    @Generator
                    static void ▶noSink(int n) {
                    }

                    @Generator
                    static void twice(Yield<Integer> out) {
                        out.yield(▶secret + ▶secret);
                        synchronized (T.class) {
                            out.yield▶(2);
                        }
                    }
                }
                """);
        Source b = source("com.acme.U", """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class U {
                    @Generator
                    static void m(Yield<Integer> out) {
                        ▶out = null;
                    }
                }
                """);
        Compilation compilation = compile(a, b);
        List<Position> p = a.marks();
        assertErrors(compilation,
                error(p.get(0), "lambda"),
                error(p.get(1), "private"),
                error(p.get(2), "sink"),
                error(p.get(3), "private"),
                error(p.get(4), "private"),
                error(p.get(5), "synchronized"),
                error(b.marks().get(0), "sink"));
        assertNothingGeneratedFor(compilation, "com.acme.T", "lambda");
        assertNothingGeneratedFor(compilation, "com.acme.T", "noSink");
        assertNothingGeneratedFor(compilation, "com.acme.T", "twice");
        assertNothingGeneratedFor(compilation, "com.acme.U", "m");
        String generated = generatedSource(compilation, "com.acme.TGenerators");
        assertNotNull(generated, "the valid template 'good' beside the rejected ones is still generated");
    }
}
