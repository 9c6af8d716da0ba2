package dev.yieldj.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Trace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator protocol of SPEC.md, observed on generated code: laziness, hasNext/next, iterator(), stream(),
 * toString(), close(), re-entrancy.
 */
class LazinessTest {

    static final String SOURCE = """
            package lazy;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import dev.yieldj.tests.harness.Trace;
            import java.util.Iterator;
            import java.util.concurrent.atomic.AtomicReference;

            public class Lazy {
                @Generator
                static void steps(Yield<String> out) {
                    Trace.log("start");
                    out.yield("a");
                    Trace.log("between");
                    out.yield("b");
                    Trace.log("end");
                }

                @Generator
                static void naturals(Yield<Integer> out) {
                    int i = 0;
                    while (true) {
                        Trace.log("make " + i);
                        out.yield(i++);
                    }
                }

                @Generator
                static void countdown(int n, Yield<Integer> out) {
                    while (n > 0) {
                        out.yield(n);
                        n--;
                    }
                }

                @Generator
                static void guarded(Yield<Integer> out) {
                    Trace.log("enter");
                    try {
                        for (int i = 0; ; i++) {
                            out.yield(i);
                        }
                    } finally {
                        Trace.log("finally");
                    }
                }

                @Generator
                static void catchSkipped(Yield<Integer> out) {
                    try {
                        out.yield(1);
                        out.yield(2);
                    } catch (RuntimeException e) {
                        Trace.log("catch ran");
                    } finally {
                        Trace.log("finally ran");
                    }
                    Trace.log("after try");
                }

                @Generator
                static void yieldsInFinally(Yield<Integer> out) {
                    try {
                        out.yield(1);
                    } finally {
                        Trace.log("finally start");
                        out.yield(2);
                        Trace.log("finally rest");
                    }
                }

                @Generator
                static void yieldsInInnerFinally(Yield<Integer> out) {
                    try {
                        try {
                            out.yield(1);
                        } finally {
                            Trace.log("inner");
                            out.yield(2);
                        }
                    } finally {
                        Trace.log("outer");
                    }
                }

                @Generator
                static void nestedFinally(Yield<Integer> out) {
                    try {
                        try {
                            out.yield(1);
                        } finally {
                            Trace.log("inner finally");
                            throwIt("from inner finally");
                        }
                    } finally {
                        Trace.log("outer finally");
                    }
                }

                static void throwIt(String message) {
                    throw new IllegalStateException(message);
                }

                @Generator
                static void reentrant(AtomicReference<Iterator<String>> self, Yield<String> out) {
                    out.yield("a");
                    try {
                        self.get().next();
                        Trace.log("no exception");
                    } catch (IllegalStateException e) {
                        Trace.log("re-entry rejected");
                    }
                    out.yield("b");
                }

                @Generator
                static void watchesItself(AtomicReference<Object> self, Yield<String> out) throws Exception {
                    Object me = self.get();
                    Trace.log(((Iterable<?>) me).iterator() == me ? "iterator() is this" : "iterator() is fresh");
                    Trace.log(me.toString().endsWith("[running]") ? "running" : me.toString());
                    try {
                        ((AutoCloseable) me).close();
                        Trace.log("closed");
                    } catch (IllegalStateException e) {
                        Trace.log("close rejected");
                    }
                    out.yield("a");
                }

                @Generator
                static void failing(Yield<String> out) {
                    out.yield("a");
                    Trace.log("throwing");
                    throw new UnsupportedOperationException("bad");
                }
            }
            """;

    private static Compilation compilation;
    private static ClassLoader loader;

    static synchronized ClassLoader loader() {
        if (compilation == null) {
            compilation = InMemoryJavac.compile(new Source("lazy.Lazy", SOURCE));
        }
        assertTrue(compilation.success(), () -> "the processor rejected a valid template:\n" + compilation.report());
        if (loader == null) {
            loader = compilation.newLoader();
        }
        return loader;
    }

