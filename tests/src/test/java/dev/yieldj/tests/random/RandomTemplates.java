package dev.yieldj.tests.random;

import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded generator of random, well-typed, always-terminating template programs.
 *
 * <p>A program is one class {@code rnd.P<seed>} with helper members (static and instance methods, a method
 * named {@code next}, an enum, an instance field), a recursive template {@code rec}, and two to four random
 * templates {@code t0..} (static or instance) whose bodies mix: locals (int, long, String, boolean, {@code var}, the
 * same names reused with other types in sibling blocks), assignments and compound assignments, {@code ++}/{@code --},
 * ternaries, string concatenation, if/else, for/while/do/enhanced-for loops (all bounded), labelled loops and blocks
 * with labelled and unlabelled break/continue, switch statements (colon with fall-through, arrow; over int,
 * String and enum), switch expressions (both forms, with yields inside their blocks, also inside a larger
 * expression), early returns, throws (unchecked and checked), try/catch (multi-catch)/finally, try-with-resources
 * (several resources, null resources, failing close, failing open, a resource declared before the try),
 * lambdas / anonymous classes / local classes / method references capturing locals, calls to helpers,
 * {@code yieldAll} over lists, iterators, the recursive template and a started generator; yields stand
 * anywhere, including catch and finally blocks and switch expression blocks.
 *
 * <p>Validity rules kept by construction: every jump, return and throw is the whole then-branch of an
 * {@code if} (no unreachable code); no jump leaves a finally block or a switch expression; only
 * effectively-final locals are captured; resources are referenced in their body (-Xlint:try); catch clauses
 * name only unchecked exceptions or {@code Exception}; loops are bounded by counters that cannot be skipped.
 */
public final class RandomTemplates {

