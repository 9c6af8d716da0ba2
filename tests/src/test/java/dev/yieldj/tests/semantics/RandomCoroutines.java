package dev.yieldj.tests.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded generator of random, terminating {@code Coroutine<Integer, Integer>} templates for the coroutine
 * differential test, with the driver class that runs them in push and pull mode.
 *
 * <p>Bodies mix: int locals, {@code int x = co.yield(e)}, plain and compound assignments whose right operand
 * yields, yields as method arguments, in conditions ({@code if}, {@code while}, {@code do}), in conditional
 * expressions and short circuits, two yields in one expression, nested yields ({@code co.yield(co.yield(e))}),
 * bare yield statements, counted loops with break/continue, early returns (the template returns an int), throws,
 * try/catch, try/finally and try/catch/finally with yields in every block. Side-effecting helpers
 * ({@code t(id, v)}, {@code f(a, b, c)}) log into {@link dev.yieldj.tests.harness.Trace} so evaluation order shows.
 *
 * <p>Validity by construction: jumps, returns and throws are the whole then-branch of an {@code if}; nothing
 * jumps out of a finally block; loops are bounded by counters the body cannot change.
 */
final class RandomCoroutines {

    /** The sequence value that means "throwInto(new IllegalArgumentException(..))" instead of a send. */
    static final int THROW = Integer.MIN_VALUE;

    /** A generated program: template class {@code rc.C<seed>} and driver {@code rc.D<seed>}. */
    record Program(long seed, String template, String templateSource, String driver, String driverSource,
            Map<String, Integer> features) {
    }

    private final Random rnd;
    private final long seed;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> features = new TreeMap<>();
    private final List<List<Var>> scopes = new ArrayList<>();
    private int indent;
    private int ids;
    private int budget;
    private int yieldsInExpr;

    private record Var(String name, boolean mutable) {
    }

    private RandomCoroutines(long seed) {
        this.seed = seed;
        this.rnd = new Random(seed);
    }

    static Program generate(long seed) {
        return new RandomCoroutines(seed).program();
    }

    /** A random send sequence (with throwInto steps) long enough for any generated program. */
    static int[] sequence(long seed, int length) {
        Random r = new Random(seed * 31 + 7);
        int[] seq = new int[length];
        for (int i = 0; i < length; i++) {
            seq[i] = r.nextInt(14) == 0 ? THROW : r.nextInt(21) - 6;
        }
        return seq;
    }

    private Program program() {
        String cls = "C" + seed;
        String drv = "D" + seed;
        line("package rc;");
        line("");
        line("import dev.yieldj.Coroutine;");
        line("import dev.yieldj.Generator;");
        line("import dev.yieldj.tests.harness.Trace;");
        line("");
        line("@SuppressWarnings(\"all\")");
        line("public class " + cls + " {");
        indent++;
        line("static int t(int id, int v) {");
        line("    Trace.log(\"t\" + id + \"=\" + v);");
        line("    return v;");
        line("}");
        line("");
        line("static int f(int a, int b, int c) {");
        line("    Trace.log(\"f \" + a + \" \" + b + \" \" + c);");
        line("    return a * 3 + b - c;");
        line("}");
        line("");
        line("@Generator");
        line("static int co(int p, Coroutine<Integer, Integer> co) {");
        indent++;
        scopes.add(new ArrayList<>());
        scopes.get(0).add(new Var("p", true));
        budget = 20 + rnd.nextInt(20);
        block(new Ctx(false, false, 0));
        line("return " + expr(2, true) + ";");
        scopes.remove(scopes.size() - 1);
        indent--;
        line("}");
        indent--;
        line("}");
        String template = out.toString();
        out.setLength(0);
        driver(cls, drv);
        return new Program(seed, "rc." + cls, template, "rc." + drv, out.toString(), features);
    }