    @SuppressWarnings("unchecked")
    static <T> Iterator<T> gen(String name, Object... args) {
        try {
            Class<?> g = Class.forName("lazy.LazyGenerators", true, loader());
            for (Method m : g.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                    m.setAccessible(true);
                    return (Iterator<T>) m.invoke(null, args);
                }
            }
            throw new AssertionError("no factory " + name);
        } catch (InvocationTargetException e) {
            throw new AssertionError("factory threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> Stream<T> stream(Object generator) {
        try {
            Method m = generator.getClass().getMethod("stream");
            return (Stream<T>) m.invoke(generator);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static void close(Object generator) throws Exception {
        ((AutoCloseable) generator).close();
    }

    @BeforeEach
    void clear() {
        Trace.reset();
    }

    @Test
    void theTemplatesAreValidJavaWithoutTheProcessor() {
        Compilation plain = InMemoryJavac.compile(List.of(new Source("lazy.Lazy", SOURCE)),
                InMemoryJavac.Options.noProcessor().withWerror(true));
        assertTrue(plain.success(), plain::report);
    }

    @Test
    void creatingAGeneratorRunsNothing() {
        Iterator<String> g = gen("steps");
        assertEquals(List.of(), Trace.take());
        assertTrue(g.toString().contains("unstarted"), g.toString());
    }

    @Test
    void eachResumeRunsExactlyToTheNextYield() {
        Iterator<String> g = gen("steps");
        assertTrue(g.hasNext());
        assertEquals(List.of("start"), Trace.take());
        assertTrue(g.hasNext(), "hasNext twice");
        assertEquals(List.of(), Trace.take(), "a second hasNext() must not advance");
        assertEquals("a", g.next());
        assertEquals(List.of(), Trace.take());
        assertEquals("b", g.next(), "next() without hasNext()");
        assertEquals(List.of("between"), Trace.take());
        assertFalse(g.hasNext());
        assertEquals(List.of("end"), Trace.take());
        assertFalse(g.hasNext());
        assertThrows(NoSuchElementException.class, g::next);
        assertThrows(NoSuchElementException.class, g::next);
        assertEquals(List.of(), Trace.take(), "the body ran once to its end");
    }

    @Test
    void nextPastTheEndWithoutHasNext() {
        Iterator<String> g = gen("steps");
        g.next();
        g.next();
        assertThrows(NoSuchElementException.class, g::next);
        assertEquals(List.of("start", "between", "end"), Trace.take());
    }

    @Test
    void toStringTellsTemplateAndState() {
        Iterator<String> g = gen("steps");
        String unstarted = g.toString();
        g.next();
        String suspended = g.toString();
        g.next();
        g.hasNext();
        String finished = g.toString();
        for (String s : List.of(unstarted, suspended, finished)) {
            assertTrue(s.contains("steps"), "names the template: " + s);
        }
        assertTrue(unstarted.contains("unstarted"), unstarted);
        assertTrue(suspended.contains("suspended"), suspended);
        assertTrue(finished.contains("finished"), finished);
        assertEquals(List.of("start", "between", "end"), Trace.take(), "toString() runs nothing");
    }

    @Test
    void infiniteGeneratorStoppedEarlyTerminates() throws Exception {
        Iterator<Integer> g = gen("naturals");
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            first.add(g.next());
        }
        assertEquals(List.of(0, 1, 2, 3, 4), first);
        assertEquals(List.of("make 0", "make 1", "make 2", "make 3", "make 4"), Trace.take());
        close(g);
        assertFalse(g.hasNext());
        Object again = gen("naturals");
        List<Integer> viaStream = LazinessTest.<Integer>stream(again).limit(3).collect(Collectors.toList());
        assertEquals(List.of(0, 1, 2), viaStream);
        assertEquals(List.of("make 0", "make 1", "make 2"), Trace.take(), "stream().limit(3) pulls only 3");
    }

    @Test
    void iteratorIsThisFirstThenFresh() {
        Iterator<Integer> g = gen("countdown", 3);
        @SuppressWarnings("unchecked")
        Iterable<Integer> iterable = (Iterable<Integer>) g;
        assertSame(g, iterable.iterator(), "first iterator() of an unstarted generator is the generator");
        Iterator<Integer> second = iterable.iterator();
        assertNotSame(g, second, "a later iterator() is a fresh generator");
        assertEquals(3, g.next());
        assertEquals(3, second.next(), "fresh generators start over");
        List<Integer> rest = new ArrayList<>();
        g.forEachRemaining(rest::add);
        assertEquals(List.of(2, 1), rest, "forEachRemaining continues");
        List<Integer> all = new ArrayList<>();
        for (int x : iterable) {
            all.add(x);
        }
        assertEquals(List.of(3, 2, 1), all,
                "iterator() after the parameter was reassigned in the body uses the original argument");
    }

    @Test
    void iteratorFromSeveralThreadsReturnsThisOnlyOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            Iterator<Integer> g = gen("countdown", 2);
            @SuppressWarnings("unchecked")
            Iterable<Integer> iterable = (Iterable<Integer>) g;
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Iterator<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return iterable.iterator();
                }));
            }
            start.countDown();
            int same = 0;
            for (Future<Iterator<Integer>> f : results) {
                Iterator<Integer> it = f.get(10, TimeUnit.SECONDS);
                if (it == g) {
                    same++;
                }
                List<Integer> values = new ArrayList<>();
                it.forEachRemaining(values::add);
                assertEquals(List.of(2, 1), values);
            }
            pool.shutdown();
            assertEquals(1, same, "exactly one caller gets the generator itself");
        }
    }

    @Test
    void closingAStreamClosesTheGenerator() {
        Object g = gen("guarded");
        try (Stream<Integer> s = stream(g)) {
            assertEquals(List.of(0, 1, 2), s.limit(3).collect(Collectors.toList()));
        }
        assertEquals(List.of("enter", "finally"), Trace.take());
        assertFalse(((Iterator<?>) g).hasNext());
    }

    @Test
    void closeRunsFinallyNotCatchAndIsIdempotent() throws Exception {
        Iterator<Integer> g = gen("catchSkipped");
        assertEquals(1, g.next());
        close(g);
        assertEquals(List.of("finally ran"), Trace.take());
        close(g);
        assertEquals(List.of(), Trace.take());
        assertFalse(g.hasNext());
        assertThrows(NoSuchElementException.class, g::next);
    }

    @Test
    void closeOfUnstartedOrFinishedRunsNothing() throws Exception {
        Iterator<Integer> unstarted = gen("catchSkipped");
        close(unstarted);
        assertEquals(List.of(), Trace.take());
        assertFalse(unstarted.hasNext());
        Iterator<Integer> finished = gen("catchSkipped");
        finished.forEachRemaining(x -> { });
        assertEquals(List.of("finally ran", "after try"), Trace.take());
        close(finished);
        assertEquals(List.of(), Trace.take());
    }

    @Test
    void yieldingWhileClosingIsIllegalState() {
        Iterator<Integer> g = gen("yieldsInFinally");
        assertEquals(1, g.next());
        assertThrows(IllegalStateException.class, () -> close(g));
        assertEquals(List.of("finally start"), Trace.take());
        assertFalse(g.hasNext());
    }

    @Test
    void yieldWhileClosingStillRunsOuterFinally() {
        Iterator<Integer> g = gen("yieldsInInnerFinally");
        assertEquals(1, g.next());
        assertThrows(IllegalStateException.class, () -> close(g));
        assertEquals(List.of("inner", "outer"), Trace.take(), "/work/bugs/tests-3.md");
        assertFalse(g.hasNext());
    }

    @Test
    void exceptionFromFinallyPropagatesFromCloseAfterOuterFinally() {
        Iterator<Integer> g = gen("nestedFinally");
        assertEquals(1, g.next());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> close(g));
        assertEquals("from inner finally", e.getMessage());
        assertEquals(List.of("inner finally", "outer finally"), Trace.take());
    }

    @Test
    void reentrantNextIsIllegalStateAndGeneratorStaysUsable() {
        AtomicReference<Iterator<String>> self = new AtomicReference<>();
        Iterator<String> g = gen("reentrant", self);
        self.set(g);
        assertEquals("a", g.next());
        assertEquals("b", g.next());
        assertEquals(List.of("re-entry rejected"), Trace.take());
        assertFalse(g.hasNext());
    }

    /** While its body runs for the first time a generator is started: its own iterator() is a fresh one. */
    @Test
    void aRunningGeneratorIsStartedAndCannotBeClosed() {
        AtomicReference<Object> self = new AtomicReference<>();
        Iterator<String> g = gen("watchesItself", self);
        self.set(g);
        assertTrue(g.toString().endsWith("[unstarted]"), g.toString());
        assertEquals("a", g.next());
        assertEquals(List.of("iterator() is fresh", "running", "close rejected"), Trace.take());
        assertTrue(g.toString().endsWith("[suspended]"), g.toString());
        assertFalse(g.hasNext());
    }

    @Test
    void anEscapingExceptionFinishesTheGenerator() {
        Iterator<String> g = gen("failing");
        assertEquals("a", g.next());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, g::hasNext);
        assertEquals("bad", e.getMessage());
        assertFalse(g.hasNext());
        assertThrows(NoSuchElementException.class, g::next);
        assertEquals(List.of("throwing"), Trace.take());
        assertTrue(g.toString().contains("finished"), g.toString());
    }
}
