package dev.yieldj.tests.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the oracle itself, without the processor: a template and a hand-written state machine in the shape the
 * processor generates are compiled with plain javac and driven; a correct machine matches, and machines with
 * typical bugs (an eager body, a finally that runs twice, a lost exception) are caught.
 */
class HarnessSelfTest {

    static final String TEMPLATE = """
            package self;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;
            import dev.yieldj.tests.harness.Trace;

            public class Counting {
                @Generator
                static void count(int n, Yield<Integer> out) {
                    Trace.enter("t");
                    try {
                        for (int i = 0; i < n; i++) {
                            Trace.log("i=" + i);
                            out.yield(i);
                        }
                        if (n == 2) throw new IllegalStateException("two");
                    } finally {
                        Trace.fin("t");
                    }
                }
            }
            """;

    /** A hand-written machine for {@code count}; {@code BUG} is replaced to inject a fault. */
    static final String MACHINE = """
            package self;

            import dev.yieldj.tests.harness.Trace;
            import java.util.Iterator;
            import java.util.NoSuchElementException;

            public final class CountingGenerators {
                public static Count count(int n) {
                    return new Count(n);
                }

                public static final class Count implements Iterator<Integer>, Iterable<Integer>, AutoCloseable {
                    private final int n;
                    private int state;   // 0 unstarted, 1 suspended in the loop, 2 finished
                    private int i;
                    private boolean ready;
                    private Integer value;

                    Count(int n) {
                        this.n = n;
                        /*EAGER*/
                    }

                    private void advance() {
                        if (state == 0) {
                            Trace.enter("t");
                            i = 0;
                        } else if (state == 1) {
                            i++;
                        } else {
                            return;
                        }
                        try {
                            if (i < n) {
                                Trace.log("i=" + i);
                                value = i;
                                ready = true;
                                state = 1;
                                return;
                            }
                            state = 2;
                            if (n == 2) throw new IllegalStateException(/*MESSAGE*/"two");
                        } catch (RuntimeException e) {
                            state = 2;
                            Trace.fin("t");
                            throw e;
                        }
                        Trace.fin("t");
                    }

                    @Override
                    public boolean hasNext() {
                        if (!ready) {
                            advance();
                        }
                        return ready;
                    }

                    @Override
                    public Integer next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        ready = false;
                        return value;
                    }

                    @Override
                    public Iterator<Integer> iterator() {
                        return state == 0 ? this : new Count(n);
                    }

                    @Override
                    public void close() {
                        if (state == 1) {
                            state = 2;
                            Trace.fin("t");
                            /*DOUBLE*/
                        }
                        state = 2;
                        ready = false;
                    }
                }
            }
            """;

    static Compilation compile(String machine) {
        Compilation c = InMemoryJavac.compile(List.of(new Source("self.Counting", TEMPLATE),
                new Source("self.CountingGenerators", machine)), Options.noProcessor());
        assertTrue(c.success(), c::report);
        return c;
    }

    static Class<?> template(ClassLoader loader) throws ClassNotFoundException {
        return Class.forName("self.Counting", true, loader);
    }

    @Test
    void aCorrectMachineMatchesPushMode() throws Exception {
        ClassLoader loader = compile(MACHINE).newLoader();
        for (int n : new int[] {0, 1, 2, 3}) {
            Run run = Run.run("count", n);
            List<String> push = Driver.push(template(loader), run);
            Driver.Pulled pull = Driver.pull(loader, template(loader), run);
            assertEquals(push, pull.trace(), TraceDiff.sideBySide(push, pull.trace()));
            assertEquals(List.of(), pull.protocolProblems());
            for (int k = 0; k < Driver.outs(push); k++) {
                Driver.Closed closed = Driver.pullAndClose(loader, template(loader), run, k);
                assertEquals(Driver.prefixThroughOut(push, k), closed.traceBeforeClose());
                assertEquals(List.of(), closed.problems());
            }
        }
        assertEquals(List.of("enter t", "i=0", "out 0", "i=1", "out 1",
                "finally t", "throw java.lang.IllegalStateException: two"), Driver.push(template(loader),
                Run.run("count", 2)));
    }

    @Test
    void anEagerMachineIsCaught() throws Exception {
        ClassLoader loader = compile(MACHINE.replace("/*EAGER*/", "Trace.log(\"eager\");")).newLoader();
        Driver.Pulled pull = Driver.pull(loader, template(loader), Run.run("count", 1));
        assertFalse(pull.protocolProblems().isEmpty(), "body code at creation is reported");
        assertNotEquals(Driver.push(template(loader), Run.run("count", 1)), pull.trace());
    }

    @Test
    void aWrongExceptionIsCaught() throws Exception {
        ClassLoader loader = compile(MACHINE.replace("/*MESSAGE*/\"two\"", "\"deux\"")).newLoader();
        Run run = Run.run("count", 2);
        assertNotEquals(Driver.push(template(loader), run), Driver.pull(loader, template(loader), run).trace());
    }

    @Test
    void aFinallyRunTwiceOnCloseIsCaught() throws Exception {
        ClassLoader loader = compile(MACHINE.replace("/*DOUBLE*/", "Trace.fin(\"t\");")).newLoader();
        Driver.Closed closed = Driver.pullAndClose(loader, template(loader), Run.run("count", 3), 1);
        assertFalse(closed.problems().isEmpty(), "unbalanced finally is reported");
    }

    @Test
    void checkedExceptionsAreRenderedAsTheirDocumentedWrappers() {
        java.io.IOException io = new java.io.IOException("disk");
        assertEquals(Driver.renderPushed(io), Driver.renderEscaping(new java.io.UncheckedIOException(io)));
        Exception checked = new Exception("x");
        assertEquals(Driver.renderPushed(checked),
                Driver.renderEscaping(new java.lang.reflect.UndeclaredThrowableException(checked)));
        assertNotEquals(Driver.renderPushed(checked), Driver.renderEscaping(new RuntimeException(checked)));
        assertEquals(Driver.renderPushed(new IllegalStateException("s")),
                Driver.renderEscaping(new IllegalStateException("s")));
    }

    @Test
    void generatedClassNamesFollowTheConvention() {
        assertEquals("java.util.Map_EntryGenerators", Driver.generatedClassName(java.util.Map.Entry.class));
        assertEquals("java.lang.StringGenerators", Driver.generatedClassName(String.class));
    }
}
