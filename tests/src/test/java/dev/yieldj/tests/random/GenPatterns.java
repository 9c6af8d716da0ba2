package dev.yieldj.tests.random;

/**
 * Java 17 patterns and scoping: {@code instanceof} type patterns whose bindings flow out of negated tests, into
 * {@code &&}/{@code ||} chains and loop conditions and stay live across yields; enhanced-for over a cast or a
 * conditional; local records and classes used inside {@code List<P>}, {@code P[]} and {@code Supplier<P>}.
 */
abstract class GenPatterns extends GenSwitchTry {

    /**
     * On (the default): local classes take their values through explicit constructors. The processor once
     * rejected a local class with an explicit constructor and a reference type in its body (javac's implicit
     * {@code super();}, without text of its own, made the class unprintable; TrickyTemplatesTest
     * localClassesWithConstructorsAndReferenceTypes). {@code -Dyieldj.random.localClassConstructor=false} goes
     * back to a {@code set} method and the default constructor.
     */
    static final boolean LOCAL_CLASS_CONSTRUCTOR =
            Boolean.parseBoolean(System.getProperty("yieldj.random.localClassConstructor", "true"));

    /**
     * On (the default): {@code while (!(x instanceof T t)) {...}} and then {@code t} after the loop. It was off
     * because javac rejected some programs ("variable t might not have been initialized"); that is a javac bug
     * ({@link JavacQuirks#BINDING_AFTER_NEGATED_WHILE}), which the loop body now keeps away from.
     * {@code -Dyieldj.random.negatedWhile=false} turns it off (an {@code &&} chain instead).
     */
    static final boolean NEGATED_WHILE_BINDING =
            Boolean.parseBoolean(System.getProperty("yieldj.random.negatedWhile", "true"));

    GenPatterns(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }

    /** Holder members the pattern statements use: constants for case labels and a helper of mixed results. */
    void objectHelpers() {
        line("");
        line("static final int ONE = 1;");
        line("static final int TWO = ONE + 1;");
        line("static final String KEY1 = \"k\" + ONE;");
        line("");
        // an Object of varying class, null included, so that type tests both match and fail
        line("static Object obj(int k, String s) {");
        line("    int m = Math.floorMod(k, 5);");
        line("    if (m == 0) return k;");
        line("    if (m == 1) return s;");
        line("    if (m == 2) return null;");
        line("    if (m == 3) return List.of(k, s);");
        line("    return \"w\" + k;");
        line("}");
    }

    /** An Object-typed expression: a mixed {@code obj(..)} or a boxed int or a String. */
    String objExpr() {
        return switch (pick(4)) {
            case 0, 1 -> "obj(" + intExpr(1) + ", " + strExpr(1) + ")";
            case 2 -> "(Object) (" + strExpr(1) + ")";
            default -> "(Object) (" + intExpr(1) + ")";
        };
    }

    void patternStatement(int depth) {
        switch (pick(7)) {
            case 0 -> negatedInstanceofInLoop(depth);
            case 1 -> instanceofChain(depth);
            case 2 -> instanceofInLoopCondition(depth);
            case 3 -> {
                if (NEGATED_WHILE_BINDING) {
                    negatedInstanceofWhile(depth);
                } else {
                    instanceofChain(depth);
                }
            }
            case 4 -> forOverCastOrConditional(depth);
            case 5 -> {
                if (pruned > 0 && JavacQuirks.DROPS_LOCAL_CLASSES_OF_PRUNED_BRANCHES) {
                    // the running javac would write no class file for it, yet name it (JavacQuirks.PRUNED_LOCAL_CLASS)
                    feature("local types: none in a branch this javac prunes");
                    negatedInstanceofExit();
                } else {
                    localTypesInGenerics();
                }
            }
            default -> negatedInstanceofExit();
        }
    }

    /** A type test of a random class: the binding's type and how it joins the expressions of its type. */
    private String[] typeTest(String binding) {
        return chance(50) ? new String[] {"Integer", binding, "INT"} : new String[] {"String", binding, "STRING"};
    }

    private void bind(String[] test) {
        scope().add(new Var(test[1], Type.valueOf(test[2]), false, true));
    }

