package dev.yieldj.processor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.yieldj.processor.GeneratorProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Gradle's incremental processing and IntelliJ IDEA's build hand processors a wrapped {@link
 * ProcessingEnvironment}: Gradle a delegating class with its own {@code Filer}, IntelliJ a {@link
 * Proxy}. Behind either, yieldj generates exactly what it generates unwrapped, every file through
 * the wrapper's {@code Filer}, each with the holder as its one originating element.
 */
class WrappedEnvironmentTest {
    private static final JavaFileObject HOLDER = JavaFileObjects.forSourceString("com.acme.Numbers", """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            public class Numbers {
                @Generator
                static void countUpTo(int n, Yield<Integer> out) {
                    for (int i = 1; i <= n; i++) {
                        out.yield(i);
                    }
                }

                static int sum() {
                    var g = NumbersGenerators.countUpTo(4);
                    return g.stream().mapToInt(Integer::intValue).sum();
                }
            }
            """);

    @Test
    void behindAProxyAsIntelliJWrapsIt() {
        RecordingFiler[] filer = new RecordingFiler[1];
        Map<String, String> wrapped = generated(compile(env -> {
            filer[0] = new RecordingFiler(env.getFiler());
            return (ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getFiler")) {
                            return filer[0];
                        }
                        try {
                            return method.invoke(env, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }));
        assertEquals(generated(compile(UnaryOperator.identity())), wrapped);
        assertEquals(wrapped.keySet(), filer[0].created.keySet());
        filer[0].assertEachOriginatesFromTheHolderAlone();
    }

    @Test
    void behindADelegatingClassAsGradleWrapsIt() {
        DelegatingEnvironment[] wrapper = new DelegatingEnvironment[1];
        Map<String, String> wrapped = generated(compile(env -> wrapper[0] = new DelegatingEnvironment(env)));
        assertEquals(generated(compile(UnaryOperator.identity())), wrapped);
        assertEquals(wrapped.keySet(), wrapper[0].filer.created.keySet());
        wrapper[0].filer.assertEachOriginatesFromTheHolderAlone();
    }

    private static Compilation compile(UnaryOperator<ProcessingEnvironment> wrap) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WrappingProcessor(new GeneratorProcessor(), wrap))
                .compile(HOLDER);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        return compilation;
    }

    /** The generated sources by name, with their text. */
    private static Map<String, String> generated(Compilation compilation) {
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                String path = file.toUri().getPath();
                sources.put(path.substring(path.indexOf("/com/acme/")), file.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertFalse(sources.isEmpty(), "nothing generated");
        return sources;
    }

    /** Runs a processor with the environment javac gives it wrapped. */
    private record WrappingProcessor(Processor delegate, UnaryOperator<ProcessingEnvironment> wrap)
            implements Processor {
        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(ProcessingEnvironment env) {
            delegate.init(wrap.apply(env));
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }

    /** Shaped like Gradle's incremental processing environment: the real one in a field, its own Filer. */
    private static final class DelegatingEnvironment implements ProcessingEnvironment {
        private final ProcessingEnvironment delegate;
        final RecordingFiler filer;

        DelegatingEnvironment(ProcessingEnvironment delegate) {
            this.delegate = delegate;
            this.filer = new RecordingFiler(delegate.getFiler());
        }

        @Override
        public Map<String, String> getOptions() {
            return delegate.getOptions();
        }

        @Override
        public Messager getMessager() {
            return delegate.getMessager();
        }

        @Override
        public Filer getFiler() {
            return filer;
        }

        @Override
        public Elements getElementUtils() {
            return delegate.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return delegate.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return delegate.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return delegate.getLocale();
        }
    }

    /** A Filer that records each source file created through it, with its originating elements. */
    private static final class RecordingFiler implements Filer {
        private final Filer delegate;
        final Map<String, List<String>> created = new TreeMap<>();

        RecordingFiler(Filer delegate) {
            this.delegate = delegate;
        }

        void assertEachOriginatesFromTheHolderAlone() {
            created.forEach((name, origins) -> assertEquals(List.of("com.acme.Numbers"), origins,
                    "originating elements of " + name));
        }

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
            List<String> origins = new ArrayList<>();
            for (Element element : originatingElements) {
                origins.add(((TypeElement) element).getQualifiedName().toString());
            }
            created.put("/" + name.toString().replace('.', '/') + ".java", origins);
            return delegate.createSourceFile(name, originatingElements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
            throw new AssertionError("yieldj writes sources only");
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName, Element... originatingElements) throws IOException {
            throw new AssertionError("yieldj writes sources only");
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName) throws IOException {
            return delegate.getResource(location, moduleAndPkg, relativeName);
        }
    }
}
