package dev.yieldj.processor.diag;

import static dev.yieldj.processor.diag.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.yieldj.processor.GeneratorProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated classes across rounds and files: a holder another processor generates, and template bodies that use
 * each other's generated classes, whatever the order of the files on the command line.
 */
class RoundsTest {
    private static final String HEADER = """
            package com.acme;

            import dev.yieldj.Generator;
            import dev.yieldj.Yield;

            """;

    /** Writes, in its first round, a holder whose template uses a generated class of a hand-written holder. */
    private static final class WritesAHolder extends EveryRootProcessor {
        private boolean written;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("com.acme.Made").openWriter()) {
                    out.write(HEADER + """
                            public class Made {
                                @Generator
                                static void twice(int n, Yield<Integer> out) {
                                    var inner = HandGenerators.count(n);
                                    for (int v : inner) {
                                        out.yield(v);
                                        out.yield(v);
                                    }
                                }
                            }
                            """);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void aHolderAnotherProcessorGenerates() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WritesAHolder(), new GeneratorProcessor())
                .compile(source("com.acme.Hand", HEADER + """
                        public class Hand {
                            @Generator
                            static void count(int n, Yield<Integer> out) {
                                for (int i = 0; i < n; i++) {
                                    out.yield(i);
                                }
                            }

                            static java.util.List<Integer> fromTheGeneratedHolder() {
                                var g = MadeGenerators.twice(2);
                                return g.stream().toList();
                            }
                        }
                        """).file());
        Harness.assertSuccess(compilation);
        Harness.Run run = new Harness.Run(compilation, "com.acme.Hand");
        assertEquals(List.of(0, 0, 1, 1), run.callStatic("com.acme.Hand", "fromTheGeneratedHolder"));
    }

    @Test
    void holdersUsingEachOthersGeneratorsInEitherFileOrder() {
        Harness.Source a = source("com.acme.A", HEADER + """
                public class A {
                    @Generator
                    static void letters(int n, Yield<String> out) {
                        if (n > 0) {
                            out.yield("a" + n);
                            var numbers = BGenerators.numbers(n - 1);
                            for (var v : numbers) {
                                out.yield(String.valueOf(v));
                            }
                        }
                    }
                }
                """);
        Harness.Source b = source("com.acme.B", HEADER + """
                public class B {
                    @Generator
                    static void numbers(int n, Yield<Integer> out) {
                        if (n > 0) {
                            out.yield(n);
                            AGenerators.letters(n - 1).forEachRemaining(s -> {});
                            out.yieldAll(java.util.List.of((int) AGenerators.letters(n - 1).stream().count()));
                        }
                    }
                }
                """);
        for (List<Harness.Source> order : List.of(List.of(a, b), List.of(b, a))) {
            Compilation compilation = Compiler.javac().withProcessors(new GeneratorProcessor())
                    .compile(order.stream().map(Harness.Source::file).toArray(JavaFileObject[]::new));
            Harness.assertSuccess(compilation);
            new Harness.Run(compilation, "com.acme.A").assertRuns(List.of("a3", "2", "1"), "letters", 3);
        }
    }
}
