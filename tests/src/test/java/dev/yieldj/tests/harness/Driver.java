package dev.yieldj.tests.harness;

import dev.yieldj.Coroutine;
import dev.yieldj.DoubleYield;
import dev.yieldj.IntYield;
import dev.yieldj.LongYield;
import dev.yieldj.Yield;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Drives a compiled template in push mode (the template method itself, called with a sink that logs) and in
 * pull mode (the generated state machine, pulled with hasNext/next), each into a fresh {@link Trace}.
 */
public final class Driver {

    private static final List<Class<?>> SINKS = List.of(Yield.class, Coroutine.class, IntYield.class,
            LongYield.class, DoubleYield.class);

    private Driver() {
    }

    /** The result of a pull: the trace, and violations of the iterator protocol seen after the end. */
    public record Pulled(List<String> trace, List<String> protocolProblems) {
    }

    /** The result of a stop-after-k-and-close run. */
    public record Closed(List<String> traceBeforeClose, List<String> traceOfClose, List<String> problems) {
    }

    // ---------------------------------------------------------------------------------------- rendering

    /** Renders a yielded value; arrays by content. */
    public static String render(Object v) {
        if (v instanceof Object[]) {
            return Arrays.deepToString((Object[]) v);
        } else if (v instanceof int[]) {
            return Arrays.toString((int[]) v);
        } else if (v instanceof long[]) {
            return Arrays.toString((long[]) v);
        } else if (v instanceof double[]) {
            return Arrays.toString((double[]) v);
        } else if (v instanceof char[]) {
            return Arrays.toString((char[]) v);
        } else if (v instanceof boolean[]) {
            return Arrays.toString((boolean[]) v);
        }
        return String.valueOf(v);
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName()).append(": ").append(t.getMessage());
        for (Throwable s : t.getSuppressed()) {
            sb.append(" [suppressed ").append(describe(s)).append(']');
        }
        return sb.toString();
    }

    private static boolean checked(Throwable t) {
        return !(t instanceof RuntimeException) && !(t instanceof Error);
    }

    /**
     * Renders an exception as seen by a consumer of the generated iterator: the two documented wrappers of
     * checked exceptions are shown with their cause, since their own message is not specified.
     */
    public static String renderEscaping(Throwable t) {
        if ((t instanceof UncheckedIOException && t.getCause() instanceof IOException)
                || (t instanceof UndeclaredThrowableException && t.getCause() != null && checked(t.getCause()))) {
            return "throw " + t.getClass().getName() + " <- " + describe(t.getCause());
        }
        return "throw " + describe(t);
    }

    /** Renders an exception thrown by the template itself in push mode as the generated code must surface it. */
    public static String renderPushed(Throwable t) {
        if (t instanceof IOException) {
            return "throw " + UncheckedIOException.class.getName() + " <- " + describe(t);
        } else if (checked(t)) {
            return "throw " + UndeclaredThrowableException.class.getName() + " <- " + describe(t);
        }
        return renderEscaping(t);
    }

    // ---------------------------------------------------------------------------------------- lookup

    /** The binary name of the class generated for the template class {@code template}. */
    public static String generatedClassName(Class<?> template) {
        String pkg = template.getPackageName();
        List<String> names = new ArrayList<>();
        for (Class<?> c = template; c != null; c = c.getEnclosingClass()) {
            names.add(0, c.getSimpleName());
        }
        return (pkg.isEmpty() ? "" : pkg + ".") + String.join("_", names) + "Generators";
    }

    /** The template method that {@code run} names: the one with a sink and {@code args.size() + 1} parameters. */
    public static Method template(Class<?> template, Run run) {
        Method found = null;
        for (Method m : template.getDeclaredMethods()) {
            if (m.getName().equals(run.method()) && m.getParameterCount() == run.args().size() + 1
                    && sinkIndex(m) >= 0) {
                if (found != null) {
                    throw new IllegalArgumentException("ambiguous template " + run.method() + " in " + template);
                }
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no template " + run.method() + "/" + run.args().size() + " in "
                    + template);
        }
        found.setAccessible(true);
        return found;
    }

    static int sinkIndex(Method m) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (SINKS.contains(types[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The generated factory of the template method {@code t}: same name, parameters minus sink, receiver first. */
    public static Method factory(ClassLoader loader, Method t) {
        Class<?> generated;
        try {
            generated = Class.forName(generatedClassName(t.getDeclaringClass()), true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + generatedClassName(t.getDeclaringClass()), e);
        }
        List<Class<?>> params = new ArrayList<>();
        if (!Modifier.isStatic(t.getModifiers())) {
            params.add(t.getDeclaringClass());
        }
        int sink = sinkIndex(t);
        Class<?>[] types = t.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (i != sink) {
                params.add(types[i]);
            }
        }
        try {
            Method f = generated.getDeclaredMethod(t.getName(), params.toArray(new Class<?>[0]));
            if (!Modifier.isStatic(f.getModifiers())) {
                throw new AssertionError("factory " + f + " is not static");
            }
            f.setAccessible(true);
            return f;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("no factory " + t.getName() + params + " in " + generated.getName()
                    + "; it has " + Arrays.toString(generated.getDeclaredMethods()), e);
        }
    }

    // ---------------------------------------------------------------------------------------- arguments

    private static Object[] arguments(Class<?> template, Run run) {
        Object[] args = new Object[run.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = resolve(template, run.args().get(i));
        }
        return args;
    }

    private static Object resolve(Class<?> template, Object arg) {
        if (!(arg instanceof Run.Call)) {
            return arg;
        }
        Run.Call call = (Run.Call) arg;
        for (Method m : template.getDeclaredMethods()) {
            if (m.getName().equals(call.method()) && Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == call.args().size()) {
                m.setAccessible(true);
                Object[] inner = new Object[call.args().size()];
                for (int i = 0; i < inner.length; i++) {
                    inner[i] = resolve(template, call.args().get(i));
                }
                try {
                    return m.invoke(null, inner);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot compute argument " + call, e);
                }
            }
        }
        throw new IllegalArgumentException("no static method " + call.method() + " in " + template);
    }

    private static Object receiver(Class<?> template, Run run) {
        if (run.receiverFactory() == null) {
            return null;
        }
        return resolve(template, new Run.Call(run.receiverFactory(), List.of()));
    }

    /** Resets global state before a run: the trace, the resources, and the template's static {@code reset()}. */
    public static void resetAll(Class<?> template) {
        Trace.reset();
        Res.reset();
        for (Method m : template.getDeclaredMethods()) {
            if (m.getName().equals("reset") && m.getParameterCount() == 0 && Modifier.isStatic(m.getModifiers())) {
                m.setAccessible(true);
                try {
                    m.invoke(null);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("reset() of " + template + " failed", e);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------- push

    /** Runs the template itself with a logging sink; returns the trace. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<String> push(Class<?> template, Run run) {
        Method t = template(template, run);
        resetAll(template);
        Object recv = receiver(template, run);
        Object[] rest = arguments(template, run);
        int sink = sinkIndex(t);
        Class<?> sinkType = t.getParameterTypes()[sink];
        Object sinkImpl;
        if (sinkType == Yield.class) {
            sinkImpl = (Yield<Object>) v -> Trace.log("out " + render(v));
        } else if (sinkType == Coroutine.class) {
            sinkImpl = (Coroutine<Object, Object>) v -> {
                Trace.log("out " + render(v));
                return null;
            };
        } else if (sinkType == IntYield.class) {
            sinkImpl = (IntYield) v -> Trace.log("out " + v);
        } else if (sinkType == LongYield.class) {
            sinkImpl = (LongYield) v -> Trace.log("out " + v);
        } else {
            sinkImpl = (DoubleYield) v -> Trace.log("out " + v);
        }
        Object[] all = new Object[rest.length + 1];
        for (int i = 0, j = 0; i < all.length; i++) {
            all[i] = i == sink ? sinkImpl : rest[j++];
        }
        try {
            t.invoke(recv, all);
        } catch (InvocationTargetException e) {
            Trace.log(renderPushed(e.getCause()));
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        return Trace.take();
    }

    // ---------------------------------------------------------------------------------------- pull

    /** Creates the generator of {@code run} through the generated factory (runs nothing of the body). */
    public static Object create(ClassLoader loader, Class<?> template, Run run) {
        Method t = template(template, run);
        Method f = factory(loader, t);
        Object recv = receiver(template, run);
        Object[] rest = arguments(template, run);
        Object[] all;
        if (recv != null || !Modifier.isStatic(t.getModifiers())) {
            all = new Object[rest.length + 1];
            all[0] = recv;
            System.arraycopy(rest, 0, all, 1, rest.length);
        } else {
            all = rest;
        }
        try {
            return f.invoke(null, all);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the factory " + f + " threw", e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Takes the next value as the natural method of the iterator's kind does. */
    static Object nextOf(Iterator<?> it) {
        if (it instanceof PrimitiveIterator.OfInt) {
            return ((PrimitiveIterator.OfInt) it).nextInt();
        } else if (it instanceof PrimitiveIterator.OfLong) {
            return ((PrimitiveIterator.OfLong) it).nextLong();
        } else if (it instanceof PrimitiveIterator.OfDouble) {
            return ((PrimitiveIterator.OfDouble) it).nextDouble();
        }
        return it.next();
    }

    /** Pulls the generator of {@code run} to its end with hasNext/next; checks the protocol after the end. */
    public static Pulled pull(ClassLoader loader, Class<?> template, Run run) {
        resetAll(template);
        Object gen = create(loader, template, run);
        List<String> problems = new ArrayList<>();
        if (!Trace.snapshot().isEmpty()) {
            problems.add("creating the generator ran body code: " + Trace.snapshot());
        }
        Iterator<?> it = (Iterator<?>) gen;
        boolean threw = false;
        try {
            while (it.hasNext()) {
                Trace.log("out " + render(nextOf(it)));
            }
        } catch (Throwable e) {
            threw = true;
            Trace.log(renderEscaping(e));
        }
        List<String> trace = Trace.take();
        checkFinished(it, threw ? "after an escaping exception" : "after the end", problems);
        return new Pulled(trace, problems);
    }

    /** Checks that a finished generator stays finished and runs nothing. */
    static void checkFinished(Iterator<?> it, String when, List<String> problems) {
        try {
            if (it.hasNext()) {
                problems.add("hasNext() is true " + when);
            }
        } catch (Throwable e) {
            problems.add("hasNext() threw " + when + ": " + e);
        }
        try {
            Object v = nextOf(it);
            problems.add("next() returned " + v + " " + when);
        } catch (NoSuchElementException expected) {
            // as specified
        } catch (Throwable e) {
            problems.add("next() threw " + e + " instead of NoSuchElementException " + when);
        }
        List<String> extra = Trace.take();
        if (!extra.isEmpty()) {
            problems.add("the body ran " + when + ": " + extra);
        }
    }

    /**
     * Pulls {@code k} values, then closes the generator, then closes it again. Checks: close() is idempotent,
     * the generator is finished afterwards, every try statement entered had its finally started exactly once,
     * every opened resource was closed exactly once.
     */
    public static Closed pullAndClose(ClassLoader loader, Class<?> template, Run run, int k) {
        resetAll(template);
        Object gen = create(loader, template, run);
        Iterator<?> it = (Iterator<?>) gen;
        List<String> problems = new ArrayList<>();
        try {
            for (int i = 0; i < k && it.hasNext(); i++) {
                Trace.log("out " + render(nextOf(it)));
            }
        } catch (Throwable e) {
            Trace.log(renderEscaping(e));
        }
        List<String> before = Trace.take();
        try {
            ((AutoCloseable) gen).close();
        } catch (Throwable e) {
            Trace.log(renderEscaping(e));
        }
        List<String> during = Trace.take();
        try {
            ((AutoCloseable) gen).close();
        } catch (Throwable e) {
            problems.add("a second close() threw " + e);
        }
        List<String> second = Trace.take();
        if (!second.isEmpty()) {
            problems.add("a second close() ran body code: " + second);
        }
        checkFinished(it, "after close()", problems);
        List<String> all = new ArrayList<>(before);
        all.addAll(during);
        problems.addAll(finallyProblems(all));
        for (String r : Res.notClosedExactlyOnce()) {
            problems.add("resource " + r);
        }
        return new Closed(before, during, problems);
    }

    /** For every try id, "enter id" and "finally id" must occur equally often in {@code trace}. */
    public static List<String> finallyProblems(List<String> trace) {
        java.util.Map<String, Integer> balance = new java.util.TreeMap<>();
        for (String e : trace) {
            if (e.startsWith("enter ")) {
                balance.merge(e.substring(6), 1, Integer::sum);
            } else if (e.startsWith("finally ")) {
                balance.merge(e.substring(8), -1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        balance.forEach((id, n) -> {
            if (n != 0) {
                problems.add("try " + id + ": entered minus finally-started = " + n);
            }
        });
        return problems;
    }

    /** The trace up to and including the k-th consumed value (or all of it if it has fewer). */
    public static List<String> prefixThroughOut(List<String> trace, int k) {
        if (k == 0) {
            return List.of(); // a generator that was never resumed ran nothing
        }
        int seen = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i).startsWith("out ") && ++seen == k) {
                return new ArrayList<>(trace.subList(0, i + 1));
            }
        }
        return new ArrayList<>(trace);
    }

    /** How many values a trace consumed. */
    public static int outs(List<String> trace) {
        int n = 0;
        for (String e : trace) {
            if (e.startsWith("out ")) {
                n++;
            }
        }
        return n;
    }
}
