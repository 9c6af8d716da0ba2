package dev.yieldj.tests.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource for try-with-resources in templates: opening and closing are logged into the {@link Trace}, and
 * every instance counts its closes, so a test can check that every opened resource was closed exactly once.
 */
public final class Res implements AutoCloseable {

    private static final List<Res> OPENED = new ArrayList<>();

    private final String name;
    private final boolean failOnClose;
    private int closes;

    private Res(String name, boolean failOnClose) {
        this.name = name;
        this.failOnClose = failOnClose;
    }

    /** Opens a resource that closes normally. */
    public static Res open(String name) {
        return open(name, false);
    }

    /** Opens a resource; if {@code failOnClose}, its close() throws IllegalStateException("close " + name). */
    public static Res open(String name, boolean failOnClose) {
        Res r = new Res(name, failOnClose);
        synchronized (OPENED) {
            OPENED.add(r);
        }
        Trace.log("open " + name);
        return r;
    }

    /** Fails to open: throws IllegalArgumentException("open " + name) without creating anything. */
    public static Res openFailing(String name) {
        Trace.log("open-fail " + name);
        throw new IllegalArgumentException("open " + name);
    }

    /** The name of {@code r}, or "null" (null resources are legal in try-with-resources). */
    public static String nameOf(Res r) {
        return r == null ? "null" : r.name;
    }

    /** Logs a use of the resource. */
    public void use() {
        Trace.log("use " + name + (closes > 0 ? " AFTER CLOSE" : ""));
    }

    @Override
    public void close() {
        closes++;
        Trace.log("close " + name);
        if (failOnClose) {
            throw new IllegalStateException("close " + name);
        }
    }

    @Override
    public String toString() {
        return "Res(" + name + ")";
    }

    /** Forgets all resources opened so far. */
    public static void reset() {
        synchronized (OPENED) {
            OPENED.clear();
        }
    }

    /** Descriptions of resources opened since the last reset that were not closed exactly once. */
    public static List<String> notClosedExactlyOnce() {
        List<String> bad = new ArrayList<>();
        synchronized (OPENED) {
            for (Res r : OPENED) {
                if (r.closes != 1) {
                    bad.add(r.name + " closed " + r.closes + " times");
                }
            }
        }
        return bad;
    }

    /** How many resources were opened since the last reset. */
    public static int openedCount() {
        synchronized (OPENED) {
            return OPENED.size();
        }
    }
}
