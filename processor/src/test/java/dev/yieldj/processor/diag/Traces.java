package dev.yieldj.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yieldj.Yield;
import dev.yieldj.processor.diag.Harness.Run;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Runs a template both ways and compares traces: the values, then {@code "!"} and the simple name
 * of the exception that ended the run, if any. Push mode keeps the values yielded before a throw.
 */
final class Traces {
    private Traces() {}

    /** Pull mode and push mode agree on values and on the exception, if any, and equal {@code expected}. */
    static void assertTraces(Run run, String holder, List<String> expected, String method, Object... args) {
        List<String> pulled = new ArrayList<>();
        try {
            Iterator<?> iterator = (Iterator<?>) run.callStatic(holder + "Generators", method, args);
            iterator.forEachRemaining(value -> pulled.add(String.valueOf(value)));
        } catch (RuntimeException e) {
            pulled.add("!" + e.getClass().getSimpleName());
        }
        List<String> pushed = new ArrayList<>();
        try {
            push(run.type(holder), method, pushed, args);
        } catch (InvocationTargetException e) {
            pushed.add("!" + e.getCause().getClass().getSimpleName());
        }
        assertEquals(pushed, pulled, "pull mode differs from push mode for " + method + Arrays.asList(args));
        assertEquals(expected, pulled, "wrong values from " + method + Arrays.asList(args));
    }

    /** The static template itself, run with a sink that collects into {@code values}. */
    private static void push(Class<?> holder, String method, List<String> values, Object... args)
            throws InvocationTargetException {
        for (Method template : holder.getDeclaredMethods()) {
            if (template.getName().equals(method) && template.getParameterCount() == args.length + 1) {
                Object[] all = Arrays.copyOf(args, args.length + 1);
                all[args.length] = (Yield<Object>) value -> values.add(String.valueOf(value));
                try {
                    template.setAccessible(true);
                    template.invoke(null, all);
                    return;
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no template " + method);
    }
}
