package dev.yieldj.processor.lower;

import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import dev.yieldj.processor.analysis.Jumps;
import dev.yieldj.processor.analysis.Translation;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code break}, {@code continue}, {@code return} and switch-expression {@code yield} go
 * once their targets are states: in lowered code a jump through {@link Leaps}, in copied code a
 * block of statements standing where the jump was.
 */
final class JumpLowering {

    /** Where jumps to a statement go, and in which region context that is. */
    private record Target(int breakState, int continueState, LocalVar result, int depth) {}

    private final StateGraph graph;
    private final Translator translator;
    private final Locals locals;
    private final LocalVar returnVar;
    private final int finish;
    private final Map<Tree, Target> targets = new HashMap<>();

    JumpLowering(StateGraph graph, Translator translator, Locals locals, LocalVar returnVar, int finish) {
        this.graph = graph;
        this.translator = translator;
        this.locals = locals;
        this.returnVar = returnVar;
        this.finish = finish;
    }

    /** The statements {@code keys} (a loop, its label) break to {@code breakState}, continue at {@code continueState}. */
    void register(List<Tree> keys, int breakState, int continueState) {
        Target target = new Target(breakState, continueState, null, graph.depth());
        for (Tree key : keys) {
            targets.put(key, target);
        }
    }

    /** A switch expression whose {@code yield}s assign {@code result} and go on at {@code exit}. */
    void registerSwitchExpression(Tree switchExpression, int exit, LocalVar result) {
        targets.put(switchExpression, new Target(exit, -1, result, graph.depth()));
    }

    /** Lowers a {@code break} or {@code continue} that stands as a statement of lowered code. */
    void jump(TreePath jump) {
        Target target = targetOf(jump);
        jump(jump.getLeaf() instanceof ContinueTree ? target.continueState() : target.breakState(), target.depth());
    }

    /** Jumps to {@code state}, whose context is the outermost {@code depth} frames. */
    void jump(int state, int depth) {
        graph.emitAll(Leaps.leap(graph, state, depth));
    }

    /** Lowers a switch-expression {@code yield} whose value is {@code value}. */
    void yieldValue(TreePath yield, Code value) {
        Target target = targetOf(yield);
        graph.emit(new Stmt.Assign(target.result(), value));
        jump(target.breakState(), target.depth());
    }

    private Target targetOf(TreePath jump) {
        Tree target = Jumps.target(jump);
        Target found = target == null ? null : targets.get(target);
        if (found == null) {
            throw new IllegalStateException("no target for " + jump.getLeaf());
        }
        return found;
    }

    /**
     * What a jump that leaves a copied statement becomes: the jump's own statements, then the
     * transfer — deferred until the copied statement is left when a copied finally block lies in
     * between (if that block throws, the exception belongs to where the jump started). The local
     * classes the jump's value names go back with the code, to the translation the jump is in.
     */
    Translation escape(TreePath jump, boolean throughFinally) {
        Tree leaf = jump.getLeaf();
        List<Stmt> stmts = new ArrayList<>();
        List<Translation.LocalClassUse> localClassUses = new ArrayList<>();
        int state;
        int depth;
        if (leaf instanceof ReturnTree returnTree) {
            if (returnTree.getExpression() != null && returnVar != null) {
                stmts.add(new Stmt.Assign(returnVar,
                        value(new TreePath(jump, returnTree.getExpression()), localClassUses)));
            }
            state = finish;
            depth = 0;
        } else {
            Target target = targetOf(jump);
            if (leaf instanceof YieldTree yieldTree) {
                stmts.add(new Stmt.Assign(target.result(),
                        value(new TreePath(jump, yieldTree.getValue()), localClassUses)));
            }
            state = leaf instanceof ContinueTree ? target.continueState() : target.breakState();
            depth = target.depth();
        }
        List<Stmt> leap = Leaps.leap(graph, state, depth);
        stmts.addAll(leap.subList(0, leap.size() - 1));
        Stmt.Goto last = (Stmt.Goto) leap.get(leap.size() - 1);
        stmts.add(throughFinally ? new Stmt.DeferredGoto(last.state()) : last);
        return new Translation(Code.of(new Code.Block(stmts)), localClassUses);
    }

    /** The value a jump carries, translated; the local classes it names join {@code localClassUses}. */
    private Code value(TreePath value, List<Translation.LocalClassUse> localClassUses) {
        Translation translation = translator.translate(value, locals, this::escape);
        localClassUses.addAll(translation.localClassUses());
        return translation.code();
    }
}
