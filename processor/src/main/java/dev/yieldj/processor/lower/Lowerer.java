package dev.yieldj.processor.lower;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Completion;
import dev.yieldj.processor.analysis.GeneratedTypes;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.analysis.TypeSpelling;
import dev.yieldj.processor.analysis.Yields;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * Lowers a template body to a {@link StateMachine}: statements that contain no suspension are
 * copied as they are; the control flow around suspensions becomes numbered states, {@code try}
 * statements around them become regions with explicit pending-{@code finally} bookkeeping, and
 * expressions that suspend are evaluated left to right into temporaries.
 */
public final class Lowerer {

    /** Where the lowering reports what it cannot honour. */
    public interface Problems {
        void report(Tree tree, String message);
    }

    /** What the analysis of one template gives the lowering. */
    public record Input(
            Trees trees,
            Types types,
            Translator translator,
            TypeSpelling spelling,
            GeneratedTypes generatedTypes,
            Yields yields,
            String sourceFile,
            Problems problems) {}

    /**
     * The template's signature as the lowering needs it: {@code returnType} null for a void
     * template, {@code sentType} null unless it is a coroutine, {@code primitiveElement} null
     * unless the sink is primitive.
     */
    public record Signature(JavaType returnType, JavaType sentType, JavaType.Primitive primitiveElement) {}

    /** The lowered body, and what the lowering learnt on the way. */
    public record Lowered(
            StateMachine machine,
            Map<LocalVar, TypeSpelling.Unnameable> unnameable,
            Set<String> suppressedWarnings) {}

    private final Lowering env;

    public Lowerer(Input input, Signature signature, TreePath body) {
        StateGraph graph = new StateGraph();
        int finish = graph.newState();
        Locals locals = new Locals();
        LocalVar returnVar = signature.returnType() == null ? null
                : locals.newVar("result", Code.type(signature.returnType()), LocalVar.Kind.SYNTHETIC);
        LocalVar sentVar = signature.sentType() == null ? null
                : locals.newVar("sent", Code.type(signature.sentType()), LocalVar.Kind.SYNTHETIC);
        JumpLowering jumps = new JumpLowering(graph, input.translator(), locals, returnVar, finish);
        this.env = new Lowering(input.trees(), input.types(), input.translator(), input.spelling(),
                input.generatedTypes(), input.yields(), new Completion(input.trees()), graph, locals,
                new LocalClasses(body.getLeaf()), jumps, input.problems(), input.sourceFile(),
                signature.primitiveElement(), returnVar, sentVar, finish);
    }

    /** Registers a template parameter as a managed variable. */
    public LocalVar parameter(VariableElement parameter) {
        LocalVar var = env.locals().newVar(parameter.getSimpleName().toString(),
                Code.type(TypeSpelling.of(parameter.asType())), LocalVar.Kind.PARAMETER);
        env.locals().manage(parameter, var);
        return var;
    }

    /** Lowers the body at {@code body}. */
    public Lowered lower(TreePath body) {
        StatementLowering statements = new StatementLowering(env);
        statements.lower(body);
        env.graph().place(env.finish());
        env.graph().emit(new Stmt.Finish());
        StateMachine machine = env.graph().build(env.locals().all(), env.returnVar(), env.sentVar(),
                env.localClasses().declarations());
        return new Lowered(machine, env.locals().unnameable(), statements.suppressedWarnings());
    }
}
