package dev.yieldj.tests.random;

import java.util.ArrayList;
import java.util.List;

/** Simple statements: declarations, assignments, if, loops, labelled blocks, jumps, throws, captures, yieldAll. */
abstract class GenStatements extends GenExpressions {

    GenStatements(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }


    void declaration() {
        String name = freshLocal();
        int t = pick(8);
        Type type;
        String init;
        String declared;
        if (t < 3) {
            type = Type.INT;
            init = intExpr(0);
        } else if (t < 5) {
            type = Type.STRING;
            init = strExpr(0);
        } else if (t < 6) {
            type = Type.LONG;
            init = longExpr(0);
        } else if (t < 7 && chance(50)) {
            type = Type.ARRAY;
            init = "{" + intExpr(1) + ", " + intExpr(1) + ", " + pick(9) + "}";
            if (chance(50)) {
                init = "new int[] " + init;
            }
        } else {
            type = Type.BOOL;
            init = boolExpr(0);
        }
        if (chance(30) && !init.startsWith("{")) {
            feature("local: var");
            declared = "var";
        } else {
            declared = type.java;
        }
        feature("local: " + type.java);
        line(declared + " " + name + " = " + init + ";");
        scope().add(new Var(name, type, true, false));
    }

    void assignment() {
        List<Var> vars = visible(null, true);
        if (vars.isEmpty()) {
            declaration();
            return;
        }
        Var v = vars.get(pick(vars.size()));
        switch (v.type()) {
            case INT -> {
                int k = pick(7);
                if (k == 0) {
                    feature("assign: ++/--");
                    line(v.name() + (chance(50) ? "++;" : "--;"));
                } else if (k < 4) {
                    feature("assign: compound");
                    String op = List.of("+=", "-=", "*=", "^=", "|=", "<<=", ">>=").get(pick(7));
                    line(v.name() + " " + op + " " + (op.contains("<") || op.contains(">") ? pick(4) : intExpr(1)) + ";");
                } else {
                    line(v.name() + " = " + intExpr(0) + ";");
                }
            }
            case LONG -> {
                feature("assign: compound");
                line(v.name() + " += " + intExpr(1) + ";");
            }
            case STRING -> {
                feature("assign: string +=");
                line(v.name() + " += " + (chance(50) ? intExpr(1) : strExpr(1)) + ";");
            }
            case BOOL -> line(v.name() + " = " + boolExpr(0) + ";");
            case ARRAY -> {
                feature("assign: array element");
                String index = v.name() + "[Math.floorMod(" + intExpr(1) + ", " + v.name() + ".length)]";
                line(chance(50) ? index + " += " + intExpr(1) + ";" : index + "++;");
            }
        }
    }

    void ifStatement(int depth) {
        feature("if");
        Expr c = boolE(0);
        line("if (" + c + ") {");
        indent++;
        branch(depth, Boolean.FALSE.equals(c.folded()), c.neverTrue());
        indent--;
        if (chance(50)) {
            feature("if/else");
            boolean prunedElse = Boolean.TRUE.equals(c.folded());
            boolean vacuousElse = c.neverFalse();
            if (chance(30)) {
                Expr c2 = boolE(0);
                line("} else if (" + c2 + ") {");
                indent++;
                branch(depth, prunedElse || Boolean.FALSE.equals(c2.folded()), vacuousElse || c2.neverTrue());
                indent--;
                prunedElse |= Boolean.TRUE.equals(c2.folded());
                vacuousElse |= c2.neverFalse();
            }
            line("} else {");
            indent++;
            branch(depth, prunedElse, vacuousElse);
            indent--;
        }
        line("}");
    }

    /**
     * The block of a branch of an {@code if}: one that javac's {@code Lower} drops as dead code ({@code prunes}), or
     * that javac's flow analysis enters in a vacuous state ({@code vacuousState}), is counted in {@link #pruned} and
     * {@link #vacuous} while it is generated.
     */
    void branch(int depth, boolean prunes, boolean vacuousState) {
        pruned += prunes ? 1 : 0;
        vacuous += vacuousState ? 1 : 0;
        block(depth + 1, 3);
        pruned -= prunes ? 1 : 0;
        vacuous -= vacuousState ? 1 : 0;
    }


