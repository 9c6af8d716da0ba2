package dev.yieldj.tests.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with the JDK's javac and the real yieldj processor, keeping class files and
 * generated sources in memory, and loads the result into a fresh class loader.
 */
public final class InMemoryJavac {

    /** The processor under test; loaded reflectively so the harness compiles before the processor exists. */
    public static final String PROCESSOR = "dev.yieldj.processor.GeneratorProcessor";

    /** A compilation unit: a fully qualified top-level class name and its text. */
    public record Source(String className, String code) {
        /** The path javac sees, e.g. {@code corpus/Counting.java}. */
        public String path() {
            return className.replace('.', '/') + ".java";
        }
    }

    /** What to compile with. */
    public record Options(boolean werror, boolean withProcessor, List<String> extra) {
        /** {@code -Xlint:all -Werror} with the processor: the strictest, and the default. */
        public static Options strict() {
            return new Options(true, true, List.of());
        }

        /** Without {@code -Werror}. */
        public static Options lenient() {
            return new Options(false, true, List.of());
        }

        /** Plain javac, no annotation processing: checks that a template is valid Java by itself. */
        public static Options noProcessor() {
            return new Options(false, false, List.of());
        }

        public Options withWerror(boolean on) {
            return new Options(on, withProcessor, extra);
        }
    }

    private InMemoryJavac() {
    }

    /** The processor under test, freshly instantiated. */
    public static Processor newProcessor() {
        try {
            return (Processor) Class.forName(PROCESSOR).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the yieldj processor " + PROCESSOR + " is not on the test class path"
                    + " (is dev.yieldj:yieldj-processor installed?)", e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot instantiate " + PROCESSOR, e);
        }
    }

    /** Where the class files of {@code type} come from (a directory or a jar). */
    public static Path locationOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class path templates compile against: the annotations jar and this harness (Trace, Res). */
    public static List<Path> templateClassPath() {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(locationOf(Trace.class));
        try {
            paths.add(locationOf(Class.forName("dev.yieldj.Yield")));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("yieldj-annotations is not on the test class path", e);
        }
        return new ArrayList<>(paths);
    }