    private void driver(String cls, String drv) {
        out.append("""
                package rc;

                import dev.yieldj.tests.harness.Trace;
                import java.util.List;
                import java.util.NoSuchElementException;

                public class DRV {
                    static final int THROW = Integer.MIN_VALUE;

                    static String ex(RuntimeException e) {
                        if (e.getClass() == IllegalStateException.class) {
                            return "IllegalStateException"; // "generator ignored close": messages differ
                        }
                        return e.getClass().getSimpleName() + " " + e.getMessage();
                    }

                    /** What close() is in push mode: unwinds the body through its finally blocks, no catch runs. */
                    static final class CloseSignal extends Error {
                        private static final long serialVersionUID = 1L;
                    }

                    /**
                     * close() emulated in push mode: the sink's k-th call throws CloseSignal (an Error: catch blocks
                     * for IllegalArgumentException do not run, finally blocks do); a yield while closing gets
                     * IllegalStateException, as SPEC.md says. Must print what pull(p, seq, k) prints.
                     */
                    public static List<String> pushClose(int p, int[] seq, int k) {
                        Trace.reset();
                        int[] i = {0};
                        boolean[] closing = {false};
                        try {
                            int r = CLS.co(p, v -> {
                                if (closing[0]) {
                                    throw new IllegalStateException("generator ignored close");
                                }
                                Trace.log("out " + v);
                                if (i[0] + 1 == k) {
                                    closing[0] = true;
                                    throw new CloseSignal();
                                }
                                int s = seq[i[0]++];
                                if (s == THROW) {
                                    throw new IllegalArgumentException("thrown " + (i[0] - 1));
                                }
                                return s;
                            });
                            Trace.log(closing[0] ? "PROBLEM: the body returned while closing" : "return " + r);
                        } catch (CloseSignal e) {
                            Trace.log("closed");
                        } catch (RuntimeException e) {
                            Trace.log((closing[0] ? "close raised " : "raised ") + ex(e));
                        }
                        return Trace.take();
                    }

                    /** The template called directly; its sink returns the sequence (or throws at THROW). */
                    public static List<String> push(int p, int[] seq) {
                        Trace.reset();
                        int[] i = {0};
                        try {
                            int r = CLS.co(p, v -> {
                                Trace.log("out " + v);
                                int s = seq[i[0]++];
                                if (s == THROW) {
                                    throw new IllegalArgumentException("thrown " + (i[0] - 1));
                                }
                                return s;
                            });
                            Trace.log("return " + r);
                        } catch (RuntimeException e) {
                            Trace.log("raised " + ex(e));
                        }
                        return Trace.take();
                    }

                    /** The generated coroutine: next(), then send(seq[i]) or throwInto at THROW; stops after k values. */
                    public static List<String> pull(int p, int[] seq, int k) {
                        Trace.reset();
                        CLSGenerators.Co g = CLSGenerators.co(p);
                        if (!Trace.snapshot().isEmpty()) {
                            Trace.log("PROBLEM: the factory ran body code");
                        }
                        int i = 0;
                        int outs = 0;
                        try {
                            Integer v = g.next();
                            while (true) {
                                Trace.log("out " + v);
                                outs++;
                                if (outs == k) {
                                    try {
                                        g.close();
                                        Trace.log("closed");
                                    } catch (RuntimeException e) {
                                        Trace.log("close raised " + ex(e));
                                    }
                                    if (g.hasNext()) {
                                        Trace.log("PROBLEM: hasNext() after close()");
                                    }
                                    return Trace.take();
                                }
                                int s = seq[i++];
                                if (s == THROW) {
                                    v = g.throwInto(new IllegalArgumentException("thrown " + (i - 1)));
                                } else {
                                    v = g.send(s);
                                }
                            }
                        } catch (NoSuchElementException e) {
                            Trace.log("return " + g.returnValue());
                        } catch (RuntimeException e) {
                            Trace.log("raised " + ex(e));
                        }
                        try {
                            g.send(1);
                            Trace.log("PROBLEM: send after the end returned");
                        } catch (NoSuchElementException e) {
                            // as specified
                        }
                        return Trace.take();
                    }
                }
                """.replace("DRV", drv).replace("CLS", cls));
    }

    // ------------------------------------------------------------------------------------------ statements

    /** Where a statement stands: inside a loop (break/continue allowed), inside a finally block, nesting depth. */
    private record Ctx(boolean loop, boolean inFinally, int depth) {
        Ctx deeper() {
            return new Ctx(loop, inFinally, depth + 1);
        }
    }

    private void block(Ctx ctx) {
        int n = ctx.depth == 0 ? 4 + rnd.nextInt(6) : 1 + rnd.nextInt(3);
        for (int i = 0; i < n && budget > 0; i++) {
            statement(ctx);
        }
    }

    private void feature(String f) {
        features.merge(f, 1, Integer::sum);
    }