    void loop(int depth) {
        int bound = 1 + pick(3);
        String boundExpr = chance(50) ? String.valueOf(bound) : "(n % " + (bound + 1) + " + 1)";
        int kind = pick(5);
        push();
        switch (kind) {
            case 0 -> {
                feature("loop: for");
                String i = id("i");
                maybeLabel(TargetKind.LOOP);
                line("for (int " + i + " = 0; " + i + " < " + boundExpr + "; " + i + "++) {");
                scope().add(new Var(i, Type.INT, false, false));
            }
            case 1 -> {
                feature("loop: while");
                String w = id("w");
                line("int " + w + " = 0;");
                maybeLabel(TargetKind.LOOP);
                line("while (" + w + "++ < " + boundExpr + ") {");
                scope().add(new Var(w, Type.INT, false, false));
            }
            case 2 -> {
                doLoop(depth, boundExpr);
                return;
            }
            case 3 -> {
                feature("loop: for-each array");
                String x = id("x");
                StringBuilder arr = new StringBuilder();
                for (int k = 0; k < bound; k++) {
                    arr.append(k > 0 ? ", " : "").append(pick(20));
                }
                maybeLabel(TargetKind.LOOP);
                line("for (int " + x + " : new int[] {" + arr + "}) {");
                scope().add(new Var(x, Type.INT, false, true));
            }
            default -> {
                feature("loop: for-each iterable");
                String x = id("x");
                StringBuilder arr = new StringBuilder();
                for (int k = 0; k < bound; k++) {
                    arr.append(k > 0 ? ", " : "").append('"').append((char) ('p' + k)).append('"');
                }
                maybeLabel(TargetKind.LOOP);
                line("for (String " + x + " : List.of(" + arr + ")) {");
                scope().add(new Var(x, Type.STRING, false, true));
            }
        }
        indent++;
        block(depth + 1, 4);
        indent--;
        line("}");
        endTarget();
        pop();
    }

    void labelledBlock(int depth) {
        feature("labelled block");
        String label = id("B");
        line(label + ": {");
        frame().targets.add(new Target(TargetKind.BLOCK, label));
        indent++;
        block(depth + 1, 4);
        indent--;
        line("}");
        endTarget();
    }

    void jump() {
        List<String> options = new ArrayList<>();
        List<Target> ts = frame().targets;
        boolean inLoop = false;
        boolean breakable = false;
        for (Target t : ts) {
            if (t.kind() == TargetKind.LOOP) {
                inLoop = true;
            }
            if (t.kind() != TargetKind.BLOCK) {
                breakable = true;
            }
            if (t.label() != null) {
                options.add("break " + t.label());
                if (t.kind() == TargetKind.LOOP) {
                    options.add("continue " + t.label());
                }
            }
        }
        if (breakable) {
            options.add("break");
        }
        if (inLoop) {
            options.add("continue");
        }
        if (frame().canReturn) {
            options.add("return");
        }
        options.add("throw");
        String j = options.get(pick(options.size()));
        if (j.equals("throw")) {
            throwStatement();
            return;
        }
        feature("jump: " + j.replaceAll(" .*", j.contains(" ") ? " label" : ""));
        Expr c = boolE(0);
        line("if (" + c + ") " + j + ";");
        vacuousRest |= c.neverFalse();
    }

    void throwStatement() {
        String e = switch (pick(6)) {
            case 0, 1 -> "new IllegalStateException(\"" + id("ise") + "\")";
            case 2 -> "new IllegalArgumentException(\"" + id("iae") + "\")";
            case 3 -> "new ArithmeticException(\"" + id("ae") + "\")";
            case 4 -> {
                feature("throw: checked IOException");
                yield "new java.io.IOException(\"" + id("io") + "\")";
            }
            default -> {
                feature("throw: checked Exception");
                yield "new Exception(\"" + id("ex") + "\")";
            }
        };
        feature("throw");
        Expr a = boolE(0);
        Expr i = intE(1);
        String third = i + " % 3 == 0";
        Expr c = and(a + " && " + third, a,
                i.constant() != null ? Expr.constant(third, (Integer) i.constant() % 3 == 0) : Expr.of(third));
        line("if (" + c + ") throw " + e + ";");
        vacuousRest |= c.neverFalse();
    }