    /** Compiles {@code sources} with {@code options}. Never throws for compile errors; see the result. */
    public static Compilation compile(List<Source> sources, Options options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("no system Java compiler: run the tests on a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<JavaFileObject> units = new ArrayList<>();
        for (Source s : sources) {
            units.add(new MemorySource(s.path(), s.code()));
        }
        List<String> args = new ArrayList<>();
        if (!options.extra().contains("--release")) {
            args.add("--release");
            args.add("17");
        }
        args.add("-classpath");
        StringBuilder cp = new StringBuilder();
        for (Path p : templateClassPath()) {
            if (cp.length() > 0) {
                cp.append(java.io.File.pathSeparatorChar);
            }
            cp.append(p);
        }
        args.add(cp.toString());
        args.add("-Xlint:all");
        args.add("-Xlint:-processing");
        if (options.werror()) {
            args.add("-Werror");
        }
        args.add("-Xmaxerrs");
        args.add("1000");
        if (!options.withProcessor()) {
            args.add("-proc:none");
        }
        args.addAll(options.extra());
        StringWriter out = new StringWriter();
        JavaCompiler.CompilationTask task = javac.getTask(out, files, diagnostics, args, null, units);
        if (options.withProcessor()) {
            task.setProcessors(List.of(newProcessor()));
        }
        boolean ok;
        String crash = null;
        try {
            ok = task.call();
        } catch (RuntimeException | Error e) {
            ok = false;
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            crash = sw.toString();
        }
        try {
            files.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Compilation(ok, sources, diagnostics.getDiagnostics(), out.toString(), crash,
                files.classes(), files.generatedSources());
    }

    /** Compiles one source with the strict options. */
    public static Compilation compile(Source source) {
        return compile(List.of(source), Options.strict());
    }

    /** The result of a compilation: class files, generated sources, diagnostics. */
    public static final class Compilation {
        private final boolean success;
        private final List<Source> sources;
        private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
        private final String output;
        private final String crash;
        private final Map<String, byte[]> classes;
        private final Map<String, String> generated;

        Compilation(boolean success, List<Source> sources, List<Diagnostic<? extends JavaFileObject>> diagnostics,
                String output, String crash, Map<String, byte[]> classes, Map<String, String> generated) {
            this.success = success;
            this.sources = List.copyOf(sources);
            this.diagnostics = List.copyOf(diagnostics);
            this.output = output;
            this.crash = crash;
            this.classes = Map.copyOf(classes);
            this.generated = Map.copyOf(generated);
        }

        public boolean success() {
            return success;
        }

        /**
         * Whether javac itself failed: an exception escaped the task, or javac caught one of its own and printed
         * "An exception has occurred in the compiler" (what the task API does with an internal error).
         */
        public boolean crashed() {
            return crash != null || output.contains("An exception has occurred in the compiler");
        }

        public List<Diagnostic<? extends JavaFileObject>> diagnostics() {
            return diagnostics;
        }

        /** Errors (and with -Werror, warnings) by source file path; a crash is under key "<crash>". */
        public Map<String, List<String>> errorsByFile() {
            Map<String, List<String>> byFile = new LinkedHashMap<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    String file = d.getSource() == null ? "<none>" : d.getSource().getName();
                    byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(format(d));
                }
            }
            if (crash != null) {
                byFile.computeIfAbsent("<crash>", k -> new ArrayList<>()).add(crash);
            }
            return byFile;
        }

        /** All diagnostics, javac output and any crash, as readable text. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                sb.append(format(d)).append('\n');
            }
            if (!output.isEmpty()) {
                sb.append(output).append('\n');
            }
            if (crash != null) {
                sb.append("COMPILER CRASH:\n").append(crash);
            }
            return sb.toString();
        }

        private static String format(Diagnostic<? extends JavaFileObject> d) {
            String file = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ":"
                    + d.getColumnNumber() + ": ";
            String text = file + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT);
            if (d.getSource() != null && d.getLineNumber() > 0) {
                try {
                    String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
                    if (d.getLineNumber() <= lines.length) {
                        text += "\n    | " + lines[(int) d.getLineNumber() - 1];
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // no source text: the message alone
                }
            }
            return text;
        }

        /** Class files by binary name. */
        public Map<String, byte[]> classes() {
            return classes;
        }

        /** Generated sources by path (e.g. {@code corpus/CountingGenerators.java}). */
        public Map<String, String> generatedSources() {
            return generated;
        }

        /** The generated source of the generated class {@code binaryName}, or null. */
        public String generatedSource(String className) {
            for (Map.Entry<String, String> e : generated.entrySet()) {
                if (e.getKey().endsWith(className.replace('.', '/') + ".java")) {
                    return e.getValue();
                }
            }
            return null;
        }

        public List<Source> sources() {
            return sources;
        }

        /** A fresh class loader over the compiled classes; its parent is the harness's class loader. */
        public ClassLoader newLoader() {
            if (!success) {
                throw new IllegalStateException("compilation failed:\n" + report());
            }
            return new MemoryClassLoader(classes, InMemoryJavac.class.getClassLoader());
        }

        /** Writes every class file under {@code dir} (package directories), returning the paths written. */
        public List<Path> writeClasses(Path dir, java.util.function.Predicate<String> which) throws IOException {
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                if (which.test(e.getKey())) {
                    Path p = dir.resolve(e.getKey().replace('.', '/') + ".class");
                    Files.createDirectories(p.getParent());
                    Files.write(p, e.getValue());
                    written.add(p);
                }
            }
            return written;
        }
    }

    /** Defines classes from bytes held in memory. */
    static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static final class MemorySource extends SimpleJavaFileObject {
        private final String code;

        MemorySource(String path, String code) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }

        @Override
        public String getName() {
            return uri.getPath().substring(1);
        }
    }

    private static final class MemoryOutput extends SimpleJavaFileObject {
        private final String binaryName;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        MemoryOutput(String path, String binaryName, Kind kind) {
            super(URI.create("mem:///" + path), kind);
            this.binaryName = binaryName;
        }

        @Override
        public OutputStream openOutputStream() {
            bytes.reset();
            return bytes;
        }

        @Override
        public java.io.Writer openWriter() {
            return new java.io.OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public java.io.InputStream openInputStream() {
            return new java.io.ByteArrayInputStream(bytes.toByteArray());
        }

        @Override
        public String getName() {
            return uri.getPath().substring(1);
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, MemoryOutput> classOutputs = new LinkedHashMap<>();
        private final Map<String, MemoryOutput> sourceOutputs = new LinkedHashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public boolean hasLocation(Location location) {
            if (location == StandardLocation.CLASS_OUTPUT || location == StandardLocation.SOURCE_OUTPUT) {
                return true;
            }
            return super.hasLocation(location);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            String path = className.replace('.', '/') + kind.extension;
            MemoryOutput file = new MemoryOutput(path, className, kind);
            if (kind == JavaFileObject.Kind.CLASS) {
                classOutputs.put(className, file);
            } else {
                sourceOutputs.put(path, file);
            }
            return file;
        }

        @Override
        public FileObject getFileForOutput(Location location, String packageName, String relativeName,
                FileObject sibling) {
            String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + relativeName;
            MemoryOutput file = new MemoryOutput(path, path, JavaFileObject.Kind.OTHER);
            sourceOutputs.put(path, file);
            return file;
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a.toUri().equals(b.toUri());
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            if (file instanceof MemoryOutput) {
                return ((MemoryOutput) file).binaryName;
            }
            return super.inferBinaryName(location, file);
        }

        Map<String, byte[]> classes() {
            Map<String, byte[]> result = new LinkedHashMap<>();
            for (Map.Entry<String, MemoryOutput> e : classOutputs.entrySet()) {
                result.put(e.getKey(), e.getValue().bytes.toByteArray());
            }
            return result;
        }

        Map<String, String> generatedSources() {
            Map<String, String> result = new LinkedHashMap<>();
            for (Map.Entry<String, MemoryOutput> e : sourceOutputs.entrySet()) {
                if (e.getKey().endsWith(".java")) {
                    result.put(e.getKey(), e.getValue().bytes.toString(StandardCharsets.UTF_8));
                }
            }
            return result;
        }
    }
}
