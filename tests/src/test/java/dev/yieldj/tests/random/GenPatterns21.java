package dev.yieldj.tests.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Release-21 patterns: pattern switch statements and expressions (yields in case bodies, type and nested record
 * patterns, {@code when} guards, {@code case null}, {@code case null, default}, exhaustive switches over a sealed
 * hierarchy without {@code default}) and record patterns in {@code instanceof}. Only in the release-21 mode.
 *
 * <p>Validity rules kept by construction: for each record type the guarded and the more specific cases come before
 * the one total case of that type (no dominated label); guards read only the case's own bindings (a guard may not
 * read a local that is not effectively final) and contain no yield; no jump leaves a switch expression.
 */
abstract class GenPatterns21 extends GenPatterns {

    GenPatterns21(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }

    /** A case label and the bindings it brings into its body. */
    private record Case(String label, List<Var> bindings) {
    }

    /** The holder members of the pattern statements: constants, {@code obj}, and in release 21 the sealed shapes. */
    void patternHelpers() {
        objectHelpers();
        if (!release21) {
            return;
        }
        line("");
        line("sealed interface Shape permits Sq, Circ, Two {");
        line("}");
        line("");
        line("record Sq(int side) implements Shape {");
        line("}");
        line("");
        line("record Circ(String name) implements Shape {");
        line("}");
        line("");
        line("record Two(Shape left, Shape right) implements Shape {");
        line("}");
        line("");
        line("static Shape shape(int k, String s) {");
        line("    return switch (Math.floorMod(k, 4)) {");
        line("        case 0 -> new Sq(k);");
        line("        case 1 -> new Circ(s);");
        line("        case 2 -> new Two(new Sq(k + 1), new Circ(s + k));");
        line("        default -> new Two(new Two(new Circ(s), new Sq(k)), new Sq(-k));");
        line("    };");
        line("}");
    }

    String shapeExpr() {
        return "shape(" + intExpr(1) + ", " + strExpr(1) + ")";
    }

    void patternStatement21(int depth) {
        if (!release21) {
            line("Trace.dump(caps);");
            return;
        }
        switch (pick(5)) {
            case 0, 1 -> sealedSwitchStatement(depth);
            case 2 -> objectSwitchStatement(depth);
            case 3 -> patternSwitchExpression(depth);
            default -> recordPatternInstanceof(depth);
        }
    }

    private Var intVar(String name) {
        return new Var(name, Type.INT, false, true);
    }

    private Var strVar(String name) {
        return new Var(name, Type.STRING, false, true);
    }

    /** A guard over the binding {@code use} (an int expression): plain, or with a traced side effect. */
    private String guard(String use) {
        feature("pattern switch: when guard");
        return chance(30) ? " when Trace.val(\"" + id("g") + "\", " + use + ") % 2 == 0"
                : " when " + use + " > " + pick(4);
    }

    /** The cases of one record type of the sealed hierarchy: optional guarded/specific ones, then a total one. */
    private List<Case> casesOf(String type) {
        List<Case> cases = new ArrayList<>();
        String a = id("a");
        String q = id("q");
        switch (type) {
            case "Sq" -> {
                if (chance(50)) {
                    cases.add(new Case("Sq(int " + a + ")" + guard(a), List.of(intVar(a))));
                }
                cases.add(chance(50) ? new Case("Sq " + q, List.of(intVar(q + ".side()")))
                        : new Case("Sq(" + (chance(50) ? "var " : "int ") + a + ")", List.of(intVar(a))));
            }
            case "Circ" -> {
                if (chance(50)) {
                    cases.add(new Case("Circ " + q + guard(q + ".name().length()"), List.of(strVar(q + ".name()"))));
                }
                cases.add(new Case("Circ(String " + a + ")", List.of(strVar(a))));
            }
            default -> {
                String b = id("b");
                if (chance(60)) {
                    feature("record pattern: nested");
                    cases.add(new Case("Two(Sq(int " + a + "), Circ(var " + b + "))", List.of(intVar(a), strVar(b))));
                }
                if (chance(40)) {
                    feature("record pattern: nested");
                    cases.add(new Case("Two(Two(var " + a + ", Sq " + b + "), Shape " + q + ")" + guard(b + ".side()"),
                            List.of(strVar("String.valueOf(" + a + ")"), intVar(b + ".side()"))));
                }
                cases.add(chance(50) ? new Case("Two " + q, List.of(strVar("String.valueOf(" + q + ".left())")))
                        : new Case("Two(var " + a + ", Shape " + b + ")", List.of(strVar("String.valueOf(" + b + ")"))));
            }
        }
        return cases;
    }

