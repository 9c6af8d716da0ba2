package dev.yieldj.tests.random;

import java.util.List;

/** Random int, long, String and boolean expressions over the locals in scope. */
abstract class GenExpressions extends GenBase {

    GenExpressions(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }


    String intExpr(int depth) {
        List<Var> ints = visible(Type.INT, false);
        int choice = pick(depth > 2 ? 3 : 13);
        switch (choice) {
            case 0:
                return String.valueOf(pick(10));
            case 1:
            case 2:
                if (!ints.isEmpty()) {
                    return ints.get(pick(ints.size())).name();
                }
                return "n";
            case 3:
                return "(" + intExpr(depth + 1) + " + " + intExpr(depth + 1) + ")";
            case 4:
                return "(" + intExpr(depth + 1) + " * " + (1 + pick(4)) + " % " + (3 + pick(5)) + ")";
            case 5:
                feature("call: static helper");
                return "twice(" + intExpr(depth + 1) + ")";
            case 6:
                feature("call: helper named next");
                return "next(" + intExpr(depth + 1) + ")";
            case 7:
                feature("expr: ternary");
                return "(" + boolExpr(depth + 1) + " ? " + intExpr(depth + 1) + " : " + intExpr(depth + 1) + ")";
            case 8:
                feature("expr: side effect in expression");
                return "Trace.val(\"" + id("x") + "\", " + intExpr(depth + 1) + ")";
            case 9:
                if (allowGeneratedNames && chance(20)) {
                    feature("call: holder helper using its generated type through var");
                    return "countRec(" + pick(3) + ")";
                }
                return strExpr(depth + 1) + ".length()";
            case 10: {
                List<Var> mut = visible(Type.INT, true);
                if (!mut.isEmpty() && depth > 0) {
                    feature("expr: ++/-- inside expression");
                    String v = mut.get(pick(mut.size())).name();
                    return List.of(v + "++", "++" + v, v + "--", "--" + v).get(pick(4));
                }
                return String.valueOf(pick(5));
            }
            case 11: {
                List<Var> arrays = visible(Type.ARRAY, false);
                if (!arrays.isEmpty()) {
                    feature("expr: array element");
                    String arr = arrays.get(pick(arrays.size())).name();
                    return chance(30) ? arr + ".length"
                            : arr + "[Math.floorMod(" + intExpr(depth + 1) + ", " + arr + ".length)]";
                }
                return String.valueOf(pick(9));
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

    String strExpr(int depth) {
        List<Var> strs = visible(Type.STRING, false);
        int choice = pick(depth > 2 ? 2 : 7);
        switch (choice) {
            case 0:
                return "\"" + (char) ('a' + pick(26)) + "\"";
            case 1:
            case 2:
                if (!strs.isEmpty()) {
                    return strs.get(pick(strs.size())).name();
                }
                return "s";
            case 3:
                feature("expr: string concat");
                return "(" + strExpr(depth + 1) + " + " + intExpr(depth + 1) + ")";
            case 4:
                return "String.valueOf(" + boolExpr(depth + 1) + ")";
            case 5:
                if (instance) {
                    feature("call: this");
                    return "this.toString()";
                }
                return "(\"k\" + " + intExpr(depth + 1) + ")";
            default:
                List<Var> arrays = visible(Type.ARRAY, false);
                if (!arrays.isEmpty() && chance(50)) {
                    return "java.util.Arrays.toString(" + arrays.get(pick(arrays.size())).name() + ")";
                }
                List<Var> longs = visible(Type.LONG, false);
                return longs.isEmpty() ? "s" : "(\"L\" + " + longs.get(pick(longs.size())).name() + ")";
        }
    }

    String boolExpr(int depth) {
        List<Var> bools = visible(Type.BOOL, false);
        int choice = pick(depth > 2 ? 2 : 6);
        switch (choice) {
            case 0:
                return intExpr(depth + 1) + " % " + (2 + pick(3)) + " == " + pick(2);
            case 1:
                return intExpr(depth + 1) + " < " + intExpr(depth + 1);
            case 2:
                if (!bools.isEmpty()) {
                    return bools.get(pick(bools.size())).name();
                }
                return "n > " + pick(4);
            case 3:
                feature("expr: short circuit");
                return "(" + boolExpr(depth + 1) + " && " + boolExpr(depth + 1) + ")";
            case 4:
                return "!(" + boolExpr(depth + 1) + ")";
            default:
                return strExpr(depth + 1) + ".isEmpty()";
        }
    }

    String yieldValue() {
        return "\"" + id("y") + ":\" + " + strExpr(1);
    }


    /** An instance member in an instance template, else a narrowed long, else a literal. */
    private String intFallback(int depth) {
        if (instance) {
            feature("call: instance member");
            return chance(50) ? "plus(" + intExpr(depth + 1) + ")" : "this.base";
        }
        List<Var> longs = visible(Type.LONG, false);
        if (!longs.isEmpty()) {
            return "(int) (" + longs.get(pick(longs.size())).name() + " % 1000)";
        }
        return String.valueOf(pick(7));
    }
}
