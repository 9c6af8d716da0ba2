package dev.yieldj.processor.lower;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.yieldj.processor.analysis.TypeSpelling;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;

/**
 * Lowers {@code try} statements that suspend into regions: the try block, each catch block and
 * the finally block get states of their own in the region's frames, and the finally block ends by
 * going where its pending completion says (see {@link Leaps}). A try-with-resources is a region
 * per resource whose finally block closes it (JLS 14.20.3).
 */
final class TryLowering {
    private final Lowering env;
    private final StateGraph graph;
    private final Locals locals;
    private final StatementLowering statements;
    private final ExpressionLowering expressions;

    TryLowering(Lowering env, StatementLowering statements, ExpressionLowering expressions) {
        this.env = env;
        this.graph = env.graph();
        this.locals = env.locals();
        this.statements = statements;
        this.expressions = expressions;
    }

    void lowerTry(TreePath path, TryTree tree) {
        boolean hasCatchOrFinally = !tree.getCatches().isEmpty() || tree.getFinallyBlock() != null;
        if (tree.getResources().isEmpty()) {
            lowerTryCatchFinally(path, tree, () -> statements.lower(Lowering.child(path, tree.getBlock())));
        } else if (hasCatchOrFinally) {
            lowerTryCatchFinally(path, tree, () -> lowerResources(path, tree, 0));
        } else {
            lowerResources(path, tree, 0);
        }
    }

    /** Lowers {@code try body catch.. finally..} around whatever {@code body} lowers. */
    private void lowerTryCatchFinally(TreePath path, TryTree tree, Runnable body) {
        StateGraph.Region region = graph.newRegion();
        int after = graph.newState();
        List<Integer> catchEntries = new ArrayList<>();
        for (CatchTree catchTree : tree.getCatches()) {
            TreePath catchPath = Lowering.child(path, catchTree);
            TreePath parameterPath = Lowering.child(catchPath, catchTree.getParameter());
            VariableElement parameter = (VariableElement) env.trees().getElement(parameterPath);
            LocalVar var = locals.declare(parameter, parameter.getSimpleName().toString(),
                    TypeSpelling.LocalType.of(env.spelling().typeCode(parameter.asType())), LocalVar.Kind.LOCAL);
            int entry = graph.newState();
            catchEntries.add(entry);
            List<Code> typesCaught = new ArrayList<>();
            TypeMirror caught = parameter.asType();
            if (caught instanceof UnionType union) {
                for (TypeMirror alternative : union.getAlternatives()) {
                    typesCaught.add(env.spelling().typeCode(alternative));
                }
            } else {
                typesCaught.add(env.spelling().typeCode(caught));
            }
            region.catches.add(new StateMachine.Catch(typesCaught, var.type(), var, entry));
        }
        if (tree.getFinallyBlock() != null) {
            region.finallyEntry = graph.newState();
            region.rethrowState = graph.newState();
        }
        graph.enter(region.id, StateGraph.Part.TRY);
        int tryEntry = graph.newState();
        graph.place(tryEntry);
        body.run();
        completeTryPart(region, after);
        graph.leave();
        for (int i = 0; i < tree.getCatches().size(); i++) {
            CatchTree catchTree = tree.getCatches().get(i);
            graph.enter(region.id, StateGraph.Part.CATCH);
            graph.placeDetached(catchEntries.get(i));
            statements.lower(Lowering.child(Lowering.child(path, catchTree), catchTree.getBlock()));
            completeTryPart(region, after);
            graph.leave();
        }
        if (region.hasFinally()) {
            lowerFinallyBlock(region, () -> statements.lower(Lowering.child(path, tree.getFinallyBlock())));
        }
        graph.placeDetached(after);
    }

    /** Where the end of a try or catch block goes: through the finally block to {@code after}. */
    private void completeTryPart(StateGraph.Region region, int after) {
        if (!graph.isReachable()) {
            return;
        }
        if (region.hasFinally()) {
            graph.emit(new Stmt.SetFinallyNext(region.id, after));
            graph.emit(new Stmt.Goto(region.finallyEntry));
        } else {
            graph.emit(new Stmt.Goto(after));
        }
    }

    private void lowerFinallyBlock(StateGraph.Region region, Runnable block) {
        graph.enter(region.id, StateGraph.Part.FINALLY);
        graph.placeDetached(region.finallyEntry);
        block.run();
        graph.emit(new Stmt.EndFinally(region.id));
        graph.leave();
        graph.placeDetached(region.rethrowState);
        graph.emit(new Stmt.RethrowPending(region.id));
    }

    /** Lowers resources {@code from..} of a try-with-resources, then its block (JLS 14.20.3.1). */
    private void lowerResources(TreePath path, TryTree tree, int from) {
        if (from == tree.getResources().size()) {
            statements.lower(Lowering.child(path, tree.getBlock()));
            return;
        }
        Tree resource = tree.getResources().get(from);
        TreePath resourcePath = Lowering.child(path, resource);
        LocalVar var;
        if (resource instanceof VariableTree) {
            statements.lower(resourcePath);
            var = locals.lookup(env.trees().getElement(resourcePath));
        } else {
            TypeMirror type = env.trees().getTypeMirror(resourcePath);
            var = locals.newVar("resource", env.spelling().typeCode(type), LocalVar.Kind.SYNTHETIC);
            graph.emit(new Stmt.Assign(var, expressions.lower(resourcePath)));
        }
        StateGraph.Region region = graph.newRegion();
        region.finallyEntry = graph.newState();
        region.rethrowState = graph.newState();
        int after = graph.newState();
        graph.enter(region.id, StateGraph.Part.TRY);
        graph.place(graph.newState());
        lowerResources(path, tree, from + 1);
        completeTryPart(region, after);
        graph.leave();
        LocalVar resourceVar = var;
        lowerFinallyBlock(region, () -> graph.emit(new Stmt.CloseResource(resourceVar, region.id)));
        graph.placeDetached(after);
    }
}
