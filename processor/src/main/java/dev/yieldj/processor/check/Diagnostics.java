package dev.yieldj.processor.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Every diagnostic of the processor passes through here: errors at the exact tree of the template
 * when there is one, else at the element; each reported once.
 */
public final class Diagnostics {
    private final Messager messager;
    private final Trees trees;
    private final Set<String> reported = new HashSet<>();
    private int errors;

    public Diagnostics(Messager messager, Trees trees) {
        this.messager = messager;
        this.trees = trees;
    }

    /** An error at {@code tree} of {@code unit}. */
    public void error(Tree tree, CompilationUnitTree unit, String message) {
        String key = System.identityHashCode(tree) + ":" + message;
        if (reported.add(key)) {
            errors++;
            trees.printMessage(Diagnostic.Kind.ERROR, message, tree, unit);
        }
    }

    /** An error at {@code element}. */
    public void error(Element element, String message) {
        String key = System.identityHashCode(element) + ":" + message;
        if (reported.add(key)) {
            errors++;
            messager.printMessage(Diagnostic.Kind.ERROR, message, element);
        }
    }

    /** How many errors were reported so far. */
    public int errorCount() {
        return errors;
    }
}
