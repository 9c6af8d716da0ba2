package dev.yieldj.processor.diag;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * The limits yieldj reports as javac's, each reproduced by a minimal processor that uses the public
 * tree API alone and has nothing of yieldj. When one of these starts to compile, javac has fixed the
 * bug on the running JDK: lift the matching yieldj check there.
 */
class JavacLimitsTest {

    /**
     * JDK-8387215: attributing a record's canonical constructor during annotation processing (all
     * {@code Trees.getElement} does on an identifier of an unattributed body) leaves the {@code super()}
     * javac inserted, and the final compilation rejects the constructor. yieldj must read bodies
     * attributed, hence {@code RecordConstructors}.
     */
    @Test
    void attributingARecordsCanonicalConstructorDuringProcessingBreaksIt() {
        Compilation compilation = javac().withProcessors(new ReadsEveryIdentifier()).compile(
                JavaFileObjects.forSourceString("a.R", """
                        package a;

                        record R(String name) {
                            R {
                                name = name.trim();
                            }
                        }
                        """));
        assertEquals(Compilation.Status.FAILURE, compilation.status(), compilation.diagnostics().toString());
        assertEquals(1, compilation.errors().size(), compilation.diagnostics().toString());
        String message = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertTrue(message.contains("invalid canonical constructor"), message);
        assertEquals(4, compilation.errors().get(0).getLineNumber());
    }

    /**
     * An anonymous class as the inferred type of a {@code var} local: attributed during annotation
     * processing, the inferred type survives into the final compilation, where javac creates the
     * anonymous class anew and no longer finds the one it recorded. Hence {@code AnonymousVars}.
     */
    @Test
    void attributingAVarOfAnAnonymousClassDuringProcessingBreaksIt() {
        Compilation compilation = javac().withProcessors(new ReadsEveryIdentifier()).compile(
                JavaFileObjects.forSourceString("a.V", """
                        package a;

                        class V {
                            static int count() {
                                var counter = new Object() {
                                    int count;
                                };
                                counter.count++;
                                return counter.count;
                            }
                        }
                        """));
        assertEquals(Compilation.Status.FAILURE, compilation.status(), compilation.diagnostics().toString());
    }

    /** Asks javac for the element of every identifier of every root class, once. */
    private static final class ReadsEveryIdentifier extends EveryRootProcessor {
        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            Trees trees = Trees.instance(processingEnv);
            for (Element root : round.getRootElements()) {
                TreePath path = trees.getPath(root);
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                        trees.getElement(getCurrentPath());
                        return null;
                    }
                }.scan(path, null);
            }
            return false;
        }
    }
}