    /** The cases of an exhaustive switch over Shape, types in random order, each type's total case last. */
    private List<Case> sealedCases() {
        List<String> types = new ArrayList<>(List.of("Sq", "Circ", "Two"));
        Collections.shuffle(types, rnd);
        List<Case> cases = new ArrayList<>();
        for (String t : types) {
            cases.addAll(casesOf(t));
        }
        return cases;
    }

    /** An exhaustive switch statement over the sealed Shape, no default; arrow or colon form. */
    private void sealedSwitchStatement(int depth) {
        feature("pattern switch stmt: sealed, exhaustive, no default");
        caseBodies("switch (" + shapeExpr() + ") {", sealedCases(), depth, chance(70));
    }

    /** A switch statement over Object: type patterns, case null, and default or case null, default. */
    private void objectSwitchStatement(int depth) {
        List<Case> cases = new ArrayList<>();
        int nulls = pick(3);
        if (nulls == 0) {
            feature("pattern switch: case null");
            cases.add(new Case("null", List.of()));
        }
        String i = id("i");
        if (chance(50)) {
            cases.add(new Case("Integer " + i + guard(i), List.of(intVar(i))));
            i = id("i");
        }
        cases.add(new Case("Integer " + i, List.of(intVar(i))));
        String t = id("t");
        cases.add(new Case("String " + t, List.of(strVar(t))));
        if (nulls == 1) {
            feature("pattern switch: case null, default");
            cases.add(new Case("null, default", List.of()));
        } else {
            feature(nulls == 0 ? "pattern switch: default" : "pattern switch: default only (null throws NPE)");
            cases.add(new Case("default", List.of()));
        }
        feature("pattern switch stmt: Object");
        caseBodies("switch (" + objExpr() + ") {", cases, depth, chance(75));
    }

    /** The switch statement with {@code cases}, each body a yield using a binding and a random block. */
    private void caseBodies(String head, List<Case> cases, int depth, boolean arrow) {
        feature(arrow ? "pattern switch stmt: arrow" : "pattern switch stmt: colon");
        frame().targets.add(new Target(TargetKind.SWITCH, null));
        line(head);
        indent++;
        for (Case c : cases) {
            line((c.label().equals("default") ? "" : "case ") + c.label() + (arrow ? " -> {" : ":"));
            indent++;
            push();
            scope().addAll(c.bindings());
            line("out.yield(\"" + id("p") + ":\" + " + (c.bindings().isEmpty() ? "\"-\"" : c.bindings().get(0).name())
                    + ");");
            feature("yield: in pattern case body");
            if (arrow) {
                block(depth + 1, 3);
            } else {
                statementNoDecl(depth + 1);
                line("break;");
            }
            pop();
            indent--;
            if (arrow) {
                line("}");
            }
        }
        indent--;
        line("}");
        endTarget();
    }

