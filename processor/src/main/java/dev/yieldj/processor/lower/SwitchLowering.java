package dev.yieldj.processor.lower;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@code switch} statements and expressions that suspend: a dispatch on the selector to
 * one state per case, fall-through from one group of statements to the next, rule cases that
 * go on after the switch; an expression's value is a temporary its cases assign.
 */
final class SwitchLowering {
    private final Lowering env;
    private final StateGraph graph;
    private final Locals locals;
    private final StatementLowering statements;
    private final ExpressionLowering expressions;
    private final PatternDispatch patterns;

    SwitchLowering(Lowering env, StatementLowering statements, ExpressionLowering expressions) {
        this.env = env;
        this.graph = env.graph();
        this.locals = env.locals();
        this.statements = statements;
        this.expressions = expressions;
        this.patterns = new PatternDispatch(env);
    }

    void lowerSwitch(TreePath path, SwitchTree tree, List<Tree> keys) {
        Code selector = expressions.lower(Lowering.child(path, tree.getExpression()));
        int exit = graph.newState();
        env.jumps().register(keys, exit, -1);
        lowerCases(path, selector, tree.getCases(), exit, null);
        graph.place(exit);
    }

    /**
     * Lowers the cases of a switch statement or expression: a dispatch on {@code selector}, then
     * each case's code; rule cases of an expression assign {@code result}.
     */
    private void lowerCases(TreePath path, Code selector, List<? extends CaseTree> cases, int exit, LocalVar result) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            entries.add(graph.newState());
        }
        if (CaseHead.javacChooses(path, cases, result != null)) {
            patterns.emit(path, selector, cases, entries);
        } else {
            dispatchOnConstants(path, selector, cases, entries, exit);
        }
        for (int i = 0; i < cases.size(); i++) {
            CaseTree caseTree = cases.get(i);
            TreePath casePath = Lowering.child(path, caseTree);
            if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
                graph.placeDetached(entries.get(i));
                Tree body = caseTree.getBody();
                if (body instanceof ExpressionTree expression) {
                    Code value = expressions.lower(Lowering.child(casePath, expression));
                    if (result != null) {
                        graph.emit(new Stmt.Assign(result, value));
                    } else {
                        graph.emit(new Stmt.Exec(value.then(";"), true));
                    }
                } else {
                    statements.lower(Lowering.child(casePath, body));
                }
                graph.place(exit);
                graph.detach();
            } else {
                graph.place(entries.get(i)); // falls through from the previous group when it can
                for (StatementTree statement : caseTree.getStatements()) {
                    statements.lower(Lowering.child(casePath, statement));
                }
            }
        }
        graph.place(exit);
        graph.detach();
    }

    /** A switch on the selector's constants to the cases' entries; without {@code default}, on to {@code exit}. */
    private void dispatchOnConstants(TreePath path, Code selector, List<? extends CaseTree> cases,
            List<Integer> entries, int exit) {
        List<Stmt.Switch.Case> dispatch = new ArrayList<>();
        int otherwise = exit;
        for (int i = 0; i < cases.size(); i++) {
            CaseTree caseTree = cases.get(i);
            TreePath casePath = Lowering.child(path, caseTree);
            if (caseTree.getExpressions().isEmpty()) {
                otherwise = entries.get(i);
            } else {
                List<Code> labels = new ArrayList<>();
                for (ExpressionTree label : caseTree.getExpressions()) {
                    labels.add(env.translateJumpFree(Lowering.child(casePath, label)));
                }
                dispatch.add(new Stmt.Switch.Case(labels, entries.get(i)));
            }
        }
        graph.emit(new Stmt.Switch(selector, dispatch, otherwise));
    }

    Code lowerSwitchExpression(TreePath path, SwitchExpressionTree tree) {
        Code selector = expressions.lower(Lowering.child(path, tree.getExpression()));
        LocalVar result = locals.newVar("switchResult", env.spelling().typeCode(env.trees().getTypeMirror(path)), LocalVar.Kind.SYNTHETIC);
        int exit = graph.newState();
        env.jumps().registerSwitchExpression(tree, exit, result);
        lowerCases(path, selector, tree.getCases(), exit, result);
        graph.place(exit);
        return Code.var(result);
    }
}
