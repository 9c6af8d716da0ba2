package dev.yieldj.processor.lower;

import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Lowers loops whose bodies or conditions suspend: a head state that tests the condition, the
 * body, an update state where {@code continue} goes, and the exit where {@code break} goes.
 */
final class LoopLowering {
    private final Lowering env;
    private final StateGraph graph;
    private final Locals locals;
    private final StatementLowering statements;
    private final ExpressionLowering expressions;

    LoopLowering(Lowering env, StatementLowering statements, ExpressionLowering expressions) {
        this.env = env;
        this.graph = env.graph();
        this.locals = env.locals();
        this.statements = statements;
        this.expressions = expressions;
    }

    /**
     * Lowers a loop: {@code head} tests {@code condition} (none: always true), the body runs after
     * {@code prologue}, and {@code update} runs where {@code continue} goes.
     */
    private void lowerLoop(List<Tree> keys, Supplier<Code> condition, Runnable prologue,
            TreePath body, Runnable update) {
        int head = graph.newState();
        int bodyState = graph.newState();
        int updateState = graph.newState();
        int exit = graph.newState();
        env.jumps().register(keys, exit, updateState);
        graph.place(head);
        Code test = condition.get();
        if (test != null) {
            graph.emit(new Stmt.Branch(test, bodyState, exit));
        }
        graph.place(bodyState);
        prologue.run();
        statements.lower(body);
        graph.place(updateState);
        update.run();
        graph.emit(new Stmt.Goto(head));
        graph.place(exit);
    }

    /** The condition of a loop, lowered where the loop tests it. */
    private Supplier<Code> condition(TreePath loop, ExpressionTree condition) {
        return () -> {
            if (condition == null || env.completion().isConstantTrue(loop, condition)) {
                return null;
            }
            statements.registerBindings(Lowering.child(loop, condition));
            return expressions.lower(Lowering.child(loop, condition));
        };
    }

    void lowerWhile(TreePath path, WhileLoopTree tree, List<Tree> keys) {
        lowerLoop(keys, condition(path, tree.getCondition()), () -> {}, Lowering.child(path, tree.getStatement()), () -> {});
    }

    void lowerDoWhile(TreePath path, DoWhileLoopTree tree, List<Tree> keys) {
        int body = graph.newState();
        int condition = graph.newState();
        int exit = graph.newState();
        env.jumps().register(keys, exit, condition);
        graph.place(body);
        statements.lower(Lowering.child(path, tree.getStatement()));
        graph.place(condition);
        statements.registerBindings(Lowering.child(path, tree.getCondition()));
        Code test = expressions.lower(Lowering.child(path, tree.getCondition()));
        graph.emit(new Stmt.Branch(test, body, exit));
        graph.place(exit);
    }

    void lowerFor(TreePath path, ForLoopTree tree, List<Tree> keys) {
        for (StatementTree init : tree.getInitializer()) {
            if (init instanceof ExpressionStatementTree expression) {
                // like for-update statements, for-init expressions have no ';' of their own
                statements.lowerExpressionStatement(Lowering.child(path, init), expression);
            } else {
                statements.lower(Lowering.child(path, init));
            }
        }
        lowerLoop(keys, condition(path, tree.getCondition()), () -> {}, Lowering.child(path, tree.getStatement()), () -> {
            for (ExpressionStatementTree step : tree.getUpdate()) {
                // for-update statements have no ';' of their own in the source
                statements.lowerExpressionStatement(Lowering.child(path, step), step);
            }
        });
    }

    /** Whether {@code tree} may stand as the receiver of a method call without parentheses. */
    private static boolean isPrimary(Tree tree) {
        return switch (tree.getKind()) {
            case IDENTIFIER, MEMBER_SELECT, METHOD_INVOCATION, NEW_CLASS, PARENTHESIZED, ARRAY_ACCESS -> true;
            default -> false;
        };
    }

    void lowerEnhancedFor(TreePath path, EnhancedForLoopTree tree, List<Tree> keys) {
        TreePath expressionPath = Lowering.child(path, tree.getExpression());
        TreePath variablePath = Lowering.child(path, tree.getVariable());
        VariableElement element = (VariableElement) env.trees().getElement(variablePath);
        String name = tree.getVariable().getName().toString();
        LocalVar variable = statements.declare(variablePath, element);
        Code source = expressions.lower(expressionPath);
        TypeMirror sourceType = env.trees().getTypeMirror(expressionPath);
        TreePath body = Lowering.child(path, tree.getStatement());
        if (sourceType != null && sourceType.getKind() == TypeKind.ARRAY) {
            LocalVar array = locals.newVar(name + "Array", env.spelling().typeCode(sourceType), LocalVar.Kind.SYNTHETIC);
            LocalVar index = locals.newVar(name + "Index", Code.type(JavaType.Primitive.INT), LocalVar.Kind.SYNTHETIC);
            graph.emit(new Stmt.Assign(array, source));
            graph.emit(new Stmt.Assign(index, Code.text("0")));
            lowerLoop(keys,
                    () -> Code.var(index).then(" < ", Code.var(array), ".length"),
                    () -> graph.emit(new Stmt.Declare(variable, Code.var(array).then("[", Code.var(index), "]"), false)),
                    body,
                    () -> graph.emit(new Stmt.Exec(Code.var(index).then("++;"), true)));
        } else {
            LocalVar iterator = locals.newVar(name + "Iterator", env.spelling().iteratorType(sourceType, element), LocalVar.Kind.SYNTHETIC);
            Code receiver = isPrimary(tree.getExpression()) ? source : Code.text("(").then(source, ")");
            graph.emit(new Stmt.Assign(iterator, receiver.then(".iterator()")));
            lowerLoop(keys,
                    () -> Code.var(iterator).then(".hasNext()"),
                    () -> graph.emit(new Stmt.Declare(variable, Code.var(iterator).then(".next()"), false)),
                    body,
                    () -> {});
        }
    }
}