    /** {@code for (Object o : ...) { if (!(o instanceof T m)) { continue; } yield; ... m ... }}. */
    private void negatedInstanceofInLoop(int depth) {
        feature("instanceof: negated, continue, binding after");
        String o = id("o");
        String[] test = typeTest(id("m"));
        push();
        maybeLabel(TargetKind.LOOP);
        line("for (Object " + o + " : java.util.Arrays.asList(" + objExpr() + ", " + objExpr() + ", " + objExpr()
                + ")) {");
        indent++;
        line("if (!(" + o + " instanceof " + test[0] + " " + test[1] + ")) {");
        line("    continue;");
        line("}");
        line("out.yield(\"" + id("p") + ":\" + " + test[1] + ");");
        bind(test);
        block(depth + 1, 3);
        feature("instanceof: binding used after a yield");
        line("Trace.log(\"" + id("b") + ":\" + " + test[1] + ");");
        indent--;
        line("}");
        endTarget();
        pop();
    }

    /** {@code if (!(x instanceof T m)) { return; }} (or throw): m is in scope for the rest of the block. */
    private void negatedInstanceofExit() {
        feature("instanceof: negated, exit, binding in the rest of the block");
        String[] test = typeTest(id("m"));
        String exit = frame().canReturn && chance(50) ? "return;"
                : "throw new IllegalStateException(\"" + id("nm") + "\");";
        String value = chance(70) ? "(Object) (" + (test[0].equals("String") ? strExpr(1) : intExpr(1)) + ")"
                : objExpr();
        line("if (!(" + value + " instanceof " + test[0] + " " + test[1] + ")) {");
        line("    " + exit);
        line("}");
        bind(test);
        line("out.yield(\"" + id("p") + ":\" + " + test[1] + ");");
    }

    /** Patterns in {@code &&} chains, and the else branch of a negated test in an {@code ||} chain. */
    private void instanceofChain(int depth) {
        String[] test = typeTest(id("m"));
        String o = objExpr();
        String use = test[0].equals("String") ? test[1] + ".length()" : test[1];
        push();
        if (chance(50)) {
            feature("instanceof: && chain");
            int k = pick(3);
            Expr guard = boolE(1);
            line("if (" + o + " instanceof " + test[0] + " " + test[1] + " && " + use + " > " + k + " && " + guard
                    + ") {");
            indent++;
            bind(test);
            line("out.yield(\"" + id("p") + ":\" + " + test[1] + ");");
            // javac's Lower never folds this condition (its first operand is not constant), its flow analysis may
            vacuous += guard.neverTrue() ? 1 : 0;
            block(depth + 1, 3);
            vacuous -= guard.neverTrue() ? 1 : 0;
            indent--;
            line("}");
        } else {
            feature("instanceof: || chain, binding in else");
            line("if (!(" + o + " instanceof " + test[0] + " " + test[1] + ") || " + use + " < " + pick(3) + ") {");
            indent++;
            block(depth + 1, 2);
            indent--;
            line("} else {");
            indent++;
            bind(test);
            line("out.yield(\"" + id("p") + ":\" + " + test[1] + ");");
            block(depth + 1, 3);
            indent--;
            line("}");
        }
        pop();
    }

    /** {@code while (it.hasNext() && it.next() instanceof T m) { ... }}: bounded by the iterator. */
    private void instanceofInLoopCondition(int depth) {
        feature("instanceof: in a loop condition");
        String it = id("it");
        String[] test = typeTest(id("m"));
        line("Iterator<Object> " + it + " = java.util.Arrays.asList(" + objExpr() + ", " + objExpr() + ", "
                + objExpr() + ").iterator();");
        push();
        maybeLabel(TargetKind.LOOP);
        line("while (" + it + ".hasNext() && " + it + ".next() instanceof " + test[0] + " " + test[1] + ") {");
        indent++;
        bind(test);
        line("out.yield(\"" + id("p") + ":\" + " + test[1] + ");");
        block(depth + 1, 3);
        indent--;
        line("}");
        endTarget();
        pop();
    }

