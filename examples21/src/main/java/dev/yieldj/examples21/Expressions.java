package dev.yieldj.examples21;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/**
 * Arithmetic expressions as a sealed hierarchy of records, walked lazily: the postfix tokens of an
 * expression (an exhaustive pattern {@code switch} with nested record patterns and a guard, no
 * {@code default}), and the steps that simplify it.
 */
public final class Expressions {

    private Expressions() {}

    /** An arithmetic expression. */
    public sealed interface Expr permits Num, Var, Add, Mul, Neg {}

    public record Num(int value) implements Expr {}

    public record Var(String name) implements Expr {}

    public record Add(Expr left, Expr right) implements Expr {}

    public record Mul(Expr left, Expr right) implements Expr {}

    public record Neg(Expr operand) implements Expr {}

    /** The expression's tokens in postfix order, as a stack machine would take them. */
    @Generator
    static void postfix(Expr expr, Yield<String> out) {
        switch (expr) {
            case Num(int value) -> out.yield(Integer.toString(value));
            case Var(String name) -> out.yield(name);
            case Add(Expr left, Expr right) -> {
                out.yieldAll(ExpressionsGenerators.postfix(left));
                out.yieldAll(ExpressionsGenerators.postfix(right));
                out.yield("+");
            }
            case Mul(Num(int one), Expr right) when one == 1 -> out.yieldAll(ExpressionsGenerators.postfix(right));
            case Mul(Expr left, Expr right) -> {
                out.yieldAll(ExpressionsGenerators.postfix(left));
                out.yieldAll(ExpressionsGenerators.postfix(right));
                out.yield("*");
            }
            case Neg(Neg(Expr inner)) -> out.yieldAll(ExpressionsGenerators.postfix(inner));
            case Neg(Expr operand) -> {
                out.yieldAll(ExpressionsGenerators.postfix(operand));
                out.yield("neg");
            }
        }
    }

    /**
     * Each rewrite that simplifies the expression, one step at a time, as "before => after"; the
     * generator's return value is the simplest form.
     */
    @Generator
    static Expr simplifications(Expr expr, Yield<String> out) {
        Expr current = expr;
        while (true) {
            Expr next = step(current);
            if (next.equals(current)) {
                return current;
            }
            out.yield(render(current) + " => " + render(next));
            current = next;
        }
    }

    /** One rewrite at the outermost place that has one, or the expression itself. */
    static Expr step(Expr expr) {
        return switch (expr) {
            case Add(Num(int a), Num(int b)) -> new Num(a + b);
            case Mul(Num(int a), Num(int b)) -> new Num(a * b);
            case Add(Num(int zero), Expr e) when zero == 0 -> e;
            case Mul(Num(int one), Expr e) when one == 1 -> e;
            case Neg(Num(int n)) -> new Num(-n);
            case Neg(Neg(Expr e)) -> e;
            case Add(Expr l, Expr r) -> step(l).equals(l) ? new Add(l, step(r)) : new Add(step(l), r);
            case Mul(Expr l, Expr r) -> step(l).equals(l) ? new Mul(l, step(r)) : new Mul(step(l), r);
            case Neg(Expr e) -> new Neg(step(e));
            case Num n -> n;
            case Var v -> v;
        };
    }

    static String render(Expr expr) {
        return switch (expr) {
            case Num(int value) -> Integer.toString(value);
            case Var(String name) -> name;
            case Add(Expr l, Expr r) -> "(" + render(l) + " + " + render(r) + ")";
            case Mul(Expr l, Expr r) -> render(l) + " * " + render(r);
            case Neg(Expr e) -> "-" + render(e);
        };
    }

    public static void main(String[] args) {
        Expr expr = new Add(new Mul(new Num(1), new Var("x")), new Neg(new Neg(new Add(new Num(2), new Num(3)))));
        System.out.println("postfix: " + String.join(" ", ExpressionsGenerators.postfix(expr)));
        var steps = ExpressionsGenerators.simplifications(expr);
        for (String s : steps) {
            System.out.println("  " + s);
        }
        System.out.println("simplest: " + render(steps.returnValue()));
        Json.main(args);
        Sessions.main(args);
    }
}
