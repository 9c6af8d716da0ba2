package dev.yieldj.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.yieldj.DoubleYield;
import dev.yieldj.IntYield;
import dev.yieldj.LongYield;
import dev.yieldj.Yield;
import dev.yieldj.processor.GeneratorProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Shared test machinery: compile templates in memory with the processor (compile-testing), check
 * diagnostics exactly, load the compiled classes, and run a template both ways (pull through the
 * generated iterator, push by calling the template with a lambda sink).
 */
final class Harness {
    /** Marks the expected position of an error in a template text; removed before compiling. */
    static final char MARK = '\u25B6';

    private static final int PULL_LIMIT = 1_000_000;

    private Harness() {
    }

    /** A source file: its binary type name and its text, the text possibly holding {@link #MARK}s. */
    record Source(String typeName, String text) {
        /** The text as javac sees it. */
        String code() {
            return text.replace(String.valueOf(MARK), "");
        }

        /** Line and column (1-based, as javax.tools reports them) of each mark, in order. */
        List<Position> marks() {
            List<Position> positions = new ArrayList<>();
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == MARK) {
                    positions.add(new Position(fileName(), line, column));
                    continue;
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return positions;
        }

        String fileName() {
            return typeName.replace('.', '/') + ".java";
        }

        JavaFileObject file() {
            return JavaFileObjects.forSourceString(typeName, code());
        }
    }

    record Position(String file, long line, long column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    static Source source(String typeName, String text) {
        return new Source(typeName, text);
    }

    /** Compiles with javac and the yieldj processor. */
    static Compilation compile(Source... sources) {
        return compile(List.of(), sources);
    }

    static Compilation compile(List<String> options, Source... sources) {
        List<JavaFileObject> files = new ArrayList<>();
        for (Source s : sources) {
            files.add(s.file());
        }
        return Compiler.javac()
                .withProcessors(new GeneratorProcessor())
                .withOptions(options)
                .compile(files);
    }

    // ---------------------------------------------------------------- diagnostics

    /** An expected error: where, and words its message must contain (case-insensitive). */
    record Expected(Position at, List<String> words) {
    }

    static Expected error(Position at, String... words) {
        return new Expected(at, List.of(words));
    }

    static String describe(Diagnostic<? extends JavaFileObject> d) {
        String file = d.getSource() == null ? "<no file>" : d.getSource().toUri().getPath();
        return d.getKind() + " " + file + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + " "
                + d.getMessage(Locale.ROOT);
    }

    static String describeAll(Compilation compilation) {
        return compilation.diagnostics().stream().map(Harness::describe).collect(Collectors.joining("\n"));
    }

    /** No diagnostic of any kind carries a stack trace or an exception's name. */
    static void assertNoStackTrace(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            assertFalse(message.contains("at dev.yieldj") || message.contains("Exception")
                            || message.contains("\tat ") || message.contains("at java."),
                    "a diagnostic carries a stack trace or exception: " + describe(d));
        }
    }

