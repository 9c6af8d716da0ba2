package dev.yieldj.processor.lower;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Completion;
import dev.yieldj.processor.analysis.GeneratedTypes;
import dev.yieldj.processor.analysis.ManagedVariables;
import dev.yieldj.processor.analysis.Translation;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.analysis.TypeSpelling;
import dev.yieldj.processor.analysis.Yields;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import java.util.List;
import javax.lang.model.util.Types;

/**
 * What every part of one template's lowering shares: the template's analysis, the state graph,
 * the managed variables and local classes being built, and where problems go.
 *
 * @param primitiveElement the primitive a primitive sink yields, else null
 * @param returnVar holds the value of the ending {@code return} (null for void templates)
 * @param sentVar holds the value sent into a coroutine (null otherwise)
 * @param finish the state that ends the body
 */
record Lowering(
        Trees trees,
        Types types,
        Translator translator,
        TypeSpelling spelling,
        GeneratedTypes generatedTypes,
        Yields yields,
        Completion completion,
        StateGraph graph,
        Locals locals,
        LocalClasses localClasses,
        JumpLowering jumps,
        Lowerer.Problems problems,
        String sourceFile,
        JavaType.Primitive primitiveElement,
        LocalVar returnVar,
        LocalVar sentVar,
        int finish) {

    boolean coroutine() {
        return sentVar != null;
    }

    boolean primitiveSink() {
        return primitiveElement != null;
    }

    /** The template source line of {@code tree}, as resume comments name it. */
    String origin(Tree tree) {
        return sourceFile + ":" + translator.line(tree);
    }

    /** Code that contains no suspension, translated; its jumps leave through {@link JumpLowering#escape}. */
    Code translate(TreePath path) {
        return placedHere(translator.translate(path, locals, jumps::escape));
    }

    /** An expression or type that contains no jumps, translated. */
    Code translateJumpFree(TreePath path) {
        return placedHere(translator.translate(path, locals));
    }

    /** An expression that contains no jumps, translated with {@code managed} as the managed variables. */
    Code translateJumpFree(TreePath path, ManagedVariables managed) {
        return placedHere(translator.translate(path, managed));
    }

    /** The code of {@code translation}, which goes into the current state. */
    private Code placedHere(Translation translation) {
        reportLocalClassesAcrossStates(translation.localClassUses());
        return translation.code();
    }

    /**
     * Reports the local classes, named by code going into the current state, whose declarations
     * stay in another state: the resume method sees them only in the case of that state.
     */
    void reportLocalClassesAcrossStates(List<Translation.LocalClassUse> uses) {
        for (Translation.LocalClassUse use : uses) {
            if (graph.isReachable() && localClasses.usedAcrossStates(use.type(), graph.currentState())) {
                problems.report(use.tree(), Messages.LOCAL_CLASS_ACROSS_YIELD.format(use.type().getSimpleName()));
            }
        }
    }

    static TreePath child(TreePath parent, Tree tree) {
        return new TreePath(parent, tree);
    }
}
