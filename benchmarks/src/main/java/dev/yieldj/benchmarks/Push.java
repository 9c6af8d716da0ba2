package dev.yieldj.benchmarks;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The push variants: each workload as a plain loop (or recursion) that hands every value to a
 * consumer. Where the consumer must be able to stop the producer (W4's take, W6, W7b) it is a
 * {@code Predicate} that answers whether it wants more; elsewhere a plain {@code Consumer}.
 */
public final class Push {

    private Push() {
    }

    /** W1: 0 .. n-1. */
    public static void count(int n, Consumer<? super Integer> out) {
        for (int i = 0; i < n; i++) {
            out.accept(i);
        }
    }

    /** W6: 0 .. n-1 while {@code out} wants more. */
    public static void countWhile(int n, Predicate<? super Integer> out) {
        for (int i = 0; i < n; i++) {
            if (!out.test(i)) {
                return;
            }
        }
    }

    /** W5: 0 .. n-1, unboxed. */
    public static void countInts(int n, IntConsumer out) {
        for (int i = 0; i < n; i++) {
            out.accept(i);
        }
    }

    /** W2: the triples a ≤ b < c < limit, in the template's order. */
    public static void triples(int limit, Consumer<? super Pythagorean> out) {
        for (int c = 1; c < limit; c++) {
            for (int b = 1; b < c; b++) {
                for (int a = 1; a <= b; a++) {
                    if (a * a + b * b == c * c) {
                        out.accept(new Pythagorean(a, b, c));
                    }
                }
            }
        }
    }

    /** W3: the tree in order, by recursion. */
    public static void inOrder(Node node, Consumer<? super Integer> out) {
        if (node.left != null) {
            inOrder(node.left, out);
        }
        out.accept(node.value);
        if (node.right != null) {
            inOrder(node.right, out);
        }
    }

    /** W4 source: 0, 1, 2, ... until {@code out} wants no more. */
    public static void naturals(Predicate<? super Integer> out) {
        for (int v = 0; ; v++) {
            if (!out.test(v)) {
                return;
            }
        }
    }

    /** W4 filter stage: passes on the multiples of 3. */
    public static Predicate<Integer> multiplesOf3(Predicate<? super Integer> out) {
        return v -> v % 3 != 0 || out.test(v);
    }

    /** W4 map stage: passes on 2v+1. */
    public static Predicate<Integer> twicePlusOne(Predicate<? super Integer> out) {
        return v -> out.test(2 * v + 1);
    }

    /** W4 limit stage: passes on k values, then stops the producer (k ≥ 1). */
    public static Predicate<Integer> take(int k, Predicate<? super Integer> out) {
        return new Predicate<>() {
            private int taken;

            @Override
            public boolean test(Integer v) {
                return out.test(v) && ++taken < k;
            }
        };
    }

    /** W7: opens the resource, pushes 1 .. n while {@code out} wants more, closes the resource. */
    public static void guardedCount(Resources.Resource resource, int n, Predicate<? super Integer> out) {
        resource.open();
        try {
            for (int i = 1; i <= n; i++) {
                if (!out.test(i)) {
                    return;
                }
            }
        } finally {
            resource.close();
        }
    }
}