    /**
     * The compilation failed with exactly {@code expected} errors (each once, at its exact line and
     * column, its message holding its words), and no diagnostic holds a stack trace.
     */
    /**
     * No diagnostic lies in a file the processor generated: a misuse the generated class cannot
     * honour is reported at the template, never as an error (or warning) inside generated code.
     */
    static void assertNothingInGeneratedFiles(Compilation compilation) {
        List<String> generated = generatedSourceFiles(compilation).stream().map(f -> f.toUri().getPath()).toList();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            assertFalse(d.getSource() != null && generated.contains(d.getSource().toUri().getPath()),
                    () -> "a diagnostic inside a generated file: " + describe(d) + "\n" + describeAll(compilation));
        }
    }

    static void assertErrors(Compilation compilation, Expected... expected) {
        String all = describeAll(compilation);
        assertEquals(Compilation.Status.FAILURE, compilation.status(), "compilation should fail:\n" + all);
        assertNoStackTrace(compilation);
        assertNothingInGeneratedFiles(compilation);
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>(compilation.errors());
        assertEquals(expected.length, errors.size(),
                "expected exactly " + expected.length + " error(s), got:\n" + all);
        List<Expected> missing = new ArrayList<>();
        for (Expected e : expected) {
            Diagnostic<? extends JavaFileObject> match = null;
            for (Diagnostic<? extends JavaFileObject> d : errors) {
                if (d.getSource() != null && ("/" + d.getSource().toUri().getPath()).endsWith("/" + e.at().file())
                        && d.getLineNumber() == e.at().line() && d.getColumnNumber() == e.at().column()) {
                    match = d;
                    break;
                }
            }
            if (match == null) {
                missing.add(e);
                continue;
            }
            errors.remove(match);
            String message = match.getMessage(Locale.ROOT).toLowerCase(Locale.ROOT);
            for (String word : e.words()) {
                assertTrue(message.contains(word.toLowerCase(Locale.ROOT)),
                        "the error at " + e.at() + " should mention '" + word + "': " + describe(match));
            }
        }
        if (!missing.isEmpty()) {
            fail("no error at " + missing.stream().map(m -> m.at().toString()).collect(Collectors.joining(", "))
                    + "; the errors were:\n" + all);
        }
    }

    /**
     * Every file the compilation generated, also when it failed: compile-testing's
     * {@code generatedFiles()} refuses to answer after a failure, but what the processor wrote for
     * the templates it accepted (and must not have written for those it rejected) is exactly what a
     * diagnostics test checks, so the list is read from the field behind it.
     */
    @SuppressWarnings("unchecked")
    static List<JavaFileObject> generatedFiles(Compilation compilation) {
        if (compilation.status() == Compilation.Status.SUCCESS) {
            return compilation.generatedFiles();
        }
        try {
            var field = Compilation.class.getDeclaredField("generatedFiles");
            field.setAccessible(true);
            return (List<JavaFileObject>) field.get(compilation);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("compile-testing changed: cannot read generated files of a failed compile", e);
        }
    }

    static List<JavaFileObject> generatedSourceFiles(Compilation compilation) {
        return generatedFiles(compilation).stream()
                .filter(f -> f.getKind() == JavaFileObject.Kind.SOURCE)
                .toList();
    }

    /** The text of the generated source of {@code typeName}, or null when none was generated. */
    static String generatedSource(Compilation compilation, String typeName) {
        String path = "/" + typeName.replace('.', '/') + ".java";
        for (JavaFileObject file : generatedSourceFiles(compilation)) {
            if (file.toUri().getPath().endsWith(path)) {
                try {
                    return file.getCharContent(true).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    /**
     * No state machine was generated for the template {@code method} of {@code holder}. Its public
     * API is written before any body is read, so it may exist; its body class is then the stub that
     * only keeps that API compiling.
     */
    static void assertNothingGeneratedFor(Compilation compilation, String holder, String method) {
        String bodies = generatedSource(compilation, holder + "GeneratorsBodies");
        if (bodies == null) {
            return;
        }
        String className = Character.toUpperCase(method.charAt(0)) + method.substring(1);
        Matcher declaration = Pattern.compile("\\bclass " + className + "\\b").matcher(bodies);
        if (declaration.find()) {
            int next = bodies.indexOf(" class ", declaration.end());
            String body = bodies.substring(declaration.start(), next < 0 ? bodies.length() : next);
            assertTrue(body.contains("not generated: the template has compile errors") && !body.contains("switch"),
                    "a state machine was generated for the rejected template " + method + ":\n" + bodies);
        }
    }

    static void assertNothingGenerated(Compilation compilation) {
        assertEquals(List.of(), generatedSourceFiles(compilation).stream().map(f -> f.toUri().getPath()).toList(),
                "nothing should be generated");
    }

    static void assertSuccess(Compilation compilation) {
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                "compilation should succeed:\n" + describeAll(compilation) + generatedSources(compilation));
        assertNoStackTrace(compilation);
    }

    static String generatedSources(Compilation compilation) {
        StringBuilder out = new StringBuilder();
        for (JavaFileObject file : generatedSourceFiles(compilation)) {
            try {
                String text = file.getCharContent(true).toString();
                out.append("\n---- ").append(file.toUri().getPath()).append('\n');
                out.append(text.length() > 20_000 ? text.substring(0, 20_000) + "\n[...]" : text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    /** Compiles and asserts success; returns the compilation. */
    static Compilation compileOk(Source... sources) {
        Compilation compilation = compile(sources);
        assertSuccess(compilation);
        return compilation;
    }

    // ---------------------------------------------------------------- running

    /** Loads the classes a compilation wrote, over the test class path (which has the sink interfaces). */
    static ClassLoader loader(Compilation compilation) {
        Map<String, byte[]> classes = new TreeMap<>();
        Pattern classPath = Pattern.compile(".*?/CLASS_OUTPUT/(.*)\\.class");
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            Matcher m = classPath.matcher(file.toUri().getPath());
            if (!m.matches()) {
                throw new AssertionError("unexpected class output " + file.toUri());
            }
            try (InputStream in = file.openInputStream()) {
                classes.put(m.group(1).replace('/', '.'), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ClassLoader(Harness.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    /** A compiled template, run both ways. */
    static final class Run {
        private final ClassLoader loader;
        private final String holder;

        Run(Compilation compilation, String holder) {
            this.loader = loader(compilation);
            this.holder = holder;
        }

        Class<?> type(String name) {
            try {
                return Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }

        /** Calls the factory {@code method} of the generated class and drains the iterator. */
        List<Object> pull(String method, Object... args) {
            Iterator<?> iterator = (Iterator<?>) invoke(type(holder + "Generators"), method, null, args, args.length);
            List<Object> values = new ArrayList<>();
            while (iterator.hasNext()) {
                values.add(iterator.next());
                if (values.size() > PULL_LIMIT) {
                    fail("more than " + PULL_LIMIT + " values from " + method);
                }
            }
            return values;
        }

        /** Instance template in pull mode: the factory takes the receiver first. */
        List<Object> pullOn(Object receiver, String method, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = receiver;
            System.arraycopy(args, 0, all, 1, args.length);
            return pull(method, all);
        }

        /** Calls the template {@code method} itself with a collecting sink (push mode). */
        List<Object> push(String method, Object... args) {
            List<Object> values = new ArrayList<>();
            Class<?> type = type(holder);
            Method m = find(type, method, args.length + 1, true);
            Class<?> sinkType = m.getParameterTypes()[m.getParameterCount() - 1];
            Object sink;
            if (sinkType == Yield.class) {
                sink = (Yield<Object>) values::add;
            } else if (sinkType == IntYield.class) {
                sink = (IntYield) values::add;
            } else if (sinkType == LongYield.class) {
                sink = (LongYield) values::add;
            } else if (sinkType == DoubleYield.class) {
                sink = (DoubleYield) values::add;
            } else {
                throw new AssertionError("no sink type for push mode: " + sinkType);
            }
            Object[] all = new Object[args.length + 1];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = sink;
            call(m, null, all);
            return values;
        }

        /** Instance template in push mode: {@code receiver.method(args, sink)}. */
        List<Object> pushOn(Object receiver, String method, Object... args) {
            List<Object> values = new ArrayList<>();
            Method m = find(receiver.getClass(), method, args.length + 1, false);
            Object[] all = new Object[args.length + 1];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = (Yield<Object>) values::add;
            call(m, receiver, all);
            return values;
        }

        /**
         * A coroutine template in pull mode: {@code next()} to start, then {@code send(reply(v))} for
         * each yielded {@code v} until the body ends.
         */
        List<Object> pullCoroutine(java.util.function.Function<Object, Object> reply, String method, Object... args) {
            Object generator = invoke(type(holder + "Generators"), method, null, args, args.length);
            Iterator<?> iterator = (Iterator<?>) generator;
            Method send = find(generator.getClass(), "send", 1, false);
            List<Object> values = new ArrayList<>();
            if (!iterator.hasNext()) {
                return values;
            }
            Object value = iterator.next();
            while (true) {
                values.add(value);
                if (values.size() > PULL_LIMIT) {
                    fail("more than " + PULL_LIMIT + " values from " + method);
                }
                try {
                    value = call(send, generator, new Object[] {reply.apply(value)});
                } catch (java.util.NoSuchElementException end) {
                    return values;
                }
            }
        }

        /** A coroutine template in push mode: the sink lambda records {@code v} and returns {@code reply(v)}. */
        List<Object> pushCoroutine(java.util.function.Function<Object, Object> reply, String method, Object... args) {
            List<Object> values = new ArrayList<>();
            Method m = find(type(holder), method, args.length + 1, true);
            Object[] all = new Object[args.length + 1];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = (dev.yieldj.Coroutine<Object, Object>) v -> {
                values.add(v);
                return reply.apply(v);
            };
            call(m, null, all);
            return values;
        }

        /** Coroutine pull and push agree, and equal {@code expected}. */
        void assertCoroutineRuns(List<?> expected, java.util.function.Function<Object, Object> reply, String method,
                Object... args) {
            List<Object> pulled = pullCoroutine(reply, method, args);
            List<Object> pushed = pushCoroutine(reply, method, args);
            assertEquals(pushed, pulled, "pull mode differs from push mode for " + method);
            assertEquals(expected, pulled, "wrong values from " + method);
        }

        /** Pull and push agree, and equal {@code expected}. */
        void assertRuns(List<?> expected, String method, Object... args) {
            List<Object> pulled = pull(method, args);
            List<Object> pushed = push(method, args);
            assertEquals(pushed, pulled, "pull mode differs from push mode for " + method);
            assertEquals(expected, pulled, "wrong values from " + method);
        }

        /** Calls a static method of {@code typeName} (a user's helper or main). */
        Object callStatic(String typeName, String method, Object... args) {
            return invoke(type(typeName), method, null, args, args.length);
        }

        Object newInstance(String typeName, Object... args) {
            try {
                for (var c : type(typeName).getDeclaredConstructors()) {
                    if (c.getParameterCount() == args.length) {
                        c.setAccessible(true);
                        return c.newInstance(args);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            throw new AssertionError("no constructor of " + typeName + " for " + args.length + " arguments");
        }

        Object invoke(Class<?> type, String method, Object receiver, Object[] args, int count) {
            return call(find(type, method, count, receiver == null), receiver, args);
        }

        private static Method find(Class<?> type, String name, int parameterCount, boolean isStatic) {
            // a generator's public methods may be declared by the public class its body extends
            for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
                for (Method m : declaring.getDeclaredMethods()) {
                    if (m.getName().equals(name) && m.getParameterCount() == parameterCount
                            && Modifier.isStatic(m.getModifiers()) == isStatic && !m.isBridge()) {
                        m.setAccessible(true);
                        return m;
                    }
                }
            }
            throw new AssertionError("no method " + name + "/" + parameterCount + " in " + type.getName());
        }

        private static Object call(Method m, Object receiver, Object[] args) {
            try {
                return m.invoke(receiver, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw new AssertionError(e.getCause());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }
}