    /** A generated program: its source, the runs to compare, and the features it uses. */
    public record Program(long seed, String className, String source, List<Run> runs, Map<String, Integer> features,
            boolean namesGenerated) {
        public Source toSource() {
            return new Source(className, source);
        }

        public String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /**
     * Diagnostic aid, off by default, to look past a known processor bug for others (never set in CI):
     * {@code -Dyieldj.random.without=local-classes,finally-yields} generates lambdas instead of anonymous and
     * local classes, and logs instead of yielding inside finally blocks.
     */
    static final String WITHOUT = System.getProperty("yieldj.random.without", "");

    /** Generates the program of {@code seed}. */
    public static Program generate(long seed) {
        return new RandomTemplates(seed, true).program();
    }

    /**
     * Generates the program of {@code seed}, optionally without anything that names the generated class (the
     * recursive template, yieldAll over generators), so that plain javac can check the generator's output.
     */
    public static Program generate(long seed, boolean generatedNames) {
        return new RandomTemplates(seed, generatedNames).program();
    }

    // ------------------------------------------------------------------------------------------ state

    private enum Type {
        INT("int"), LONG("long"), STRING("String"), BOOL("boolean"), ARRAY("int[]");

        final String java;

        Type(String java) {
            this.java = java;
        }
    }

    /** A local in scope: whether the generator may assign it, and whether a lambda may capture it. */
    private record Var(String name, Type type, boolean mutable, boolean capturable) {
    }

    private enum TargetKind { LOOP, SWITCH, BLOCK }

    private record Target(TargetKind kind, String label) {
    }

    /** Jump targets and what may leave: a new frame starts at a finally block or a switch expression. */
    private static final class Frame {
        final List<Target> targets = new ArrayList<>();
        final boolean canReturn;

        Frame(boolean canReturn) {
            this.canReturn = canReturn;
        }
    }

    private final long seed;
    private final Random rnd;
    private final String cls;
    private final Map<String, Integer> features = new TreeMap<>();
    private final StringBuilder sb = new StringBuilder();
    private int indent;
    private int ids;
    private int budget;
    private int finallyDepth;
    private boolean instance;
    private boolean namesGenerated;
    private final List<List<Var>> scopes = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    /** Locals whose declaration is being generated: in scope in their own initializer, not yet usable. */
    private final List<String> reserved = new ArrayList<>();

    private final boolean allowGeneratedNames;

    private RandomTemplates(long seed, boolean allowGeneratedNames) {
        this.seed = seed;
        this.allowGeneratedNames = allowGeneratedNames;
        this.rnd = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        this.cls = "P" + seed;
    }

    private void feature(String name) {
        features.merge(name, 1, Integer::sum);
    }

    private boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    private int pick(int n) {
        return rnd.nextInt(n);
    }

    private String id(String prefix) {
        return prefix + (ids++);
    }

    private void line(String text) {
        if (finallyDepth > 0 && WITHOUT.contains("finally-yields")) {
            text = text.contains("out.yieldAll(") ? "Trace.log(\"no yieldAll in finally\");"
                    : text.replace("out.yield(", "Trace.log(");
        }
        sb.append("    ".repeat(indent)).append(text).append('\n');
    }

    // ------------------------------------------------------------------------------------------ program

    private Program program() {
        line("package rnd;");
        line("");
        line("import dev.yieldj.Generator;");
        line("import dev.yieldj.Yield;");
        line("import dev.yieldj.tests.harness.Res;");
        line("import dev.yieldj.tests.harness.Trace;");
        line("import java.util.ArrayList;");
        line("import java.util.Iterator;");
        line("import java.util.List;");
        line("import java.util.function.Function;");
        line("import java.util.function.Supplier;");
        line("");
        line("public class " + cls + " {");
        indent++;
        line("enum E { A, B, C }");
        line("");
        line("interface Named {");
        line("    String name();");
        line("}");
        line("");
        line("final int base;");
        line("");
        line(cls + "(int base) {");
        line("    this.base = base;");
        line("}");
        line("");
        line("static " + cls + " make() {");
        line("    return new " + cls + "(" + (3 + pick(5)) + ");");
        line("}");
        line("");
        line("static int twice(int x) {");
        line("    return 2 * x;");
        line("}");
        line("");
        line("static int next(int x) {");
        line("    return x + 1;");
        line("}");
        line("");
        line("int plus(int x) {");
        line("    return x + base;");
        line("}");
        line("");
        line("@Override");
        line("public String toString() {");
        line("    return \"" + cls + "(\" + base + \")\";");
        line("}");
        line("");
        if (allowGeneratedNames) {
            line("@Generator");
            line("static void rec(int n, Yield<String> out) {");
            line("    if (n <= 0) return;");
            line("    out.yield(\"rec\" + n);");
            line("    out.yieldAll(" + cls + "Generators.rec(n - 1));");
            line("    Trace.log(\"rec back \" + n);");
            line("}");
            line("");
            // the holder uses its own generated types the way users write Java: var, lambdas, inference
            line("@SuppressWarnings(\"try\") // AutoCloseable.close() may throw InterruptedException");
            line("static <R, G extends Iterator<String> & Iterable<String> & AutoCloseable> List<String> pullVia(");
            line("        Function<R, G> make, R argument) {");
            line("    var g = make.apply(argument);");
            line("    List<String> values = new ArrayList<>();");
            line("    g.forEachRemaining(v -> values.add(\"via \" + v));");
            line("    return values;");
            line("}");
            line("");
            line("static int countRec(int n) {");
            line("    var g = " + cls + "Generators.rec(n);");
            line("    return (int) g.stream().filter(v -> v.startsWith(\"rec\")).count();");
            line("}");
            namesGenerated = true;
        }
        List<Run> runs = new ArrayList<>();
        int templates = 2 + pick(3);
        for (int t = 0; t < templates; t++) {
            instance = chance(35);
            String name = "t" + t;
            line("");
            line("@SuppressWarnings({\"fallthrough\", \"lossy-conversions\"})");
            line("@Generator");
            line((instance ? "" : "static ") + "void " + name + "(int n, String s, Yield<String> out) throws Exception {");
            indent++;
            feature(instance ? "template: instance" : "template: static");
            scopes.clear();
            frames.clear();
            frames.add(new Frame(true));
            scopes.add(new ArrayList<>());
            scope().add(new Var("n", Type.INT, true, false));
            scope().add(new Var("s", Type.STRING, true, false));
            line("List<Supplier<String>> caps = new ArrayList<>();");
            budget = 18 + pick(30);
            while (budget > 0) {
                statement(0);
            }
            line("Trace.dump(caps);");
            indent--;
            line("}");
            int[][] args = {{0, 0}, {1 + pick(2), 1}, {3 + pick(2), 2}};
            String[] strings = {"", "ab", "xyz"};
            for (int[] a : args) {
                Run r = Run.run(name, a[0], strings[a[1]]);
                runs.add(instance ? r.on("make") : r);
            }
        }
        indent--;
        line("}");
        return new Program(seed, "rnd." + cls, sb.toString(), runs, features, namesGenerated);
    }

    private List<Var> scope() {
        return scopes.get(scopes.size() - 1);
    }

    private Frame frame() {
        return frames.get(frames.size() - 1);
    }

    private List<Var> visible(Type type, boolean mutableOnly) {
        List<Var> vs = new ArrayList<>();
        for (List<Var> sc : scopes) {
            for (Var v : sc) {
                if ((type == null || v.type == type) && (!mutableOnly || v.mutable)) {
                    vs.add(v);
                }
            }
        }
        return vs;
    }

    private boolean isVisible(String name) {
        if (reserved.contains(name)) {
            return true;
        }
        for (List<Var> sc : scopes) {
            for (Var v : sc) {
                if (v.name.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A local name from a small pool, so that sibling blocks reuse names with other types. */
    private String freshLocal() {
        String[] pool = {"a", "b", "c", "d", "e", "f"};
        for (int tries = 0; tries < 6; tries++) {
            String name = pool[pick(pool.length)];
            if (!isVisible(name)) {
                return name;
            }
        }
        return id("v");
    }

    private void push() {
        scopes.add(new ArrayList<>());
    }

    private void pop() {
        scopes.remove(scopes.size() - 1);
    }

    // ------------------------------------------------------------------------------------------ expressions

    private String intExpr(int depth) {
        List<Var> ints = visible(Type.INT, false);
        int choice = pick(depth > 2 ? 3 : 13);
        switch (choice) {
            case 0:
                return String.valueOf(pick(10));
            case 1:
            case 2:
                if (!ints.isEmpty()) {
                    return ints.get(pick(ints.size())).name;
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
                    String v = mut.get(pick(mut.size())).name;
                    return List.of(v + "++", "++" + v, v + "--", "--" + v).get(pick(4));
                }
                return String.valueOf(pick(5));
            }
            case 11: {
                List<Var> arrays = visible(Type.ARRAY, false);
                if (!arrays.isEmpty()) {
                    feature("expr: array element");
                    String arr = arrays.get(pick(arrays.size())).name;
                    return chance(30) ? arr + ".length"
                            : arr + "[Math.floorMod(" + intExpr(depth + 1) + ", " + arr + ".length)]";
                }
                return String.valueOf(pick(9));
            }
            default:
                if (instance) {
                    feature("call: instance member");
                    return chance(50) ? "plus(" + intExpr(depth + 1) + ")" : "this.base";
                }
                List<Var> longs = visible(Type.LONG, false);
                if (!longs.isEmpty()) {
                    return "(int) (" + longs.get(pick(longs.size())).name + " % 1000)";
                }
                return String.valueOf(pick(7));
        }
    }

    private String longExpr(int depth) {
        List<Var> longs = visible(Type.LONG, false);
        if (!longs.isEmpty() && chance(50)) {
            return longs.get(pick(longs.size())).name + " * " + (1 + pick(3)) + "L";
        }
        return intExpr(depth + 1) + " * 1000000007L";
    }

    private String strExpr(int depth) {
        List<Var> strs = visible(Type.STRING, false);
        int choice = pick(depth > 2 ? 2 : 7);
        switch (choice) {
            case 0:
                return "\"" + (char) ('a' + pick(26)) + "\"";
            case 1:
            case 2:
                if (!strs.isEmpty()) {
                    return strs.get(pick(strs.size())).name;
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
                    return "java.util.Arrays.toString(" + arrays.get(pick(arrays.size())).name + ")";
                }
                List<Var> longs = visible(Type.LONG, false);
                return longs.isEmpty() ? "s" : "(\"L\" + " + longs.get(pick(longs.size())).name + ")";
        }
    }

    private String boolExpr(int depth) {
        List<Var> bools = visible(Type.BOOL, false);
        int choice = pick(depth > 2 ? 2 : 6);
        switch (choice) {
            case 0:
                return intExpr(depth + 1) + " % " + (2 + pick(3)) + " == " + pick(2);
            case 1:
                return intExpr(depth + 1) + " < " + intExpr(depth + 1);
            case 2:
                if (!bools.isEmpty()) {
                    return bools.get(pick(bools.size())).name;
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

    private String yieldValue() {
        return "\"" + id("y") + ":\" + " + strExpr(1);
    }

    // ------------------------------------------------------------------------------------------ statements

    private void block(int depth, int maxStatements) {
        push();
        int n = 1 + pick(maxStatements);
        for (int i = 0; i < n && budget > 0; i++) {
            statement(depth);
        }
        pop();
    }

    private void statement(int depth) {
        budget--;
        boolean deep = depth >= 4;
        int r = pick(100);
        if (r < 18) {
            feature("yield");
            line("out.yield(" + yieldValue() + ");");
        } else if (r < 24) {
            line("Trace.log(" + strExpr(0) + ");");
        } else if (r < 34) {
            declaration();
        } else if (r < 42) {
            assignment();
        } else if (r < 48) {
            ifStatement(depth);
        } else if (r < 58 && !deep) {
            loop(depth);
        } else if (r < 63) {
            jump();
        } else if (r < 67 && !deep) {
            switchStatement(depth);
        } else if (r < 71 && !deep) {
            switchExpression(depth);
        } else if (r < 78 && !deep) {
            tryStatement(depth);
        } else if (r < 82 && !deep) {
            tryWithResources(depth);
        } else if (r < 87) {
            capture();
        } else if (r < 90 && !deep) {
            feature("nested block");
            line("{");
            indent++;
            block(depth + 1, 4);
            indent--;
            line("}");
        } else if (r < 93) {
            yieldAll();
        } else if (r < 95 && !deep) {
            labelledBlock(depth);
        } else {
            line("Trace.dump(caps);");
        }
    }

    private void declaration() {
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

    private void assignment() {
        List<Var> vars = visible(null, true);
        if (vars.isEmpty()) {
            declaration();
            return;
        }
        Var v = vars.get(pick(vars.size()));
        switch (v.type) {
            case INT -> {
                int k = pick(7);
                if (k == 0) {
                    feature("assign: ++/--");
                    line(v.name + (chance(50) ? "++;" : "--;"));
                } else if (k < 4) {
                    feature("assign: compound");
                    String op = List.of("+=", "-=", "*=", "^=", "|=", "<<=", ">>=").get(pick(7));
                    line(v.name + " " + op + " " + (op.contains("<") || op.contains(">") ? pick(4) : intExpr(1)) + ";");
                } else {
                    line(v.name + " = " + intExpr(0) + ";");
                }
            }
            case LONG -> {
                feature("assign: compound");
                line(v.name + " += " + intExpr(1) + ";");
            }
            case STRING -> {
                feature("assign: string +=");
                line(v.name + " += " + (chance(50) ? intExpr(1) : strExpr(1)) + ";");
            }
            case BOOL -> line(v.name + " = " + boolExpr(0) + ";");
            case ARRAY -> {
                feature("assign: array element");
                String index = v.name + "[Math.floorMod(" + intExpr(1) + ", " + v.name + ".length)]";
                line(chance(50) ? index + " += " + intExpr(1) + ";" : index + "++;");
            }
        }
    }

    private void ifStatement(int depth) {
        feature("if");
        line("if (" + boolExpr(0) + ") {");
        indent++;
        block(depth + 1, 3);
        indent--;
        if (chance(50)) {
            feature("if/else");
            if (chance(30)) {
                line("} else if (" + boolExpr(0) + ") {");
                indent++;
                block(depth + 1, 3);
                indent--;
            }
            line("} else {");
            indent++;
            block(depth + 1, 3);
            indent--;
        }
        line("}");
    }

    private String maybeLabel(TargetKind kind) {
        if (chance(35)) {
            String label = id("L");
            line(label + ":");
            feature("label");
            frame().targets.add(new Target(kind, label));
            return label;
        }
        frame().targets.add(new Target(kind, null));
        return null;
    }

    private void endTarget() {
        frame().targets.remove(frame().targets.size() - 1);
    }

    private void loop(int depth) {
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

    private void labelledBlock(int depth) {
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

    private void jump() {
        List<String> options = new ArrayList<>();
        List<Target> ts = frame().targets;
        boolean inLoop = false;
        boolean breakable = false;
        for (Target t : ts) {
            if (t.kind == TargetKind.LOOP) {
                inLoop = true;
            }
            if (t.kind != TargetKind.BLOCK) {
                breakable = true;
            }
            if (t.label != null) {
                options.add("break " + t.label);
                if (t.kind == TargetKind.LOOP) {
                    options.add("continue " + t.label);
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
        line("if (" + boolExpr(0) + ") " + j + ";");
    }

    private void throwStatement() {
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
        line("if (" + boolExpr(0) + " && " + intExpr(1) + " % 3 == 0) throw " + e + ";");
    }

    private void switchStatement(int depth) {
        int sel = pick(3);
        String[] labels;
        String selector;
        if (sel == 0) {
            feature("switch stmt: int");
            selector = "Math.abs(" + intExpr(1) + ") % 4";
            labels = new String[] {"0", "1", "2"};
        } else if (sel == 1) {
            feature("switch stmt: String");
            selector = "\"k\" + Math.abs(" + intExpr(1) + " % 3)";
            labels = new String[] {"\"k0\"", "\"k1\"", "\"k2\""};
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
        indent--;
        line("}");
        endTarget();
    }

    /** A statement that declares nothing in the current scope (a colon-switch group shares its scope). */
    private void statementNoDecl(int depth) {
        line("{");
        indent++;
        push();
        statement(depth);
        pop();
        indent--;
        line("}");
    }

    private void switchExpression(int depth) {
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
                    line("case " + c + " -> " + intExpr(1) + ";");
                } else {
                    feature("switch expr: block");
                    line("case " + c + " -> {");
                    indent++;
                    block(depth + 1, 3);
                    line("yield " + intExpr(1) + ";");
                    indent--;
                    line("}");
                }
            } else {
                line("case " + c + ":");
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
        frames.remove(frames.size() - 1);
        indent--;
        line("};");
        reserved.remove(name);
        scope().add(new Var(name, Type.INT, true, false));
    }

    private void catches(int depth) {
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

    private void finallyBlock(String tid, int depth) {
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

    private void tryStatement(int depth) {
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

    private void tryWithResources(int depth) {
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
            int kind = pick(10);
            String init;
            if (kind == 0) {
                feature("twr: null resource");
                init = "(" + boolExpr(1) + ") ? null : Res.open(\"" + r + "\")";
            } else if (kind == 1) {
                feature("twr: close fails");
                init = "Res.open(\"" + r + "\", true)";
            } else if (kind == 2) {
                feature("twr: open fails");
                init = "(" + boolExpr(1) + ") ? Res.openFailing(\"" + r + "\") : Res.open(\"" + r + "\")";
            } else {
                init = "Res.open(\"" + r + "\")";
            }
            decls.add("Res " + r + " = " + init);
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

    private void capture() {
        String c = id("cap");
        String value = chance(50) ? intExpr(0) : strExpr(0);
        line("final var " + c + " = " + value + ";");
        List<Var> finals = new ArrayList<>();
        for (Var v : visible(null, false)) {
            if (v.capturable) {
                finals.add(v);
            }
        }
        String extra = finals.isEmpty() ? "" : " + \"/\" + " + finals.get(pick(finals.size())).name;
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

    private void yieldAll() {
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
            feature("yieldAll: recursive generator");
            namesGenerated = true;
            line("out.yieldAll(" + cls + "Generators.rec(Math.abs(" + intExpr(1) + ") % 3));");
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

    /** Adds {@code b} into {@code a}. */
    public static void addAll(Map<String, Integer> a, Map<String, Integer> b) {
        b.forEach((k, v) -> a.merge(k, v, Integer::sum));
    }

    /** The histogram as aligned text. */
    public static String histogram(Map<String, Integer> features) {
        StringBuilder out = new StringBuilder();
        features.forEach((k, v) -> out.append(String.format("  %-42s %7d%n", k, v)));
        return out.toString();
    }
}
