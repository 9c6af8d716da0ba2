package dev.yieldj.tests.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The state of the random template generator and its small helpers: the output, the seeded random source, the
 * feature histogram, locals in scope and jump targets. The generator is split by concern into a chain of
 * subclasses (expressions, statements, switch and try, patterns, release-21 patterns, the program) so each file
 * stays small; the hooks below let an earlier part call a later one (a statement contains blocks).
 */
abstract class GenBase {

    /**
     * Diagnostic aid, off by default, to look past a known processor bug for others (never set in CI):
     * {@code -Dyieldj.random.without=local-classes,finally-yields} generates lambdas instead of anonymous and
     * local classes, and logs instead of yielding inside finally blocks.
     */
    static final String WITHOUT = System.getProperty("yieldj.random.without", "");

    // ------------------------------------------------------------------------------------------ state

    enum Type {
        INT("int"), LONG("long"), STRING("String"), BOOL("boolean"), ARRAY("int[]");

        final String java;

        Type(String java) {
            this.java = java;
        }
    }

    /** A local in scope: whether the generator may assign it, and whether a lambda may capture it. */
    record Var(String name, Type type, boolean mutable, boolean capturable) {
    }

    enum TargetKind { LOOP, SWITCH, BLOCK }

    record Target(TargetKind kind, String label) {
    }

    /** Jump targets and what may leave: a new frame starts at a finally block or a switch expression. */
    static final class Frame {
        final List<Target> targets = new ArrayList<>();
        final boolean canReturn;

        Frame(boolean canReturn) {
            this.canReturn = canReturn;
        }
    }

    final long seed;
    final Random rnd;
    final String cls;
    final Map<String, Integer> features = new TreeMap<>();
    final StringBuilder sb = new StringBuilder();
    int indent;
    int ids;
    int budget;
    int finallyDepth;
    boolean instance;
    boolean namesGenerated;
    final List<List<Var>> scopes = new ArrayList<>();
    final List<Frame> frames = new ArrayList<>();
    /** Locals whose declaration is being generated: in scope in their own initializer, not yet usable. */
    final List<String> reserved = new ArrayList<>();

    final boolean allowGeneratedNames;

    /** Whether this program may use Java 21 features (pattern switch, record patterns, sealed types). */
    final boolean release21;

    /** Whether the holder class is generic ({@code P<seed><T>}), so generic templates shadow its T. */
    boolean genericHolder;

    /**
     * How many enclosing branches javac's {@code Lower} drops as dead code: an {@code if} whose condition folds to a
     * constant ({@link GenExpressions.Expr#folded}); see {@link JavacQuirks#DROPS_LOCAL_CLASSES_OF_PRUNED_BRANCHES}.
     */
    int pruned;

    /**
     * How many enclosing branches javac's flow analysis enters in a vacuous state, every variable declared before
     * them both definitely assigned and definitely unassigned ({@link GenExpressions.Expr#neverTrue}); see
     * {@link JavacQuirks} on the binding after {@code while (!(x instanceof T t))}.
     */
    int vacuous;

    /**
     * Set after {@code if (c) return;} (or another jump) with a condition that is never false for javac's flow
     * analysis: the rest of the template follows in a vacuous state too (a join with a live path ends that state,
     * but this does not follow joins: it only ever over-approximates).
     */
    boolean vacuousRest;

    /** Whether javac's flow analysis may take every variable declared before here to be definitely unassigned. */
    boolean inVacuous() {
        return vacuous > 0 || vacuousRest;
    }

    /** Scopes below this index hold no variable the generator may assign: {@link #visible} leaves them out. */
    int assignableFrom;

    /** Try statements generated so far (try-with-resources included). */
    int tryStatements;

    GenBase(long seed, boolean allowGeneratedNames, boolean release21) {
        this.seed = seed;
        this.allowGeneratedNames = allowGeneratedNames;
        this.release21 = release21;
        this.rnd = new Random(seed * 0x9E3779B97F4A7C15L + 17 + (release21 ? 0x21 : 0));
        this.cls = (release21 ? "Q" : "P") + seed;
    }

    void feature(String name) {
        features.merge(name, 1, Integer::sum);
    }

    boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    int pick(int n) {
        return rnd.nextInt(n);
    }

    String id(String prefix) {
        return prefix + (ids++);
    }

    void line(String text) {
        if (finallyDepth > 0 && WITHOUT.contains("finally-yields")) {
            text = text.contains("out.yieldAll(") ? "Trace.log(\"no yieldAll in finally\");"
                    : text.replace("out.yield(", "Trace.log(");
        }
        sb.append("    ".repeat(indent)).append(text).append('\n');
    }

    List<Var> scope() {
        return scopes.get(scopes.size() - 1);
    }

    Frame frame() {
        return frames.get(frames.size() - 1);
    }

    List<Var> visible(Type type, boolean mutableOnly) {
        List<Var> vs = new ArrayList<>();
        for (int i = mutableOnly ? assignableFrom : 0; i < scopes.size(); i++) {
            for (Var v : scopes.get(i)) {
                if ((type == null || v.type() == type) && (!mutableOnly || v.mutable())) {
                    vs.add(v);
                }
            }
        }
        return vs;
    }

    boolean isVisible(String name) {
        if (reserved.contains(name)) {
            return true;
        }
        for (List<Var> sc : scopes) {
            for (Var v : sc) {
                if (v.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A local name from a small pool, so that sibling blocks reuse names with other types. */
    String freshLocal() {
        String[] pool = {"a", "b", "c", "d", "e", "f"};
        for (int tries = 0; tries < 6; tries++) {
            String name = pool[pick(pool.length)];
            if (!isVisible(name)) {
                return name;
            }
        }
        return id("v");
    }

    void push() {
        scopes.add(new ArrayList<>());
    }

    void pop() {
        scopes.remove(scopes.size() - 1);
    }

    String maybeLabel(TargetKind kind) {
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

    void endTarget() {
        frame().targets.remove(frame().targets.size() - 1);
    }

    // ------------------------------------------------------------------------------------------ hooks

    abstract void block(int depth, int maxStatements);

    abstract void statement(int depth);

    abstract void statementNoDecl(int depth);

    abstract String intExpr(int depth);

    abstract String strExpr(int depth);

    abstract String boolExpr(int depth);

    abstract String yieldValue();
}
