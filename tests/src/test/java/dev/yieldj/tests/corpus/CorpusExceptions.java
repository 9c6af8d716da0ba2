package dev.yieldj.tests.corpus;

import static dev.yieldj.tests.corpus.Case.members;
import static dev.yieldj.tests.harness.Run.run;

import java.util.List;

/**
 * The corpus of the exceptions issue: try/catch/finally with yields in every block, try-with-resources, jumps
 * through finally. Every try statement with a finally logs {@code Trace.enter(id)} just before it and
 * {@code Trace.fin(id)} first thing in its finally, so the close() checks can count them.
 */
final class CorpusExceptions {

    private CorpusExceptions() {
    }

    static List<Case> all() {
        return List.of(
                members("TryYieldEverywhere", """
                        @Generator
                        static void everywhere(int n, Yield<String> out) {
                            Trace.enter("t1");
                            try {
                                out.yield("try a");
                                if (n == 1) throw new IllegalStateException("x");
                                out.yield("try b");
                            } catch (IllegalStateException e) {
                                Trace.log("caught " + e.getMessage());
                                out.yield("catch 1");
                                out.yield("catch " + e.getMessage());
                            } finally {
                                Trace.fin("t1");
                                out.yield("finally 1");
                                out.yield("finally 2");
                            }
                            out.yield("after");
                        }
                        """, run("everywhere", 0), run("everywhere", 1)).withCloseChecks(),

                members("TryCatchInLoop", """
                        @Generator
                        static void loop(int n, Yield<Integer> out) {
                            int sum = 0;
                            for (int i = 0; i < n; i++) {
                                try {
                                    if (i % 3 == 2) throw new IllegalArgumentException("i" + i);
                                    out.yield(i);
                                    sum += 10 / (i - 1);
                                } catch (IllegalArgumentException | ArithmeticException e) {
                                    Trace.caught(e);
                                    out.yield(-i);
                                    continue;
                                }
                                out.yield(sum);
                            }
                        }
                        """, run("loop", 6)).withCloseChecks(),

                members("JumpsThroughFinally", """
                        @Generator
                        static void jumps(int n, Yield<String> out) {
                            outer:
                            for (int i = 0; i < n; i++) {
                                Trace.enter("o" + i);
                                try {
                                    for (int j = 0; j < 3; j++) {
                                        Trace.enter("i" + i + j);
                                        try {
                                            if (j == 1 && i == 0) continue;
                                            if (j == 2 && i == 1) continue outer;
                                            if (i == 2 && j == 1) break outer;
                                            out.yield(i + "" + j);
                                            if (i == 3) break;
                                        } finally {
                                            Trace.fin("i" + i + j);
                                            out.yield("fi" + i + j);
                                        }
                                    }
                                    out.yield("inner done " + i);
                                } finally {
                                    Trace.fin("o" + i);
                                }
                            }
                            out.yield("end");
                        }
                        """, run("jumps", 4), run("jumps", 2)).withCloseChecks(),

                members("ReturnThroughFinally", """
                        @Generator
                        static void ret(int n, Yield<String> out) {
                            Trace.enter("a");
                            try {
                                for (int i = 0; i < 10; i++) {
                                    Trace.enter("b" + i);
                                    try {
                                        out.yield("i" + i);
                                        if (i == n) {
                                            Trace.log("returning");
                                            return;
                                        }
                                    } finally {
                                        Trace.fin("b" + i);
                                        out.yield("fb" + i);
                                    }
                                }
                            } finally {
                                Trace.fin("a");
                                out.yield("fa");
                            }
                            out.yield("not after return");
                        }
                        """, run("ret", 2), run("ret", 20)).withCloseChecks(),

                members("NestedTryOrder", """
                        @Generator
                        static void order(int n, Yield<String> out) {
                            Trace.enter("outer");
                            try {
                                Trace.enter("inner");
                                try {
                                    out.yield("inner try");
                                    if (n > 0) throw new IllegalStateException("deep");
                                } catch (IllegalArgumentException e) {
                                    out.yield("wrong catch");
                                } finally {
                                    Trace.fin("inner");
                                    out.yield("inner finally");
                                }
                                out.yield("between");
                            } catch (IllegalStateException e) {
                                Trace.caught(e);
                                out.yield("outer catch");
                                Trace.enter("incatch");
                                try {
                                    out.yield("try in catch");
                                } finally {
                                    Trace.fin("incatch");
                                }
                            } finally {
                                Trace.fin("outer");
                                out.yield("outer finally");
                            }
                        }
                        """, run("order", 0), run("order", 1)).withCloseChecks(),

                members("EscapingThroughFinally", """
                        @Generator
                        static void escape(int n, Yield<String> out) throws IOException {
                            Trace.enter("f");
                            try {
                                out.yield("before");
                                if (n == 1) throw new IOException("io " + n);
                                if (n == 2) throw new UnsupportedOperationException("unsupported");
                                out.yield("no throw");
                            } finally {
                                Trace.fin("f");
                                out.yield("finally");
                            }
                        }
                        """, run("escape", 0), run("escape", 1), run("escape", 2)).withCloseChecks(),

                members("CatchRethrows", """
                        @Generator
                        static void rethrow(int n, Yield<String> out) {
                            Trace.enter("r");
                            try {
                                out.yield("start");
                                throw new IllegalStateException("first " + n);
                            } catch (IllegalStateException e) {
                                out.yield("catch " + e.getMessage());
                                if (n > 0) throw new IllegalArgumentException("second", e);
                                out.yield("swallowed");
                            } finally {
                                Trace.fin("r");
                                out.yield("finally");
                            }
                            out.yield("after");
                        }
                        """, run("rethrow", 0), run("rethrow", 1)).withCloseChecks(),

                members("FinallyReplacesException", """
                        @Generator
                        static void replace(int n, Yield<String> out) {
                            try {
                                Trace.enter("in");
                                try {
                                    out.yield("a");
                                    throw new IllegalStateException("primary");
                                } finally {
                                    Trace.fin("in");
                                    out.yield("f");
                                    if (n > 0) throw new IllegalArgumentException("from finally");
                                }
                            } catch (RuntimeException e) {
                                Trace.caught(e);
                                out.yield("caught " + e.getClass().getSimpleName());
                            }
                        }
                        """, run("replace", 0), run("replace", 1)).withCloseChecks(),

                members("TwrBasic", """
                        @Generator
                        static void twr(int n, Yield<String> out) {
                            Trace.enter("t");
                            try (Res a = Res.open("a"); Res b = Res.open("b")) {
                                a.use();
                                out.yield("in " + Res.nameOf(a));
                                b.use();
                                out.yield("in " + Res.nameOf(b));
                                if (n == 1) throw new IllegalStateException("body");
                            } catch (IllegalStateException e) {
                                Trace.caught(e);
                                out.yield("catch");
                            } finally {
                                Trace.fin("t");
                                out.yield("finally");
                            }
                            out.yield("after");
                        }
                        """, run("twr", 0), run("twr", 1)).withCloseChecks(),

                members("TwrNull", """
                        @Generator
                        static void twrNull(int n, Yield<String> out) {
                            try (Res a = n > 0 ? Res.open("a") : null; Res b = Res.open("b"); Res c = null) {
                                out.yield(Res.nameOf(a) + Res.nameOf(b) + Res.nameOf(c));
                                b.use();
                                out.yield("used");
                            }
                            out.yield("after");
                        }
                        """, run("twrNull", 0), run("twrNull", 1)).withCloseChecks(),

                members("TwrCloseFails", """
                        @Generator
                        static void failing(int n, Yield<String> out) {
                            try {
                                try (Res a = Res.open("a", true); Res b = Res.open("b", n == 2)) {
                                    a.use();
                                    out.yield("x");
                                    b.use();
                                    if (n == 1) throw new IllegalArgumentException("body");
                                    out.yield("y");
                                }
                            } catch (RuntimeException e) {
                                Trace.caught(e);
                                out.yield("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
                            }
                            try (Res c = Res.open("c", true)) {
                                c.use();
                                out.yield("c");
                            }
                        }
                        """, run("failing", 0), run("failing", 1), run("failing", 2)).withCloseChecks(),

                members("TwrOpenFails", """
                        @Generator
                        static void openFails(int n, Yield<String> out) {
                            out.yield("start");
                            Trace.enter("t");
                            try (Res a = Res.open("a"); Res b = n > 0 ? Res.openFailing("b") : Res.open("b")) {
                                a.use();
                                b.use();
                                out.yield("body");
                            } finally {
                                Trace.fin("t");
                                out.yield("finally");
                            }
                        }
                        """, run("openFails", 0), run("openFails", 1)).withCloseChecks(),

                members("TwrLoopsAndJumps", """
                        @Generator
                        static void loops(int n, Yield<String> out) {
                            for (int i = 0; i < 4; i++) {
                                try (Res r = Res.open("r" + i)) {
                                    r.use();
                                    if (i == 1) continue;
                                    out.yield("r" + i);
                                    try (Res inner = Res.open("inner" + i)) {
                                        inner.use();
                                        out.yield("inner" + i);
                                        if (i == n) break;
                                    }
                                }
                            }
                            Res outer = Res.open("outer");
                            try (outer) {
                                outer.use();
                                out.yield("outer");
                            }
                        }
                        """, run("loops", 2), run("loops", 9)).withCloseChecks(),

                members("TwrWithoutYieldInside", """
                        @Generator
                        static void plain(int n, Yield<String> out) {
                            out.yield("start");
                            Res a = Res.open("a");
                            try (a; Res b = Res.open("b", n == 1)) {
                                Trace.log(Res.nameOf(a) + Res.nameOf(b));
                            } catch (IllegalStateException e) {
                                Trace.caught(e);
                            }
                            try (Res c = Res.open("c"); Res d = n > 1 ? null : Res.open("d")) {
                                Trace.log(Res.nameOf(c) + Res.nameOf(d));
                            }
                            out.yield("end");
                        }
                        """, run("plain", 0), run("plain", 1), run("plain", 2)).withCloseChecks(),

                // A jump out of copied code (no yield inside) that a resource's close() or a finally block replaces
                // with an exception, caught inside that code: the jump is gone, the body goes on after the catch.
                // The machine once recorded the jump's target before the break and jumped after the catch anyway
                // (random program seed 101144 on JDK 17). And a jump still pending while its finally block catches
                // an exception of its own is still taken.
                members("JumpReplacedByException", """
                        @Generator
                        static void closeFails(int n, Yield<String> out) {
                            outer:
                            for (int i = 0; i < 4; i++) {
                                out.yield("i" + i);
                                try (Res r = Res.open("r" + i, i % 2 == n % 2)) {
                                    Trace.log("use " + Res.nameOf(r));
                                    if (i == 0) continue outer;
                                    if (i == 1) break outer;
                                    if (i == 2) return;
                                } catch (IllegalStateException e) {
                                    Trace.caught(e);
                                }
                                Trace.log("after " + i);
                            }
                            out.yield("end");
                        }

                        @Generator
                        static void finallyThrows(int n, Yield<String> out) {
                            out.yield("start");
                            try {
                                Trace.enter("r");
                                try {
                                    if (n > 0) return;
                                } finally {
                                    Trace.fin("r");
                                    if (n == 1) throw new IllegalStateException("finally");
                                }
                            } catch (IllegalStateException e) {
                                Trace.caught(e);
                            }
                            out.yield("end");
                        }

                        @Generator
                        static void pendingThroughCatch(int n, Yield<String> out) {
                            for (int i = 0; i < 3; i++) {
                                out.yield("i" + i);
                                Trace.enter("p" + i);
                                try {
                                    if (i == n) break;
                                } finally {
                                    Trace.fin("p" + i);
                                    try {
                                        if (i == 1) throw new IllegalArgumentException("in finally");
                                    } catch (IllegalArgumentException e) {
                                        Trace.caught(e);
                                    }
                                }
                                Trace.log("after " + i);
                            }
                            out.yield("end");
                        }
                        """, run("closeFails", 0), run("closeFails", 1), run("finallyThrows", 0),
                        run("finallyThrows", 1), run("finallyThrows", 2), run("pendingThroughCatch", 1),
                        run("pendingThroughCatch", 5)).withCloseChecks(),

                members("ReturnThenFinallyThrows", """
                        @Generator
                        static void withResources(int n, Yield<String> out) {
                            try (Res a = Res.open("a"); Res b = Res.open("b")) {
                                Trace.log(Res.nameOf(a) + Res.nameOf(b));
                                out.yield("y");
                                Trace.enter("in");
                                try {
                                    if (n < 2) return;
                                    out.yield("no return");
                                } finally {
                                    Trace.fin("in");
                                    if (n == 0) throw new IllegalStateException("boom");
                                }
                            }
                        }

                        @Generator
                        static void nested(int n, Yield<String> out) {
                            Trace.enter("outer");
                            try {
                                out.yield("y");
                                for (int i = 0; i < 3; i++) {
                                    Trace.enter("inner" + i);
                                    try {
                                        if (i == 1 && n < 2) break;
                                        out.yield("i" + i);
                                    } finally {
                                        Trace.fin("inner" + i);
                                        if (i == 1 && n == 0) throw new IllegalStateException("boom");
                                    }
                                }
                            } finally {
                                Trace.fin("outer");
                            }
                            out.yield("after");
                        }

                        @Generator
                        static void plainInnerTry(int n, Yield<String> out) {
                            try (Res a = Res.open("a"); Res b = Res.open("b")) {
                                Trace.log(Res.nameOf(a) + Res.nameOf(b));
                                out.yield("y");
                                Trace.enter("plain");
                                try {
                                    if (n == 0) return;
                                } finally {
                                    Trace.fin("plain");
                                    if (n == 0) throw new IllegalStateException("boom");
                                }
                            }
                        }

                        @Generator
                        static void plainInnerTryInTry(int n, Yield<String> out) {
                            Trace.enter("outer");
                            try {
                                out.yield("y");
                                Trace.enter("inner");
                                try {
                                    if (n == 0) return;
                                } finally {
                                    Trace.fin("inner");
                                    if (n == 0) throw new IllegalStateException("boom");
                                }
                            } finally {
                                Trace.fin("outer");
                            }
                            out.yield("after");
                        }

                        @Generator
                        static void returnThroughFailingClose(int n, Yield<String> out) {
                            Trace.enter("outer");
                            try {
                                out.yield("y");
                                try (Res a = Res.open("a", true)) {
                                    Trace.log(Res.nameOf(a));
                                    if (n == 0) return;
                                }
                                out.yield("after");
                            } catch (IllegalStateException e) {
                                Trace.caught(e);
                            } finally {
                                Trace.fin("outer");
                            }
                        }
                        """, run("withResources", 0), run("withResources", 1), run("withResources", 2),
                        run("nested", 0), run("nested", 1), run("nested", 2), run("plainInnerTry", 0),
                        run("plainInnerTry", 1), run("plainInnerTryInTry", 0), run("plainInnerTryInTry", 1),
                        run("returnThroughFailingClose", 0), run("returnThroughFailingClose", 1))
                        .withCloseChecks(),

                members("TryInSwitch", """
                        @Generator
                        static void inSwitch(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                switch (i) {
                                    case 0 -> {
                                        Trace.enter("s" + i);
                                        try {
                                            out.yield("zero");
                                        } finally {
                                            Trace.fin("s" + i);
                                        }
                                    }
                                    case 1 -> {
                                        try (Res r = Res.open("sw")) {
                                            r.use();
                                            out.yield("one");
                                        }
                                    }
                                    default -> {
                                        String v = switch (i) {
                                            case 2 -> {
                                                Trace.enter("x" + i);
                                                try {
                                                    out.yield("two in expression");
                                                    yield "two";
                                                } finally {
                                                    Trace.fin("x" + i);
                                                }
                                            }
                                            default -> "many";
                                        };
                                        out.yield(v);
                                    }
                                }
                            }
                        }
                        """, run("inSwitch", 4)).withCloseChecks(),

                members("LambdaInTry", """
                        @Generator
                        static void lambdas(int n, Yield<String> out) {
                            List<Supplier<String>> caps = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                Trace.enter("l" + i);
                                try {
                                    int v = i * 3;
                                    caps.add(() -> "v" + v);
                                    out.yield("v" + v);
                                    if (i == 2) throw new IllegalStateException("at 2");
                                } catch (IllegalStateException e) {
                                    String msg = e.getMessage();
                                    caps.add(() -> msg);
                                    out.yield("caught");
                                } finally {
                                    Trace.fin("l" + i);
                                    Trace.dump(caps);
                                }
                            }
                        }
                        """, run("lambdas", 4)).withCloseChecks());
    }
}
