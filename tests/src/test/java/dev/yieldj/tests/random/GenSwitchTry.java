package dev.yieldj.tests.random;

import java.util.ArrayList;
import java.util.List;

/** Classic (non-pattern) switch statements and expressions, try/catch/finally and try-with-resources. */
abstract class GenSwitchTry extends GenStatements {

    GenSwitchTry(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }


    void switchStatement(int depth) {
        int sel = pick(3);
        String[] labels;
        String selector;
        if (sel == 0) {
            feature("switch stmt: int");
            selector = "Math.abs(" + intExpr(1) + ") % 4";
            labels = new String[] {intLabel(0), intLabel(1), intLabel(2)};
        } else if (sel == 1) {
            feature("switch stmt: String");
            selector = "\"k\" + Math.abs(" + intExpr(1) + " % 3)";
            labels = new String[] {"\"k0\"", chance(50) ? stringConstant() : "\"k1\"", "\"k2\""};
        } else {
            feature("switch stmt: enum");
            selector = "E.values()[Math.abs(" + intExpr(1) + " % 3)]";
            labels = new String[] {"A", "B", "C"};
        }
        boolean arrow = chance(45);
        maybeLabel(TargetKind.SWITCH);
        line("switch (" + selector + ") {");
        indent++;
        int cases = 1 + pick(labels.length);
        for (int c = 0; c < cases; c++) {
            if (arrow) {
                feature("switch stmt: arrow");
                line("case " + labels[c] + " -> {");
                indent++;
                block(depth + 1, 3);
                indent--;
                line("}");
            } else {
                feature("switch stmt: colon");
                line("case " + labels[c] + ":");
                indent++;
                push();
                int n = pick(3);
                for (int i = 0; i < n && budget > 0; i++) {
                    statementNoDecl(depth + 1);
                }
                pop();
                if (chance(65)) {
                    line("break;");
                } else {
                    feature("switch: fall-through");
                }
                indent--;
            }
        }
        if (chance(70)) {
            switchDefault(arrow, depth);
        }
        indent--;
        line("}");
        endTarget();
    }

    private void switchDefault(boolean arrow, int depth) {
        if (arrow) {
            line("default -> {");
            indent++;
            block(depth + 1, 3);
            indent--;
            line("}");
        } else {
            line("default:");
            indent++;
            push();
            statementNoDecl(depth + 1);
            pop();
            indent--;
        }
    }

    /** A statement that declares nothing in the current scope (a colon-switch group shares its scope). */
    void statementNoDecl(int depth) {
        line("{");
        indent++;
        push();
        statement(depth);
        pop();
        indent--;
        line("}");
    }

    void switchExpression(int depth) {
        boolean arrow = chance(55);
        feature(arrow ? "switch expr: arrow" : "switch expr: colon");
        String name = freshLocal();
        reserved.add(name);
        boolean inside = chance(30);
        String prefix = inside ? "int " + name + " = " + intExpr(1) + " + switch (" : "int " + name + " = switch (";
        if (inside) {
            feature("switch expr: inside a larger expression");
        }
        line(prefix + "Math.abs(" + intExpr(1) + ") % 3) {");
        indent++;
        frames.add(new Frame(false));
        int cases = 1 + pick(2);
        for (int c = 0; c < cases; c++) {
            if (arrow) {
                if (chance(40)) {
                    line("case " + intLabel(c) + " -> " + intExpr(1) + ";");
                } else {
                    feature("switch expr: block");
                    line("case " + intLabel(c) + " -> {");
                    indent++;
                    block(depth + 1, 3);
                    line("yield " + intExpr(1) + ";");
                    indent--;
                    line("}");
                }
            } else {
                line("case " + intLabel(c) + ":");
                indent++;
                push();
                int n = pick(3);
                for (int i = 0; i < n && budget > 0; i++) {
                    statementNoDecl(depth + 1);
                }
                pop();
                if (chance(75)) {
                    line("yield " + intExpr(1) + ";");
                } else {
                    feature("switch: fall-through");
                }
                indent--;
            }
        }
        switchExpressionDefault(arrow, depth);
        frames.remove(frames.size() - 1);
        indent--;
        line("};");
        reserved.remove(name);
        scope().add(new Var(name, Type.INT, true, false));
    }

    void catches(int depth) {
        int style = pick(6);
        List<String> types = switch (style) {
            case 0 -> List.of("IllegalStateException");
            case 1 -> List.of("IllegalStateException | IllegalArgumentException");
            case 2 -> List.of("RuntimeException");
            case 3 -> List.of("IllegalStateException", "RuntimeException");
            case 4 -> List.of("Exception");
            default -> List.of("ArithmeticException", "Exception");
        };
        if (style == 1) {
            feature("try: multi-catch");
        }
        for (String type : types) {
            feature("try: catch");
            String e = id("e");
            line("} catch (" + type + " " + e + ") {");
            indent++;
            push();
            line("Trace.caught(" + e + ");");
            if (chance(40)) {
                feature("yield: in catch");
                line("out.yield(\"" + id("c") + ":\" + " + e + ".getMessage());");
            }
            block(depth + 1, 3);
            pop();
            indent--;
        }
    }