    void capture() {
        String c = id("cap");
        String value = chance(50) ? intExpr(0) : strExpr(0);
        line("final var " + c + " = " + value + ";");
        List<Var> finals = new ArrayList<>();
        for (Var v : visible(null, false)) {
            if (v.capturable()) {
                finals.add(v);
            }
        }
        String extra = finals.isEmpty() ? "" : " + \"/\" + " + finals.get(pick(finals.size())).name();
        int how = pick(4);
        if (WITHOUT.contains("local-classes") && (how == 1 || how == 2)) {
            how = 0;
        }
        switch (how) {
            case 0 -> {
                feature("capture: lambda");
                line("caps.add(() -> \"" + c + "=\" + " + c + extra + ");");
            }
            case 1 -> {
                feature("capture: anonymous class");
                String anon = id("anon");
                line("Named " + anon + " = new Named() {");
                line("    @Override");
                line("    public String name() {");
                line("        return \"" + c + "=\" + " + c + extra + ";");
                line("    }");
                line("};");
                line("caps.add(" + anon + "::name);");
            }
            case 2 -> {
                feature("capture: local class");
                String lc = id("Local");
                line("class " + lc + " implements Supplier<String> {");
                line("    @Override");
                line("    public String get() {");
                line("        return \"" + c + "=\" + " + c + extra + ";");
                line("    }");
                line("}");
                line("caps.add(new " + lc + "());");
            }
            default -> {
                feature("capture: method reference");
                line("caps.add(String.valueOf(" + c + ")::trim);");
            }
        }
        // its type is int or String: later expressions use it as String.valueOf(c), which fits both
        scope().add(new Var("String.valueOf(" + c + ")", Type.STRING, false, true));
    }

    void yieldAll() {
        int k = pick(6);
        if (!allowGeneratedNames) {
            k = k % 2;
        }
        if (k == 0) {
            feature("yieldAll: list");
            line("out.yieldAll(List.of(" + yieldValue() + ", \"" + id("z") + "\"));");
        } else if (k == 1) {
            feature("yieldAll: iterator");
            line("out.yieldAll(List.of(\"" + id("it") + "\", " + strExpr(1) + ").iterator());");
        } else if (k == 2) {
            boolean walk = chance(50);
            feature(walk ? "yieldAll: recursive generator with a tail call" : "yieldAll: recursive generator");
            namesGenerated = true;
            line("out.yieldAll(" + cls + "Generators." + (walk ? "walk" : "rec") + "(Math.abs(" + intExpr(1)
                    + ") % 5));");
        } else if (k == 4) {
            feature("yieldAll: generic helper given a factory lambda");
            namesGenerated = true;
            String m = id("m");
            line("out.yieldAll(pullVia(" + m + " -> " + cls + "Generators.rec(" + m + "), Math.abs(" + intExpr(1)
                    + ") % 3));");
        } else {
            feature("yieldAll: started generator");
            namesGenerated = true;
            String g = id("g");
            boolean var = chance(50);
            if (var) {
                feature("local: var of a generated type");
            }
            line((var ? "var" : cls + "Generators.Rec") + " " + g + " = " + cls + "Generators.rec(2);");
            line("Trace.log(\"pre \" + " + g + ".next());");
            line("out.yieldAll(" + g + ");");
        }
    }


    /** A do-while loop bounded by a counter its condition increments. */
    private void doLoop(int depth, String boundExpr) {
        feature("loop: do");
        String d = id("d");
        line("int " + d + " = 0;");
        maybeLabel(TargetKind.LOOP);
        line("do {");
        scope().add(new Var(d, Type.INT, false, false));
        indent++;
        block(depth + 1, 4);
        indent--;
        line("} while (++" + d + " < " + boundExpr + ");");
        endTarget();
        pop();
    }
}