    private void statement(Ctx ctx) {
        budget--;
        boolean nest = ctx.depth < 3;
        int k = rnd.nextInt(nest ? 22 : 12);
        int id = ids++;
        switch (k) {
            case 0, 1 -> {
                feature("int x = co.yield(e)");
                String v = newVar(true);
                line("int " + v + " = co.yield(" + expr(2, false) + ");");
                declare(v, true);
            }
            case 2 -> {
                feature("declaration");
                String v = newVar(true);
                line("int " + v + " = " + expr(2, true) + ";");
                declare(v, true);
            }
            case 3 -> {
                Var v = mutable();
                if (v == null) {
                    statement(ctx);
                    return;
                }
                String op = new String[] {"+=", "-=", "*="}[rnd.nextInt(3)];
                feature("x " + op + " co.yield(e)");
                line(v.name + " " + op + " co.yield(" + expr(1, false) + ");");
            }
            case 4 -> {
                Var v = mutable();
                if (v == null) {
                    statement(ctx);
                    return;
                }
                feature("assignment");
                line(v.name + " = " + expr(2, true) + ";");
            }
            case 5 -> {
                feature("log");
                line("Trace.log(\"L" + id + " \" + (" + expr(2, true) + "));");
            }
            case 6 -> {
                feature("co.yield statement");
                line("co.yield(" + expr(2, true) + ");");
            }
            case 7 -> {
                feature("yield as argument");
                String v = newVar(true);
                line("int " + v + " = f(" + expr(1, true) + ", co.yield(" + expr(1, false) + "), "
                        + expr(1, true) + ");");
                declare(v, true);
            }
            case 8 -> {
                feature("two yields in one expression");
                String v = newVar(true);
                line("int " + v + " = co.yield(" + expr(1, false) + ") - co.yield(" + expr(1, false) + ");");
                declare(v, true);
            }
            case 9 -> {
                if (ctx.inFinally) {
                    statement(ctx);
                    return;
                }
                if (rnd.nextBoolean()) {
                    feature("early return");
                    line("if (" + rareCond() + ") return " + expr(1, true) + ";");
                } else {
                    feature("throw");
                    line("if (" + rareCond() + ") throw new IllegalArgumentException(\"t" + id + "\");");
                }
            }
            case 10, 11 -> {
                if (ctx.loop && !ctx.inFinally) {
                    String j = rnd.nextBoolean() ? "break" : "continue";
                    feature(j);
                    line("if (" + cond() + ") " + j + ";");
                } else {
                    feature("nested yield");
                    String v = newVar(true);
                    line("int " + v + " = co.yield(co.yield(" + expr(1, false) + ") + " + expr(1, false) + ");");
                    declare(v, true);
                }
            }
            case 12, 13 -> {
                feature("if");
                line("if (" + cond() + ") {");
                scoped(ctx.deeper());
                if (rnd.nextBoolean()) {
                    line("} else {");
                    scoped(ctx.deeper());
                }
                line("}");
            }
            case 14 -> {
                feature("for");
                String i = "i" + id;
                line("for (int " + i + " = 0; " + i + " < " + (1 + rnd.nextInt(3)) + "; " + i + "++) {");
                indent++;
                scopes.add(new ArrayList<>());
                declare(i, false);
                indent--;
                scopedNoPush(new Ctx(true, ctx.inFinally, ctx.depth + 1));
                line("}");
            }
            case 15 -> {
                feature("while with yield in condition");
                String w = "w" + id;
                line("int " + w + " = 0;");
                declare(w, false);
                line("while (" + w + "++ < " + (1 + rnd.nextInt(3)) + " && co.yield(" + expr(1, false) + ") != "
                        + (rnd.nextInt(5) - 1) + ") {");
                scoped(new Ctx(true, ctx.inFinally, ctx.depth + 1));
                line("}");
            }
            case 16 -> {
                feature("do-while with yield in condition");
                String w = "w" + id;
                line("int " + w + " = 0;");
                declare(w, false);
                line("do {");
                scoped(new Ctx(true, ctx.inFinally, ctx.depth + 1));
                line("} while (++" + w + " < " + (1 + rnd.nextInt(3)) + " && co.yield(" + expr(1, false) + ") > "
                        + (rnd.nextInt(5) - 2) + ");");
            }
            case 17, 18 -> {
                feature("try/catch");
                line("try {");
                scoped(ctx.deeper());
                line("} catch (IllegalArgumentException e" + id + ") {");
                indent++;
                line("Trace.log(\"caught " + id + " \" + e" + id + ".getMessage());");
                indent--;
                scoped(ctx.deeper());
                line("}");
            }
            case 19, 20 -> {
                feature("try/finally");
                boolean withCatch = rnd.nextBoolean();
                line("Trace.enter(\"" + id + "\");");
                line("try {");
                scoped(ctx.deeper());
                if (withCatch) {
                    feature("try/catch/finally");
                    line("} catch (IllegalArgumentException e" + id + ") {");
                    indent++;
                    line("Trace.log(\"caught " + id + " \" + e" + id + ".getMessage());");
                    indent--;
                    scoped(ctx.deeper());
                }
                line("} finally {");
                indent++;
                line("Trace.fin(\"" + id + "\");");
                indent--;
                if (rnd.nextInt(3) == 0) {
                    feature("yield in finally");
                    scoped(new Ctx(false, true, ctx.depth + 1));
                }
                line("}");
            }
            default -> {
                feature("conditional expression with yields");
                String v = newVar(true);
                line("int " + v + " = " + cond() + " ? co.yield(" + expr(1, false) + ") : " + expr(1, true) + ";");
                declare(v, true);
            }
        }
    }

