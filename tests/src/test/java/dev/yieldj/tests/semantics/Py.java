package dev.yieldj.tests.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Python-style printing for the Java side of the twin programs under {@code src/test/resources/semantics/}: each
 * Java driver prints with {@link #print} and must print exactly the lines its Python twin
 * ({@code src/test/python/semantics/<case>.py}, helper {@code pyhelp.py}) printed.
 *
 * <p>Values: {@code null} prints as {@code None}, booleans as {@code True}/{@code False}. Exceptions print in a
 * canonical form shared with {@code pyhelp.ex()}: the protocol exceptions by their Java name
 * ({@code NoSuchElementException} = Python {@code StopIteration}; {@code IllegalStateException(already executing)}
 * = Python {@code ValueError("generator already executing")}; {@code IllegalStateException(ignored close)} =
 * Python {@code RuntimeError("generator ignored GeneratorExit")}; any other {@code IllegalStateException} = e.g.
 * Python {@code TypeError("can't send non-None value to a just-started generator")}), user exceptions (whose
 * classes both twins declare with the same name) as {@code Name(message)}, followed by {@code +Suppressed(..)}
 * for each suppressed exception.
 */
public final class Py {

    private static final List<String> LINES = Collections.synchronizedList(new ArrayList<>());

    private Py() {
    }

    /** Prints the parts separated by one space, as Python's {@code print(*parts)}. */
    public static void print(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(str(parts[i]));
        }
        LINES.add(sb.toString());
    }

    /** Python's {@code str()} for the values the twins print. */
    public static String str(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Boolean) {
            return (Boolean) o ? "True" : "False";
        }
        if (o instanceof Throwable) {
            return ex((Throwable) o);
        }
        return String.valueOf(o);
    }

    /** The canonical text of an exception (see the class comment). */
    public static String ex(Throwable t) {
        StringBuilder sb = new StringBuilder(name(t));
        for (Throwable s : t.getSuppressed()) {
            sb.append(" +").append(ex(s));
        }
        return sb.toString();
    }

    private static String name(Throwable t) {
        if (t instanceof NoSuchElementException) {
            return "NoSuchElementException";
        }
        if (t.getClass() == IllegalStateException.class) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("already executing")) {
                return "IllegalStateException(already executing)";
            }
            if (m.contains("ignored")) {
                return "IllegalStateException(ignored close)";
            }
            return "IllegalStateException";
        }
        return t.getClass().getSimpleName() + "(" + t.getMessage() + ")";
    }

    /** Prints {@code label -> value} for the value {@code s} returns, or {@code label raised <exception>}. */
    public static void call(String label, Supplier<?> s) {
        Object v;
        try {
            v = s.get();
        } catch (RuntimeException e) {
            print(label, "raised", e);
            return;
        }
        print(label, "->", v);
    }

    /** Runs {@code r}, printing {@code label ok}, or {@code label raised <exception>}. */
    public static void act(String label, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            print(label, "raised", e);
            return;
        }
        print(label, "ok");
    }

    /** Clears the printed lines. */
    public static void reset() {
        LINES.clear();
    }

    /** The lines printed since the last reset. */
    public static List<String> lines() {
        synchronized (LINES) {
            return new ArrayList<>(LINES);
        }
    }
}