    /**
     * A pattern switch expression of String: over the sealed Shape (no default) or over Object, maybe the last
     * operand of a concatenation. If an operand before it leaves a long on the operand stack and the switch holds a
     * try statement, the operands before it are wrapped in {@code String.valueOf(..)}, same value and order, no long
     * on the stack ({@link JavacQuirks#SWITCH_WITH_TRY_OVER_LONG}).
     */
    private void patternSwitchExpression(int depth) {
        String name = freshLocal();
        reserved.add(name);
        boolean sealed = chance(60);
        feature(sealed ? "pattern switch expr: sealed, exhaustive, no default" : "pattern switch expr: Object");
        List<Case> cases = sealed ? sealedCases() : objectExpressionCases();
        Expr before = chance(30) ? strE(1) : null;
        String head = "String " + name + " = " + (before != null ? before + " + " : "") + "switch ("
                + (sealed ? shapeExpr() : objExpr()) + ") {";
        int headAt = sb.length();
        int tries = tryStatements;
        line(head);
        indent++;
        frames.add(new Frame(false));
        for (Case c : cases) {
            String value = c.bindings().isEmpty() ? "\"" + id("r") + "\"" : "\"" + id("r") + ":\" + "
                    + c.bindings().get(0).name();
            if (chance(35)) {
                line("case " + c.label() + " -> " + value + ";");
                continue;
            }
            feature("pattern switch expr: block with yields");
            line("case " + c.label() + " -> {");
            indent++;
            push();
            scope().addAll(c.bindings());
            line("out.yield(\"" + id("p") + ":\" + " + value + ");");
            block(depth + 1, 2);
            line("yield " + value + ";");
            pop();
            indent--;
            line("}");
        }
        frames.remove(frames.size() - 1);
        indent--;
        line("};");
        if (before != null && before.wide() && tryStatements > tries) {
            feature("pattern switch expr: after a long operand, which String.valueOf takes off the stack");
            int at = sb.indexOf(head, headAt);
            sb.replace(at, at + head.length(), head.replace(before + " + switch (",
                    "String.valueOf(" + before + ") + switch ("));
        }
        reserved.remove(name);
        scope().add(new Var(name, Type.STRING, true, false));
    }

    /** Integer (guarded, maybe), String, and case null, default: the cases of a switch expression over Object. */
    private List<Case> objectExpressionCases() {
        List<Case> cases = new ArrayList<>();
        String i = id("i");
        if (chance(40)) {
            cases.add(new Case("Integer " + i + guard(i), List.of(intVar(i))));
            i = id("i");
        }
        String t = id("t");
        cases.add(new Case("Integer " + i, List.of(intVar(i))));
        cases.add(new Case("String " + t, List.of(strVar(t))));
        feature("pattern switch: case null, default");
        cases.add(new Case("null, default", List.of()));
        return cases;
    }

    /** Record patterns in {@code instanceof}: nested, with {@code &&}, and negated with continue in a loop. */
    private void recordPatternInstanceof(int depth) {
        String a = id("a");
        String r = id("r");
        push();
        if (chance(50)) {
            feature("record pattern: instanceof, nested, && guard");
            line("if (" + shapeExpr() + " instanceof Two(Sq(int " + a + "), var " + r + ") && " + a + " > " + pick(3)
                    + ") {");
            indent++;
            scope().add(intVar(a));
            scope().add(strVar("String.valueOf(" + r + ")"));
            line("out.yield(\"" + id("p") + ":\" + " + r + ");");
            block(depth + 1, 3);
            indent--;
            line("}");
        } else {
            feature("record pattern: negated instanceof, continue");
            String sh = id("sh");
            maybeLabel(TargetKind.LOOP);
            line("for (Shape " + sh + " : List.of(" + shapeExpr() + ", " + shapeExpr() + ")) {");
            indent++;
            line("if (!(" + sh + " instanceof Two(Shape " + r + ", Sq(var " + a + ")))) {");
            line("    continue;");
            line("}");
            scope().add(intVar(a));
            scope().add(strVar("String.valueOf(" + r + ")"));
            line("out.yield(\"" + id("p") + ":\" + " + a + ");");
            block(depth + 1, 3);
            indent--;
            line("}");
            endTarget();
        }
        pop();
    }
}