    private void scoped(Ctx ctx) {
        scopes.add(new ArrayList<>());
        scopedNoPush(ctx);
    }

    /** A block in the scope already pushed; pops it. */
    private void scopedNoPush(Ctx ctx) {
        indent++;
        block(ctx);
        indent--;
        scopes.remove(scopes.size() - 1);
    }

    private String newVar(boolean mutable) {
        return "v" + ids++;
    }

    private void declare(String name, boolean mutable) {
        scopes.get(scopes.size() - 1).add(new Var(name, mutable));
    }

    private List<Var> visible() {
        List<Var> all = new ArrayList<>();
        for (List<Var> s : scopes) {
            all.addAll(s);
        }
        return all;
    }

    private Var mutable() {
        List<Var> m = new ArrayList<>();
        for (Var v : visible()) {
            if (v.mutable) {
                m.add(v);
            }
        }
        return m.isEmpty() ? null : m.get(rnd.nextInt(m.size()));
    }

    // ------------------------------------------------------------------------------------------ expressions

    private String cond() {
        yieldsInExpr = 0;
        String[] ops = {">", "<", ">=", "!=", "=="};
        String c = condLeft() + " " + ops[rnd.nextInt(ops.length)] + " " + (rnd.nextInt(9) - 2);
        if (rnd.nextInt(4) == 0) {
            feature("short circuit");
            c = "(" + c + ") " + (rnd.nextBoolean() ? "&&" : "||") + " " + expr0(1, true) + " > "
                    + (rnd.nextInt(5) - 1);
        }
        return c;
    }

    /** A condition that holds less often, for early returns and throws. */
    private String rareCond() {
        yieldsInExpr = 0;
        return condLeft() + " == " + (rnd.nextInt(9) - 2);
    }

    /** The left side of a comparison: never constant (a local, a yield, or a traced local). */
    private String condLeft() {
        List<Var> vs = visible();
        int k = rnd.nextInt(4);
        if (k == 0 || vs.isEmpty()) {
            yieldsInExpr++;
            feature("yield inside an expression");
            return "co.yield(" + expr0(1, false) + ")";
        }
        String v = vs.get(rnd.nextInt(vs.size())).name;
        return k == 1 ? "t(" + ids++ + ", " + v + ")" : "(" + v + " + " + expr0(1, true) + ")";
    }

    private String expr(int depth, boolean mayYield) {
        yieldsInExpr = 0;
        return expr0(depth, mayYield);
    }

    private String expr0(int depth, boolean mayYield) {
        int k = rnd.nextInt(depth <= 0 ? 3 : 9);
        switch (k) {
            case 0:
                return Integer.toString(rnd.nextInt(10) - 2);
            case 1:
            case 2: {
                List<Var> vs = visible();
                return vs.isEmpty() ? "1" : vs.get(rnd.nextInt(vs.size())).name;
            }
            case 3:
                return "(" + expr0(depth - 1, mayYield) + " + " + expr0(depth - 1, mayYield) + ")";
            case 4:
                return "(" + expr0(depth - 1, mayYield) + " - " + expr0(depth - 1, mayYield) + ")";
            case 5:
                return "t(" + ids++ + ", " + expr0(depth - 1, mayYield) + ")";
            case 6:
                return "(" + expr0(depth - 1, mayYield) + " % 5 * 2)";
            default:
                if (mayYield && yieldsInExpr < 2) {
                    yieldsInExpr++;
                    feature("yield inside an expression");
                    return "co.yield(" + expr0(depth - 1, false) + ")";
                }
                return "t(" + ids++ + ", " + expr0(depth - 1, false) + ")";
        }
    }

    private void line(String s) {
        for (int i = 0; i < indent; i++) {
            out.append("    ");
        }
        out.append(s).append('\n');
    }
}
