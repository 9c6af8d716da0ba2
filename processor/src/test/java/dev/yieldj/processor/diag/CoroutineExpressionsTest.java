package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.compileOk;
import static dev.yieldj.processor.diag.Harness.source;

import dev.yieldj.processor.diag.Harness.Run;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * SPEC.md: yields may stand anywhere. A {@code Coroutine} yield is an expression, so it can sit in
 * the middle of other expressions; each template here puts it somewhere a rewrite has to split
 * an expression, keeping Java's left-to-right evaluation order. Driven with {@code send(10 * v)}
 * for each yielded {@code v}, compared with the push-mode run and the values worked out by hand.
 */
class CoroutineExpressionsTest {

    private static final Function<Object, Object> TIMES_TEN = v -> ((Integer) v) * 10;

    private static void check(String body, List<?> expected, Object... args) {
        String params = args.length == 0 ? "" : "boolean flag, ";
        Run run = new Run(compileOk(source("com.acme.Co", """
                package com.acme;

                import dev.yieldj.Coroutine;
                import dev.yieldj.Generator;
                import java.util.List;

                public class Co {
                    static int f;
                    int g;

                    static int add(int a, int b) {
                        return a * 100 + b;
                    }

                    @Generator
                    static void m(%sCoroutine<Integer, Integer> co) {
                %s
                    }
                }
                """.formatted(params, body.indent(8).stripTrailing()))), "com.acme.Co");
        run.assertCoroutineRuns(expected, TIMES_TEN, "m", args);
    }

    @Test
    void inMethodArguments() {
        check("""
                int r = add(co.yield(1), co.yield(2));
                co.yield(r);
                """, List.of(1, 2, 1020));
    }

    @Test
    void inAConditionalExpression() {
        check("""
                for (int i = 0; i < 3; i++) {
                    int r = i % 2 == 0 ? co.yield(i) : -i;
                    co.yield(r + 1000);
                }
                """, List.of(0, 1000, 999, 2, 1020));
    }

    @Test
    void inShortCircuitOperands() {
        String body = """
                boolean b = flag && co.yield(5) > 10;
                co.yield(b ? 1 : 0);
                boolean c = !flag || co.yield(7) > 100;
                co.yield(c ? 1 : 0);
                """;
        check(body, List.of(5, 1, 7, 0), true);
        check(body, List.of(0, 1), false);
    }

    @Test
    void nestedInAnotherYield() {
        check("""
                co.yield(co.yield(1) + 1);
                """, List.of(1, 11));
    }

    @Test
    void inAWhileCondition() {
        check("""
                int i = 0;
                while (co.yield(i) < 50) {
                    i++;
                }
                """, List.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void asASwitchSelector() {
        check("""
                switch (co.yield(1)) {
                    case 10 -> co.yield(100);
                    default -> co.yield(-1);
                }
                """, List.of(1, 100));
    }

    @Test
    void inAnArrayIndexAndACompoundAssignment() {
        check("""
                int[] a = new int[3];
                a[co.yield(0) / 10 + 1] += co.yield(2);
                co.yield(a[1]);
                """, List.of(0, 2, 20));
    }

    @Test
    void inStringConcatenation() {
        check("""
                String s = "a" + co.yield(1) + "b" + co.yield(2);
                co.yield(s.length());
                """, List.of(1, 2, 6));
    }

    @Test
    void asAReceiver() {
        check("""
                co.yield(co.yield(1).toString().length());
                """, List.of(1, 2));
    }

    @Test
    void inTheIterableOfAnEnhancedFor() {
        check("""
                for (int x : List.of(co.yield(1), co.yield(2))) {
                    co.yield(x + 1);
                }
                """, List.of(1, 2, 11, 21));
    }

    @Test
    void underAPatternMatchingInstanceof() {
        check("""
                if ((Object) co.yield(1) instanceof Integer k && k > 5) {
                    co.yield(k);
                }
                """, List.of(1, 10));
    }

    /** The most common coroutine line of all: {@code total += co.yield(x)}. */
    @Test
    void onTheRightOfACompoundAssignmentToALocal() {
        check("""
                int total = 1;
                total += co.yield(0);
                total *= co.yield(total);
                co.yield(total);
                """, List.of(0, 1, 10));
    }

    @Test
    void onTheRightOfCompoundAssignmentsToFields() {
        check("""
                f = 0;
                f += co.yield(1);
                Co c = new Co();
                c.g -= co.yield(2);
                int x = (f = co.yield(3)) + 1;
                co.yield(f + c.g + x);
                """, List.of(1, 2, 3, 41));
    }
}
