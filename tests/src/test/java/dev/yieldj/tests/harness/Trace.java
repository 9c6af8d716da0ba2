package dev.yieldj.tests.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The shared trace that template bodies log their side effects into, and that the push and pull drivers
 * append the consumed values to, so that one list shows body effects and consumption interleaved exactly.
 *
 * <p>Templates compiled by the harness see this class through the parent class loader.
 */
public final class Trace {

    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    private Trace() {
    }

    /** Logs a side effect of a template body. */
    public static void log(Object entry) {
        LOG.add(String.valueOf(entry));
    }

    /** Logs a side effect and returns {@code value}, for effects inside expressions. */
    public static int val(String label, int value) {
        LOG.add(label + "=" + value);
        return value;
    }

    /** Logs that the try statement {@code id} (one that has a {@code finally}) is about to be entered. */
    public static void enter(String id) {
        LOG.add("enter " + id);
    }

    /** Logs that the {@code finally} block of the try statement {@code id} started. */
    public static void fin(String id) {
        LOG.add("finally " + id);
    }

    /** Logs what every captured supplier returns now (captures are evaluated late on purpose). */
    public static void dump(List<? extends Supplier<?>> captures) {
        StringBuilder sb = new StringBuilder("captures[");
        for (int i = 0; i < captures.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(captures.get(i).get());
        }
        LOG.add(sb.append(']').toString());
    }

    /** Logs a caught exception: class, message, cause and suppressed exceptions. */
    public static void caught(Throwable t) {
        LOG.add("caught " + describe(t));
    }

    /** Class, message, cause and suppressed exceptions of {@code t}. */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName()).append('(').append(t.getMessage());
        if (t.getCause() != null) {
            sb.append(" <- ").append(describe(t.getCause()));
        }
        for (Throwable s : t.getSuppressed()) {
            sb.append(" +").append(describe(s));
        }
        return sb.append(')').toString();
    }

    /** Clears the trace. */
    public static void reset() {
        LOG.clear();
    }

    /** A copy of the trace. */
    public static List<String> snapshot() {
        synchronized (LOG) {
            return new ArrayList<>(LOG);
        }
    }

    /** The trace so far, which is then cleared. */
    public static List<String> take() {
        synchronized (LOG) {
            List<String> copy = new ArrayList<>(LOG);
            LOG.clear();
            return copy;
        }
    }
}
