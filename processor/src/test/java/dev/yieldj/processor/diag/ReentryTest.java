package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.compileOk;
import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.yieldj.processor.diag.Harness.Run;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A body that runs only its own code cannot resume its own generator, so its {@code hasNext()}
 * stores no {@code RUNNING}; every way a body can run other code keeps the guard, and through each
 * of the subtle ones (a class initializer, {@code toString()} in a concatenation, a for-each over an
 * {@code Iterable}) a body that resumes its generator still gets "generator already executing".
 */
class ReentryTest {

    private static final String HEADER = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import java.util.*;

            """;

    /** Bodies that run nothing but their own code. */
    private static final List<String> OWN_CODE_ONLY = List.of(
            "for (int i = 0; i < n; i++) out.yield(i);",
            "int[] squares = new int[n]; for (int i = 0; i < n; i++) squares[i] = i * i;"
                    + " for (int s : squares) if (s % 2 == 0) out.yield(s);",
            "try { out.yield(1); } finally { n++; } out.yield(n);",
            "Object o = n; if (o instanceof Integer i && i > 0) out.yield(i);",
            "String s = \"n=\" + n + ',' + 2.5; s += n; out.yield(s == null ? 0 : 1);",
            "long big = Long.MAX_VALUE; out.yield((int) (big % 7) + LIMIT);",
            "Integer boxed = n; boxed += 1; out.yield(boxed);",
            "try { out.yield(10 / n); } catch (ArithmeticException e) { out.yield(-1); }",
            "var total = 0; for (var i = 0; i < n; i++) { total += i; out.yield(total); }",
            "label: while (true) { do { n--; if (n < 0) break label; } while (n % 2 == 0); out.yield(n); }");

    /** Bodies that may run other code, each in its own way. */
    private static final List<String> OTHER_CODE = List.of(
            "out.yield(Math.abs(n));",
            "out.yield(new Object().hashCode());",
            "Runnable r = () -> { }; out.yield(n);",
            "out.yield(counter);",
            "Object state = Thread.State.NEW; out.yield(n);",
            "switch (n) { case 1 -> out.yield(1); default -> out.yield(2); }",
            "for (int v : List.of(1, 2)) out.yield(v);",
            "Object o = n; String s = \"\" + o; out.yield(s == null ? 0 : 1);",
            "String s = \"\"; Object o = n; s += o; out.yield(s == null ? 0 : 1);",
            "out.yieldAll(List.of(1, 2));");

    private static String hasNextOf(String body) {
        String code = HEADER + "public class Body {\n    static final int LIMIT = 3;\n    static int counter;\n\n"
                + "    @Generator\n    static void m(int n, Yield<Integer> out) {\n        " + body + "\n    }\n}\n";
        Compilation compilation = compileOk(source("com.acme.Body", code));
        String generated = Harness.generatedSource(compilation, "com.acme.BodyGeneratorsBodies");
        Matcher hasNext = Pattern.compile("public boolean hasNext\\(\\) \\{(.*?)\n        }", Pattern.DOTALL)
                .matcher(generated);
        assertTrue(hasNext.find(), generated);
        return hasNext.group(1);
    }

    @Test
    void onlyABodyRunningOtherCodeIsGuarded() {
        for (String body : OWN_CODE_ONLY) {
            assertFalse(hasNextOf(body).contains("RUNNING"), "guarded, but runs only its own code: " + body);
        }
        for (String body : OTHER_CODE) {
            assertTrue(hasNextOf(body).contains("RUNNING"), "not guarded, but may run other code: " + body);
        }
    }

    @Test
    void bodiesRunningOnlyTheirOwnCodeRunAsInPushMode() {
        Run run = new Run(compileOk(source("com.acme.Own", HEADER + """
                public class Own {
                    static final int LIMIT = 3;

                    @Generator
                    static void squares(int n, Yield<Integer> out) {
                        int[] squares = new int[n];
                        for (int i = 0; i < n; i++) squares[i] = i * i;
                        for (int s : squares) if (s % 2 == 0) out.yield(s + LIMIT);
                    }

                    @Generator
                    static void divide(int n, Yield<Integer> out) {
                        try { out.yield(10 / n); } catch (ArithmeticException e) { out.yield(-1); }
                        try { out.yield(1); } finally { n++; }
                        out.yield(n);
                    }
                }
                """)), "com.acme.Own");
        run.assertRuns(List.of(3, 7, 19), "squares", 5);
        run.assertRuns(List.of(-1, 1, 1), "divide", 0);
        run.assertRuns(List.of(5, 1, 3), "divide", 2);
    }

    /** The guard stays for every subtle way of running other code: each of these bodies resumes itself. */
    @Test
    void aBodyResumingItselfThroughOtherCodeIsRefused() {
        Compilation compilation = compileOk(source("com.acme.Sneaky", HEADER + """
                public class Sneaky {
                    static Iterator<Integer> self;

                    static class Init {
                        static final int VALUE = self.hasNext() ? 1 : 0;
                    }

                    static class Printed {
                        @Override
                        public String toString() {
                            return "" + self.hasNext();
                        }
                    }

                    static class Looped implements Iterable<Integer> {
                        @Override
                        public Iterator<Integer> iterator() {
                            self.hasNext();
                            return List.of(1).iterator();
                        }
                    }

                    @Generator
                    static void throughClassInitializer(Yield<Integer> out) {
                        out.yield(Init.VALUE);
                    }

                    @Generator
                    static void throughToString(Yield<Integer> out) {
                        Object printed = new Printed();
                        out.yield(("" + printed).length());
                    }

                    @Generator
                    static void throughForEach(Iterable<Integer> values, Yield<Integer> out) {
                        for (int v : values) out.yield(v);
                    }
                }
                """));
        Run run = new Run(compilation, "com.acme.Sneaky");
        Class<?> holder = run.type("com.acme.Sneaky");
        for (String template : List.of("throughClassInitializer", "throughToString", "throughForEach")) {
            Object[] args = template.equals("throughForEach")
                    ? new Object[] {run.newInstance("com.acme.Sneaky$Looped")}
                    : new Object[0];
            Iterator<?> generator = (Iterator<?>) run.invoke(run.type("com.acme.SneakyGenerators"), template, null,
                    args, args.length);
            setSelf(holder, generator);
            Throwable thrown = assertThrows(Throwable.class, generator::hasNext, template);
            Throwable cause = thrown instanceof ExceptionInInitializerError error ? error.getCause() : thrown;
            assertInstanceOf(IllegalStateException.class, cause, template);
            assertEquals("generator already executing", cause.getMessage(), template);
        }
    }

    private static void setSelf(Class<?> holder, Iterator<?> generator) {
        try {
            var self = holder.getDeclaredField("self");
            self.setAccessible(true);
            self.set(null, generator);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
