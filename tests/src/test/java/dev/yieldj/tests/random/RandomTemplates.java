package dev.yieldj.tests.random;

import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 *
 * <p>Java 17 patterns and scoping (all modes): {@code instanceof} type patterns with flow scoping (negated with
 * continue/return, in {@code &&}/{@code ||} chains and loop conditions), case labels that are holder constants
 * and statically imported constants, enhanced-for over a cast or a conditional, local records and classes inside
 * {@code List<P>}, {@code P[]} and {@code Supplier<P>} live across yields, and, in a generic holder
 * {@code P<seed><T>}, generic templates whose own {@code T} shadows the holder's.
 *
 * <p>The release-21 mode ({@link #generate(long, boolean, boolean)}, compiled with {@code --release 21}) adds
 * pattern switch statements and expressions with yields in case bodies, record patterns (nested), {@code when}
 * guards, {@code case null}, {@code case null, default}, exhaustive switches over a sealed hierarchy without
 * {@code default}, and record patterns in {@code instanceof}.
 */
public final class RandomTemplates extends GenPatterns21 {

    /** A generated program: its source, the runs to compare, and the features it uses. */
    public record Program(long seed, String className, String source, List<Run> runs, Map<String, Integer> features,
            boolean namesGenerated, boolean release21) {
        public Source toSource() {
            return new Source(className, source);
        }

        public String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /** Generates the release-17 program of {@code seed}. */
    public static Program generate(long seed) {
        return new RandomTemplates(seed, true, false).program();
    }

    /**
     * Generates the program of {@code seed}, optionally without anything that names the generated class (the
     * recursive template, yieldAll over generators), so that plain javac can check the generator's output.
     */
    public static Program generate(long seed, boolean generatedNames) {
        return new RandomTemplates(seed, generatedNames, false).program();
    }

    /** Generates the program of {@code seed} for {@code --release 21} ({@code release21}) or 17. */
    public static Program generate(long seed, boolean generatedNames, boolean release21) {
        return new RandomTemplates(seed, generatedNames, release21).program();
    }

    private RandomTemplates(long seed, boolean allowGeneratedNames, boolean release21) {
        super(seed, allowGeneratedNames, release21);
    }

    // ------------------------------------------------------------------------------------------ program

    private Program program() {
        genericHolder = chance(40);
        header();
        helpers();
        patternHelpers();
        if (allowGeneratedNames) {
            generatedNameHelpers();
        }
        List<Run> runs = new ArrayList<>();
        int templates = 2 + pick(3);
        for (int t = 0; t < templates; t++) {
            template("t" + t, runs);
        }
        indent--;
        line("}");
        return new Program(seed, "rnd." + cls, sb.toString(), runs, features, namesGenerated, release21);
    }

    private void header() {
        line("package rnd;");
        line("");
        line("import static java.util.Calendar.FEBRUARY;");
        line("import static java.util.Calendar.JANUARY;");
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
        if (genericHolder) {
            feature("holder: generic class");
        }
        line("public class " + cls + (genericHolder ? "<T>" : "") + " {");
        indent++;
    }

    private void helpers() {
        String type = genericHolder ? cls + "<String>" : cls;
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
        line("static " + type + " make() {");
        line("    return new " + cls + (genericHolder ? "<>" : "") + "(" + (3 + pick(5)) + ");");
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
    }

    private void generatedNameHelpers() {
        line("");
        line("@Generator");
        line("static void rec(int n, Yield<String> out) {");
        line("    if (n <= 0) return;");
        line("    out.yield(\"rec\" + n);");
        line("    out.yieldAll(" + cls + "Generators.rec(n - 1));");
        line("    Trace.log(\"rec back \" + n);");
        line("}");
        line("");
        // a recursion run as frames: one that saves its frame, one in tail position that replaces it
        line("@Generator");
        line("static void walk(int n, Yield<String> out) {");
        line("    if (n <= 0) return;");
        line("    out.yieldAll(" + cls + "Generators.walk(n - 1));");
        line("    out.yield(\"walk\" + n);");
        line("    if (n % 2 == 0) out.yieldAll(" + cls + "Generators.walk(n - 2));");
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

    /**
     * One template {@code name}; in a generic holder it may be generic itself, its {@code <T>} shadowing the
     * holder's (for a static template the holder's T is not even in scope, for an instance one it is hidden).
     */
    private void template(String name, List<Run> runs) {
        instance = chance(35);
        boolean generic = genericHolder && chance(60);
        line("");
        line("@SuppressWarnings({\"fallthrough\", \"lossy-conversions\"})");
        line("@Generator");
        line((instance ? "" : "static ") + (generic ? "<T> " : "") + "void " + name + "(int n, String s"
                + (generic ? ", T tag" : "") + ", Yield<String> out) throws Exception {");
        indent++;
        feature(instance ? "template: instance" : "template: static");
        scopes.clear();
        frames.clear();
        vacuousRest = false;
        frames.add(new Frame(true));
        scopes.add(new ArrayList<>());
        scope().add(new Var("n", Type.INT, true, false));
        scope().add(new Var("s", Type.STRING, true, false));
        line("List<Supplier<String>> caps = new ArrayList<>();");
        if (generic) {
            feature(instance ? "template: generic, T shadows the holder's (instance)"
                    : "template: generic, T shadows the holder's (static)");
            line("List<T> tags = new ArrayList<>();");
            line("tags.add(tag);");
            scope().add(new Var("String.valueOf(tags.get(tags.size() - 1))", Type.STRING, false, true));
        }
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
            Run r = generic ? Run.run(name, a[0], strings[a[1]], "tag" + a[1]) : Run.run(name, a[0], strings[a[1]]);
            runs.add(instance ? r.on("make") : r);
        }
    }

    // ------------------------------------------------------------------------------------------ statements

    @Override
    void block(int depth, int maxStatements) {
        push();
        int n = 1 + pick(maxStatements);
        for (int i = 0; i < n && budget > 0; i++) {
            statement(depth);
        }
        pop();
    }

    @Override
    void statement(int depth) {
        budget--;
        boolean deep = depth >= 4;
        int r = pick(release21 ? 112 : 106);
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
        } else if (r < 106 && !deep) {
            patternStatement(depth);
        } else if (r >= 106 && !deep) {
            patternStatement21(depth);
        } else {
            line("Trace.dump(caps);");
        }
    }

    /** Adds {@code b} into {@code a}. */
    public static void addAll(Map<String, Integer> a, Map<String, Integer> b) {
        b.forEach((k, v) -> a.merge(k, v, Integer::sum));
    }

    /** The histogram as aligned text. */
    public static String histogram(Map<String, Integer> features) {
        StringBuilder out = new StringBuilder();
        features.forEach((k, v) -> out.append(String.format("  %-52s %7d%n", k, v)));
        return out.toString();
    }
}
