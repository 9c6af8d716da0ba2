package dev.yieldj.tests.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: recursion through delegation must not grow the Java stack with depth. A linked chain of 10,000
 * generators ({@code chain(n)} yields n, delegates to {@code chain(n - 1)}, then yields -n) is pulled completely,
 * closed from its bottom, sent into and thrown into at its bottom, each on the test thread and again on a thread
 * with a 256 KiB stack, where any per-level recursion would overflow long before depth 10,000.
 */
class DeepDelegationTest {

    static final String TEMPLATES = """
            package deep;

            import dev.yieldj.Coroutine;
            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class Deep {
                static int finallies;
                static int lastFinally;
                static boolean finallyOrderOk = true;

                static void fin(int n) {
                    if (n != lastFinally + 1) {
                        finallyOrderOk = false;
                    }
                    lastFinally = n;
                    finallies++;
                }

                @Generator
                static void chain(int n, Yield<Integer> out) {
                    try {
                        out.yield(n);
                        if (n > 1) {
                            out.yieldAll(DeepGenerators.chain(n - 1));
                        }
                        out.yield(-n);
                    } finally {
                        fin(n);
                    }
                }

                @Generator
                static int sum(int n, Coroutine<Integer, Integer> co) {
                    if (n == 0) {
                        int total = 0;
                        while (true) {
                            Integer got = co.yield(total);
                            if (got == null) {
                                return total;
                            }
                            total += got;
                        }
                    }
                    DeepGenerators.Sum inner = DeepGenerators.sum(n - 1);
                    co.yieldAll(inner);
                    return inner.returnValue() + 1;
                }

                @Generator
                static void catcher(int n, Coroutine<Integer, Integer> co) {
                    try {
                        DeepGenerators.Chain2 c = DeepGenerators.chain2(n);
                        co.yieldAll(c);
                    } catch (IllegalArgumentException e) {
                        co.yield(-1000000 - finallies);
                    }
                }

                @Generator
                static void chain2(int n, Coroutine<Integer, Integer> co) {
                    try {
                        co.yield(n);
                        if (n > 1) {
                            co.yieldAll(DeepGenerators.chain2(n - 1));
                        }
                        co.yield(-n);
                    } finally {
                        fin(n);
                    }
                }
            }
            """;

    static final String DRIVER = """
            package deep;

            public class Driver {
                static void reset() {
                    Deep.finallies = 0;
                    Deep.lastFinally = 0;
                    Deep.finallyOrderOk = true;
                }

                /** Pulls chain(n) to its end; the text summarises what came out. */
                public static String pullAll(int n) {
                    reset();
                    DeepGenerators.Chain g = DeepGenerators.chain(n);
                    int count = 0;
                    boolean ordered = true;
                    while (g.hasNext()) {
                        int v = g.next();
                        int expected = count < n ? n - count : -(count - n + 1);
                        if (v != expected) {
                            ordered = false;
                        }
                        count++;
                    }
                    return "count=" + count + " ordered=" + ordered + " finallies=" + Deep.finallies
                            + " finallyOrder=" + Deep.finallyOrderOk;
                }

                /** Pulls chain(n) down to its bottom (n values), then closes it. */
                public static String closeAtBottom(int n) {
                    reset();
                    DeepGenerators.Chain g = DeepGenerators.chain(n);
                    for (int i = 0; i < n; i++) {
                        g.next();
                    }
                    int before = Deep.finallies;
                    g.close();
                    int after = Deep.finallies;
                    g.close();
                    return "before=" + before + " after=" + after + " again=" + Deep.finallies
                            + " finallyOrder=" + Deep.finallyOrderOk + " hasNext=" + g.hasNext();
                }

                /** sum(n): send reaches the bottom through n levels, the return value climbs back up. */
                public static String sendAtBottom(int n) {
                    DeepGenerators.Sum s = DeepGenerators.sum(n);
                    int first = s.next();
                    int a = s.send(5);
                    int b = s.send(7);
                    boolean ended = false;
                    try {
                        s.send(null);
                    } catch (java.util.NoSuchElementException e) {
                        ended = true;
                    }
                    return "first=" + first + " a=" + a + " b=" + b + " ended=" + ended + " return=" + s.returnValue();
                }

                /** throwInto at the bottom of chain2(n): it unwinds all n levels into the catcher. */
                public static String throwAtBottom(int n) {
                    reset();
                    DeepGenerators.Catcher c = DeepGenerators.catcher(n);
                    for (int i = 0; i < n; i++) {
                        c.next();
                    }
                    int v = c.throwInto(new IllegalArgumentException("bottom"));
                    return "value=" + v + " finallies=" + Deep.finallies + " finallyOrder=" + Deep.finallyOrderOk;
                }
            }
            """;

    private static ClassLoader loader;

    static synchronized ClassLoader loader() {
        if (loader == null) {
            Compilation c = InMemoryJavac.compile(List.of(new Source("deep.Deep", TEMPLATES),
                    new Source("deep.Driver", DRIVER)), InMemoryJavac.Options.lenient());
            assertTrue(c.success(), () -> "the processor rejected valid templates:\n" + c.report());
            loader = c.newLoader();
        }
        return loader;
    }

    static String call(String method, int n) throws Throwable {
        Method m = Class.forName("deep.Driver", true, loader()).getMethod(method, int.class);
        try {
            return (String) m.invoke(null, n);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Runs {@code method(n)} on a thread with a 256 KiB stack. */
    static String onSmallStack(String method, int n) throws Throwable {
        loader();
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(call(method, n));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small", 256 * 1024);
        t.start();
        t.join(120_000);
        assertTrue(!t.isAlive(), "timed out");
        if (result.get() instanceof Throwable) {
            throw (Throwable) result.get();
        }
        return (String) result.get();
    }

    static String pullExpected(int n) {
        return "count=" + (2 * n) + " ordered=true finallies=" + n + " finallyOrder=true";
    }

    static String closeExpected(int n) {
        return "before=0 after=" + n + " again=" + n + " finallyOrder=true hasNext=false";
    }

    @Test
    void pullsAChainOf10000Completely() throws Throwable {
        assertEquals(pullExpected(10_000), assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> call("pullAll", 10_000)));
    }

    @Test
    void pullsAChainOf10000OnASmallStack() throws Throwable {
        assertEquals(pullExpected(10_000), onSmallStack("pullAll", 10_000));
        assertEquals(pullExpected(50_000), onSmallStack("pullAll", 50_000));
    }

    @Test
    void closesAChainOf10000InnermostFirst() throws Throwable {
        assertEquals(closeExpected(10_000), assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> call("closeAtBottom", 10_000)));
        assertEquals(closeExpected(10_000), onSmallStack("closeAtBottom", 10_000));
    }

    @Test
    void sendsThroughAChainOf10000AndTheReturnValueClimbsBack() throws Throwable {
        String expected = "first=0 a=5 b=12 ended=true return=10012";
        assertEquals(expected, call("sendAtBottom", 10_000));
        assertEquals(expected, onSmallStack("sendAtBottom", 10_000));
    }

    @Test
    void throwIntoAtTheBottomUnwindsAllLevels() throws Throwable {
        String expected = "value=-1010000 finallies=10000 finallyOrder=true";
        assertEquals(expected, call("throwAtBottom", 10_000));
        assertEquals(expected, onSmallStack("throwAtBottom", 10_000));
    }
}