    /**
     * {@code while (!(cur instanceof String t)) { ...; cur = it.next(); }} then t after the loop: the body holds
     * no jump, so no break can skip the binding and no continue can skip the advance. Where javac's flow analysis
     * takes the loop to be unreachable ({@link #inVacuous}), the body assigns no variable declared before the loop
     * ({@link JavacQuirks#BINDING_AFTER_NEGATED_WHILE}).
     */
    private void negatedInstanceofWhile(int depth) {
        feature("instanceof: negated loop condition, binding after the loop");
        String it = id("it");
        String cur = id("cur");
        String t = id("t");
        line("Iterator<Object> " + it + " = java.util.Arrays.asList(" + objExpr() + ", " + objExpr()
                + ", \"end\").iterator();");
        line("Object " + cur + " = " + it + ".next();");
        line("while (!(" + cur + " instanceof String " + t + ")) {");
        indent++;
        line("out.yield(\"" + id("p") + ":\" + " + cur + ");");
        // simple statements only: javac 17 does not introduce the binding after the loop when the body holds any
        // break, even one whose target is inside the body (a switch, a nested loop); javac 21+ does
        push();
        int assignable = assignableFrom;
        if (inVacuous()) {
            feature("instanceof: negated loop condition where javac's flow analysis sees no way in");
            assignableFrom = scopes.size() - 1;
        }
        for (int i = pick(3); i > 0; i--) {
            if (chance(50)) {
                declaration();
            } else {
                assignment();
            }
        }
        line("out.yield(" + yieldValue() + ");");
        assignableFrom = assignable;
        pop();
        line(cur + " = " + it + ".next();");
        indent--;
        line("}");
        scope().add(new Var(t, Type.STRING, false, true));
        line("out.yield(\"" + id("p") + ":\" + " + t + ");");
    }

    /** {@code for (Object o : (List<?>) obj)} and {@code for (String x : flag ? a : b)}. */
    private void forOverCastOrConditional(int depth) {
        String x = id("x");
        push();
        if (chance(50)) {
            feature("for-each: over a cast");
            String obj = id("obj");
            line("Object " + obj + " = List.of(" + intExpr(1) + ", " + strExpr(1) + ");");
            maybeLabel(TargetKind.LOOP);
            line("for (Object " + x + " : (List<?>) " + obj + ") {");
            scope().add(new Var("String.valueOf(" + x + ")", Type.STRING, false, true));
        } else {
            feature("for-each: over a conditional");
            maybeLabel(TargetKind.LOOP);
            line("for (String " + x + " : " + boolExpr(1) + " ? List.of(\"p\", " + strExpr(1) + ") : List.of("
                    + strExpr(1) + ")) {");
            scope().add(new Var(x, Type.STRING, false, true));
        }
        indent++;
        line("out.yield(\"" + id("p") + ":\" + " + x + ");");
        block(depth + 1, 3);
        indent--;
        line("}");
        endTarget();
        pop();
    }

    /** A local record or class used as {@code List<P>}, {@code P[]}, {@code Supplier<P>}, live across yields. */
    private void localTypesInGenerics() {
        String p = id("Loc");
        // in a generic holder or template a local class is generic (it may use T), and P[] {..} would be a
        // generic array creation; a local record is static, so it never is
        boolean record = chance(60) || genericHolder || WITHOUT.contains("local-classes");
        feature(record ? "local record in List<P>/P[]/Supplier<P>" : "local class in List<P>/P[]/Supplier<P>");
        String k = record ? ".k()" : ".k";
        if (record) {
            line("record " + p + "(int k, String v) {");
            line("}");
        } else {
            localClass(p);
        }
        String list = id("ps");
        String arr = id("pa");
        String sup = id("sp");
        line("List<" + p + "> " + list + " = new ArrayList<>();");
        line(list + ".add(" + create(p, record) + ");");
        line(p + "[] " + arr + " = {" + create(p, record) + ", " + list + ".get(0)};");
        line("Supplier<" + p + "> " + sup + " = () -> " + arr + "[" + pick(2) + "];");
        line("out.yield(\"" + id("p") + ":\" + " + list + ".get(0)" + k + " + " + arr + ".length);");
        scope().add(new Var(list + ".get(" + list + ".size() - 1)" + k, Type.INT, false, true));
        scope().add(new Var(arr + "[1]" + (record ? ".v()" : ".v"), Type.STRING, false, true));
        scope().add(new Var(sup + ".get()" + k, Type.INT, false, true));
    }

    private void localClass(String p) {
        line("class " + p + " {");
        if (LOCAL_CLASS_CONSTRUCTOR) {
            feature("local class: explicit constructor");
            line("    final int k;");
            line("    final String v;");
            line("");
            line("    " + p + "(int k, String v) {");
        } else {
            line("    int k;");
            line("    String v;");
            line("");
            line("    " + p + " set(int k, String v) {");
        }
        line("        this.k = k;");
        line("        this.v = v;");
        if (!LOCAL_CLASS_CONSTRUCTOR) {
            line("        return this;");
        }
        line("    }");
        line("}");
    }

    /** A new instance of the local record or class {@code p}. */
    private String create(String p, boolean record) {
        String args = intExpr(1) + ", " + strExpr(1);
        return record || LOCAL_CLASS_CONSTRUCTOR ? "new " + p + "(" + args + ")" : "new " + p + "().set(" + args + ")";
    }
}
