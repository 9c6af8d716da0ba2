package semantics.try_yields;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** Twin: src/test/python/semantics/try_yields.py (regenerator-style try/catch/finally tests). */
public class Tpl {
    @Generator
    static void loopJumps(int n, Yield<String> out) {
        for (int i = 0; i < n; i++) {
            try {
                out.yield("try " + i);
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                out.yield("tail " + i);
            } finally {
                out.yield("finally " + i);
            }
        }
        out.yield("after loop");
    }

    @Generator
    static void whileJumps(Yield<String> out) {
        int i = 0;
        while (true) {
            i += 1;
            try {
                try {
                    if (i % 2 == 0) {
                        continue;
                    }
                    if (i > 5) {
                        break;
                    }
                    out.yield("odd " + i);
                } finally {
                    out.yield("inner finally " + i);
                }
            } finally {
                out.yield("outer finally " + i);
            }
        }
        out.yield("done " + i);
    }

    @Generator
    static void returnThroughFinally(Yield<String> out) {
        try {
            try {
                out.yield("a");
                return;
            } finally {
                out.yield("inner finally");
            }
        } finally {
            out.yield("outer finally");
        }
    }

    @Generator
    @SuppressWarnings("finally")
    static void breakInFinallyDiscards(Yield<String> out) {
        for (int i = 0; i < 3; i++) {
            try {
                out.yield("try " + i);
                throw new Boom("lost " + i);
            } finally {
                out.yield("finally " + i);
                break;
            }
        }
        out.yield("after");
    }

    @Generator
    static void rethrow(Yield<String> out) {
        try {
            try {
                try {
                    out.yield("t");
                    throw new Boom("b1");
                } catch (Boom e) {
                    out.yield("caught " + e.getMessage());
                    throw e;
                } finally {
                    out.yield("finally 1");
                }
            } finally {
                out.yield("finally 2");
            }
        } catch (Boom e) {
            out.yield("outer caught " + e.getMessage());
        }
        out.yield("end");
    }

    @Generator
    static void multiCatch(Yield<String> out) {
        for (int k = 0; k < 3; k++) {
            try {
                try {
                    out.yield("k" + k);
                    if (k == 0) {
                        throw new Boom("zero");
                    }
                    if (k == 1) {
                        throw new Bang("one");
                    }
                    throw new Zap("two");
                } catch (Boom | Bang e) {
                    out.yield("multi " + e.getMessage());
                } finally {
                    out.yield("finally k" + k);
                }
            } catch (Zap e) {
                out.yield("zap " + e.getMessage());
            }
        }
    }

    @Generator
    static void escaping(Yield<String> out) {
        try {
            try {
                try {
                    out.yield("1");
                    throw new Boom("out");
                } finally {
                    out.yield("f1");
                }
            } finally {
                out.yield("f2");
            }
        } finally {
            out.yield("f3");
        }
    }

    @Generator
    static void catchThenYieldInFinally(Yield<String> out) {
        try {
            throw new Bang("first");
        } catch (Bang e) {
            try {
                out.yield("in catch " + e.getMessage());
            } finally {
                out.yield("nested finally in catch");
            }
        } finally {
            out.yield("outer finally");
        }
        out.yield("end");
    }
}
