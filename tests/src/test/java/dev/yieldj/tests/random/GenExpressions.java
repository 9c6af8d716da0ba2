package dev.yieldj.tests.random;

import java.util.List;

/**
 * Random int, long, String and boolean expressions over the locals in scope.
 *
 * <p>Each expression also says what javac makes of it at compile time ({@link Expr}): its value if it is a
 * constant expression, how javac's {@code Lower} folds it as a condition, whether javac's definite-assignment
 * analysis treats it as never true or never false, and whether it leaves a long on the operand stack. Statements
 * use this to keep away from javac bugs that only such conditions reach (see {@link JavacQuirks}); it does not
 * change which expressions are generated.
 */
abstract class GenExpressions extends GenBase {

    GenExpressions(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }

    /**
     * A generated expression and what javac makes of it.
     *
     * @param text the Java text
     * @param constant the value if the text is a constant expression (JLS 15.29): Integer, String or Boolean
     * @param folded for a condition: the value javac's {@code Lower} folds it to when it prunes a branch of an
     *     {@code if} ({@code false && x}, {@code true || x} and constants; JDK 17 {@code Lower} also keeps
     *     {@code !(false && x)} unfolded, taken here as folded, which only avoids more), else null
     * @param neverTrue javac's flow analysis treats the condition as never true: after it when true every
     *     variable is vacuously definitely assigned and definitely unassigned ({@code false}, {@code x && false})
     * @param neverFalse the same when false
     * @param wide a String concatenation with a long operand: javac keeps the long on the operand stack while it
     *     evaluates the operands after it
     */
    record Expr(String text, Object constant, Boolean folded, boolean neverTrue, boolean neverFalse,
            boolean wide) {

        static Expr of(String text) {
            return new Expr(text, null, null, false, false, false);
        }

        static Expr constant(String text, Object value) {
            if (value instanceof Boolean b) {
                return new Expr(text, value, b, !b, b, false);
            }
            return new Expr(text, value, null, false, false, false);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    String intExpr(int depth) {
        return intE(depth).text();
    }

    String strExpr(int depth) {
        return strE(depth).text();
    }

    String boolExpr(int depth) {
        return boolE(depth).text();
    }

    Expr intE(int depth) {
        List<Var> ints = visible(Type.INT, false);
        int choice = pick(depth > 2 ? 3 : 13);
        switch (choice) {
            case 0: {
                int v = pick(10);
                return Expr.constant(String.valueOf(v), v);
            }
            case 1:
            case 2:
                if (!ints.isEmpty()) {
                    return Expr.of(ints.get(pick(ints.size())).name());
                }
                return Expr.of("n");
            case 3: {
                Expr a = intE(depth + 1);
                Expr b = intE(depth + 1);
                String text = "(" + a + " + " + b + ")";
                return a.constant() != null && b.constant() != null
                        ? Expr.constant(text, (Integer) a.constant() + (Integer) b.constant()) : Expr.of(text);
            }
            case 4: {
                Expr a = intE(depth + 1);
                int k = 1 + pick(4);
                int m = 3 + pick(5);
                String text = "(" + a + " * " + k + " % " + m + ")";
                return a.constant() != null ? Expr.constant(text, (Integer) a.constant() * k % m) : Expr.of(text);
            }
            case 5:
                feature("call: static helper");
                return Expr.of("twice(" + intExpr(depth + 1) + ")");
            case 6:
                feature("call: helper named next");
                return Expr.of("next(" + intExpr(depth + 1) + ")");
            case 7: {
                feature("expr: ternary");
                Expr c = boolE(depth + 1);
                Expr a = intE(depth + 1);
                Expr b = intE(depth + 1);
                String text = "(" + c + " ? " + a + " : " + b + ")";
                return c.constant() != null && a.constant() != null && b.constant() != null
                        ? Expr.constant(text, (Boolean) c.constant() ? a.constant() : b.constant()) : Expr.of(text);
            }
            case 8:
                feature("expr: side effect in expression");
                return Expr.of("Trace.val(\"" + id("x") + "\", " + intExpr(depth + 1) + ")");
            case 9:
                if (allowGeneratedNames && chance(20)) {
                    feature("call: holder helper using its generated type through var");
                    return Expr.of("countRec(" + pick(3) + ")");
                }
                return Expr.of(strExpr(depth + 1) + ".length()");
            case 10: {
                List<Var> mut = visible(Type.INT, true);
                if (!mut.isEmpty() && depth > 0) {
                    feature("expr: ++/-- inside expression");
                    String v = mut.get(pick(mut.size())).name();
                    return Expr.of(List.of(v + "++", "++" + v, v + "--", "--" + v).get(pick(4)));
                }
                int v = pick(5);
                return Expr.constant(String.valueOf(v), v);
            }
            case 11: {
                List<Var> arrays = visible(Type.ARRAY, false);
                if (!arrays.isEmpty()) {
                    feature("expr: array element");
                    String arr = arrays.get(pick(arrays.size())).name();
                    return Expr.of(chance(30) ? arr + ".length"
                            : arr + "[Math.floorMod(" + intExpr(depth + 1) + ", " + arr + ".length)]");
                }
                int v = pick(9);
                return Expr.constant(String.valueOf(v), v);
            }
            default:
                return intFallback(depth);
        }
    }

    String longExpr(int depth) {
        List<Var> longs = visible(Type.LONG, false);
        if (!longs.isEmpty() && chance(50)) {
            return longs.get(pick(longs.size())).name() + " * " + (1 + pick(3)) + "L";
        }
        return intExpr(depth + 1) + " * 1000000007L";
    }

    Expr strE(int depth) {
        List<Var> strs = visible(Type.STRING, false);
        int choice = pick(depth > 2 ? 2 : 7);
        switch (choice) {
            case 0: {
                String c = String.valueOf((char) ('a' + pick(26)));
                return Expr.constant("\"" + c + "\"", c);
            }
            case 1:
            case 2:
                if (!strs.isEmpty()) {
                    return Expr.of(strs.get(pick(strs.size())).name());
                }
                return Expr.of("s");
            case 3: {
                feature("expr: string concat");
                Expr a = strE(depth + 1);
                Expr b = intE(depth + 1);
                String text = "(" + a + " + " + b + ")";
                if (a.constant() != null && b.constant() != null) {
                    return Expr.constant(text, (String) a.constant() + b.constant());
                }
                return new Expr(text, null, null, false, false, a.wide());
            }
            case 4:
                return Expr.of("String.valueOf(" + boolExpr(depth + 1) + ")");
            case 5: {
                if (instance) {
                    feature("call: this");
                    return Expr.of("this.toString()");
                }
                Expr b = intE(depth + 1);
                String text = "(\"k\" + " + b + ")";
                return b.constant() != null ? Expr.constant(text, "k" + b.constant()) : Expr.of(text);
            }
            default:
                List<Var> arrays = visible(Type.ARRAY, false);
                if (!arrays.isEmpty() && chance(50)) {
                    return Expr.of("java.util.Arrays.toString(" + arrays.get(pick(arrays.size())).name() + ")");
                }
                List<Var> longs = visible(Type.LONG, false);
                return longs.isEmpty() ? Expr.of("s")
                        : new Expr("(\"L\" + " + longs.get(pick(longs.size())).name() + ")", null, null, false, false,
                                true);
        }
    }

    Expr boolE(int depth) {
        List<Var> bools = visible(Type.BOOL, false);
        int choice = pick(depth > 2 ? 2 : 6);
        switch (choice) {
            case 0: {
                Expr a = intE(depth + 1);
                int k = 2 + pick(3);
                int v = pick(2);
                String text = a + " % " + k + " == " + v;
                return a.constant() != null ? Expr.constant(text, (Integer) a.constant() % k == v) : Expr.of(text);
            }
            case 1: {
                Expr a = intE(depth + 1);
                Expr b = intE(depth + 1);
                String text = a + " < " + b;
                return a.constant() != null && b.constant() != null
                        ? Expr.constant(text, (Integer) a.constant() < (Integer) b.constant()) : Expr.of(text);
            }
            case 2:
                if (!bools.isEmpty()) {
                    return Expr.of(bools.get(pick(bools.size())).name());
                }
                return Expr.of("n > " + pick(4));
            case 3: {
                feature("expr: short circuit");
                Expr a = boolE(depth + 1);
                Expr b = boolE(depth + 1);
                return and("(" + a + " && " + b + ")", a, b);
            }
            case 4: {
                Expr a = boolE(depth + 1);
                String text = "!(" + a + ")";
                if (a.constant() != null) {
                    return Expr.constant(text, !(Boolean) a.constant());
                }
                return new Expr(text, null, a.folded() == null ? null : !a.folded(), a.neverFalse(), a.neverTrue(),
                        false);
            }
            default:
                return Expr.of(strExpr(depth + 1) + ".isEmpty()");
        }
    }

    /**
     * {@code a && b} as javac sees it: {@code Lower} folds it when {@code a} folds ({@code false && x} is false,
     * {@code true && x} is {@code x}); flow analysis scans {@code b} in the state {@code a} leaves when true, so it
     * is never true when either is, and never false when both are (or {@code a} is never true).
     */
    static Expr and(String text, Expr a, Expr b) {
        if (a.constant() != null && b.constant() != null) {
            return Expr.constant(text, (Boolean) a.constant() && (Boolean) b.constant());
        }
        Boolean folded = Boolean.FALSE.equals(a.folded()) ? Boolean.FALSE
                : Boolean.TRUE.equals(a.folded()) ? b.folded() : null;
        return new Expr(text, null, folded, a.neverTrue() || b.neverTrue(),
                a.neverFalse() && (b.neverFalse() || a.neverTrue()), false);
    }

    String yieldValue() {
        return "\"" + id("y") + ":\" + " + strExpr(1);
    }


    /** An instance member in an instance template, else a narrowed long, else a literal. */
    private Expr intFallback(int depth) {
        if (instance) {
            feature("call: instance member");
            return Expr.of(chance(50) ? "plus(" + intExpr(depth + 1) + ")" : "this.base");
        }
        List<Var> longs = visible(Type.LONG, false);
        if (!longs.isEmpty()) {
            return Expr.of("(int) (" + longs.get(pick(longs.size())).name() + " % 1000)");
        }
        int v = pick(7);
        return Expr.constant(String.valueOf(v), v);
    }
}
