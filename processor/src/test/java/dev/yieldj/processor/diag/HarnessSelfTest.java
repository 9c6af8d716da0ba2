package dev.yieldj.processor.diag;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** The harness's own checks catch what they are there to catch. */
class HarnessSelfTest {

    @Test
    void anErrorInsideAGeneratedFileIsCaught() {
        Compilation compilation = javac().withProcessors(new WritesBrokenCode()).compile(
                JavaFileObjects.forSourceString("a.A", "package a; class A {}"));
        assertTrue(compilation.status() == Compilation.Status.FAILURE, compilation.diagnostics()::toString);
        assertThrows(AssertionError.class, () -> Harness.assertNothingInGeneratedFiles(compilation));
    }

    /** Writes, once, a source file whose only error lies in it. */
    private static final class WritesBrokenCode extends EveryRootProcessor {
        private boolean written;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("a.Broken").openWriter()) {
                    writer.write("package a; class Broken { int x = \"not an int\"; }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