    void finallyBlock(String tid, int depth) {
        feature("try: finally");
        line("} finally {");
        indent++;
        line("Trace.fin(\"" + tid + "\");");
        frames.add(new Frame(false));
        finallyDepth++;
        if (chance(40)) {
            feature("yield: in finally");
            line("out.yield(\"" + id("f") + "\");");
        }
        block(depth + 1, 3);
        finallyDepth--;
        frames.remove(frames.size() - 1);
        indent--;
    }

    void tryStatement(int depth) {
        tryStatements++;
        boolean hasCatch = chance(70);
        boolean hasFinally = !hasCatch || chance(50);
        String tid = id("T");
        if (hasFinally) {
            line("Trace.enter(\"" + tid + "\");");
        }
        line("try {");
        indent++;
        push();
        if (chance(50)) {
            feature("yield: in try");
            line("out.yield(" + yieldValue() + ");");
        }
        block(depth + 1, 4);
        pop();
        indent--;
        if (hasCatch) {
            catches(depth);
        }
        if (hasFinally) {
            finallyBlock(tid, depth);
        }
        line("}");
    }

    void tryWithResources(int depth) {
        tryStatements++;
        feature("try-with-resources");
        String tid = id("T");
        int n = 1 + pick(3);
        List<String> names = new ArrayList<>();
        List<String> decls = new ArrayList<>();
        String before = null;
        if (chance(20)) {
            feature("twr: resource declared before");
            before = id("r");
            line("Res " + before + " = Res.open(\"" + before + "\");");
        }
        for (int i = 0; i < n; i++) {
            String r = id("r");
            names.add(r);
            decls.add("Res " + r + " = " + resourceInit(r));
        }
        if (before != null) {
            decls.add(0, before);
            names.add(0, before);
        }
        if (n > 1) {
            feature("twr: several resources");
        }
        boolean hasCatch = chance(40);
        boolean hasFinally = chance(40);
        if (hasFinally) {
            line("Trace.enter(\"" + tid + "\");");
        }
        line("try (" + String.join("; ", decls) + ") {");
        indent++;
        push();
        for (String r : names) {
            line("Trace.log(\"use \" + Res.nameOf(" + r + "));");
        }
        if (chance(60)) {
            feature("yield: in try-with-resources");
            line("out.yield(" + yieldValue() + ");");
        }
        block(depth + 1, 3);
        pop();
        indent--;
        if (hasCatch) {
            catches(depth);
        }
        if (hasFinally) {
            finallyBlock(tid, depth);
        }
        line("}");
    }

    /**
     * The case label of int {@code value}: the literal, a constant of the holder class or a statically imported
     * constant ({@code java.util.Calendar.JANUARY == 0}, {@code FEBRUARY == 1}), so the generated class must
     * resolve names the template's compilation unit sees.
     */
    String intLabel(int value) {
        int how = pick(3);
        if (how == 0 || value > 2) {
            return String.valueOf(value);
        }
        if (how == 1 && value > 0) {
            feature("case label: holder constant");
            return value == 1 ? "ONE" : "TWO";
        }
        if (value < 2) {
            feature("case label: statically imported constant");
            return value == 0 ? "JANUARY" : "FEBRUARY";
        }
        return String.valueOf(value);
    }

    /** The String constant of the holder class equal to {@code "k1"}, as a case label. */
    String stringConstant() {
        feature("case label: holder String constant");
        return "KEY1";
    }

    /** The default of a switch expression: a block or statements that end in a yield. */
    private void switchExpressionDefault(boolean arrow, int depth) {
        if (arrow) {
            line("default -> {");
            indent++;
            block(depth + 1, 2);
            line("yield " + intExpr(1) + ";");
            indent--;
            line("}");
        } else {
            line("default:");
            indent++;
            push();
            statementNoDecl(depth + 1);
            pop();
            line("yield " + intExpr(1) + ";");
            indent--;
        }
    }

    /** The initializer of resource {@code r}: opens, maybe null, maybe failing to open or to close. */
    private String resourceInit(String r) {
        int kind = pick(10);
        if (kind == 0) {
            feature("twr: null resource");
            return "(" + boolExpr(1) + ") ? null : Res.open(\"" + r + "\")";
        } else if (kind == 1) {
            feature("twr: close fails");
            return "Res.open(\"" + r + "\", true)";
        } else if (kind == 2) {
            feature("twr: open fails");
            return "(" + boolExpr(1) + ") ? Res.openFailing(\"" + r + "\") : Res.open(\"" + r + "\")";
        }
        return "Res.open(\"" + r + "\")";
    }
}
