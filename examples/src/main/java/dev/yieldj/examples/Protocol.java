package dev.yieldj.examples;

import dev.yieldj.Coroutine;
import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.List;

/**
 * The rest of the generator protocol, beyond the tutorial: a return value
 * ({@code StopIteration.value}), {@code result = yield from inner()}, {@code close()} reaching the
 * delegate, and {@code throw()}. Python twin: {@code protocol.py}.
 */
public final class Protocol {

    private Protocol() {}

    /**
     * Python:
     * <pre>
     * def inner():
     *     try:
     *         yield 1
     *         yield 2
     *     finally:
     *         log.append("inner finally")
     *     return "inner result"
     * </pre>
     * The generated {@code Inner} has {@code returnValue()}, {@code "inner result"} once finished.
     */
    @Generator
    public static String inner(List<String> log, Yield<Integer> out) {
        try {
            out.yield(1);
            out.yield(2);
        } finally {
            log.add("inner finally");
        }
        return "inner result";
    }

    /**
     * Python:
     * <pre>
     * def outer():
     *     result = yield from inner()
     *     log.append("outer got " + result)
     *     yield 3
     * </pre>
     * Declare the delegate with its generated type (not {@code var}) to read its return value.
     */
    @Generator
    public static void outer(List<String> log, Yield<Integer> out) {
        var inner = ProtocolGenerators.inner(log);
        out.yieldAll(inner);
        String result = inner.returnValue();
        log.add("outer got " + result);
        out.yield(3);
    }

    /**
     * Python ({@code ValueError} becomes {@code IllegalArgumentException}):
     * <pre>
     * def resilient():
     *     n = 0
     *     while True:
     *         try:
     *             yield n
     *             n += 1
     *         except ValueError as e:
     *             log.append("caught " + str(e))
     *             n = 100
     * </pre>
     * {@code gen.throwInto(e)} raises {@code e} at the suspended yield and returns the next value.
     */
    @Generator
    public static void resilient(List<String> log, Coroutine<Integer, Void> co) {
        int n = 0;
        while (true) {
            try {
                co.yield(n);
                n++;
            } catch (IllegalArgumentException e) {
                log.add("caught " + e.getMessage());
                n = 100;
            }
        }
    }
}
