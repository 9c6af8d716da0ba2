package dev.yieldj.processor.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Whether a statement can complete normally, by the rules of JLS 14.22, so that the generated code
 * never places a statement where javac would find it unreachable.
 */
public final class Completion {
    private final Trees trees;

    public Completion(Trees trees) {
        this.trees = trees;
    }

    /** Whether the statement at {@code path} can complete normally. */
    public boolean canComplete(TreePath path) {
        Tree tree = path.getLeaf();
        return switch (tree.getKind()) {
            case BLOCK -> {
                List<? extends StatementTree> statements = ((BlockTree) tree).getStatements();
                yield statements.isEmpty()
                        || canComplete(new TreePath(path, statements.get(statements.size() - 1)));
            }
            case RETURN, THROW, BREAK, CONTINUE, YIELD -> false;
            case IF -> {
                IfTree ifTree = (IfTree) tree;
                yield ifTree.getElseStatement() == null
                        || canComplete(new TreePath(path, ifTree.getThenStatement()))
                        || canComplete(new TreePath(path, ifTree.getElseStatement()));
            }
            case LABELED_STATEMENT -> canComplete(
                            new TreePath(path, ((LabeledStatementTree) tree).getStatement()))
                    || exitedByBreak(path);
            case WHILE_LOOP -> !isConstantTrue(path, ((WhileLoopTree) tree).getCondition())
                    || exitedByBreak(path);
            case DO_WHILE_LOOP -> {
                DoWhileLoopTree loop = (DoWhileLoopTree) tree;
                boolean bodyEnds = canComplete(new TreePath(path, loop.getStatement())) || continued(path);
                yield (bodyEnds && !isConstantTrue(path, loop.getCondition())) || exitedByBreak(path);
            }
            case FOR_LOOP -> {
                ExpressionTree condition = ((ForLoopTree) tree).getCondition();
                yield (condition != null && !isConstantTrue(path, condition)) || exitedByBreak(path);
            }
            case SYNCHRONIZED -> canComplete(new TreePath(path, ((SynchronizedTree) tree).getBlock()));
            case TRY -> {
                TryTree tryTree = (TryTree) tree;
                boolean body = canComplete(new TreePath(path, tryTree.getBlock()));
                for (var catchTree : tryTree.getCatches()) {
                    body |= canComplete(new TreePath(new TreePath(path, catchTree), catchTree.getBlock()));
                }
                yield body
                        && (tryTree.getFinallyBlock() == null
                                || canComplete(new TreePath(path, tryTree.getFinallyBlock())));
            }
            case SWITCH -> switchCanComplete(path);
            default -> true;
        };
    }

    private boolean switchCanComplete(TreePath path) {
        SwitchTree switchTree = (SwitchTree) path.getLeaf();
        List<? extends CaseTree> cases = switchTree.getCases();
        if (cases.isEmpty() || exitedByBreak(path)) {
            return true;
        }
        boolean hasDefault = false;
        for (CaseTree caseTree : cases) {
            if (caseTree.getExpressions().isEmpty()) {
                hasDefault = true;
            }
        }
        if (!hasDefault) {
            return true;
        }
        if (cases.get(0).getCaseKind() == CaseTree.CaseKind.RULE) {
            for (CaseTree caseTree : cases) {
                Tree body = caseTree.getBody();
                if (body instanceof ExpressionTree) {
                    return true;
                }
                if (body instanceof StatementTree statement
                        && canComplete(new TreePath(new TreePath(path, caseTree), statement))) {
                    return true;
                }
            }
            return false;
        }
        CaseTree last = cases.get(cases.size() - 1);
        List<? extends StatementTree> statements = last.getStatements();
        if (statements.isEmpty()) {
            return true;
        }
        TreePath lastPath = new TreePath(path, last);
        return canComplete(new TreePath(lastPath, statements.get(statements.size() - 1)));
    }

    /** Whether a {@code break} inside leaves the statement at {@code path}. */
    private boolean exitedByBreak(TreePath path) {
        return hasJumpTo(path, BreakTree.class);
    }

    /** Whether a {@code continue} inside continues the loop at {@code path}. */
    private boolean continued(TreePath path) {
        if (hasJumpTo(path, ContinueTree.class)) {
            return true;
        }
        TreePath parent = path.getParentPath();
        return parent != null
                && parent.getLeaf() instanceof LabeledStatementTree
                && hasJumpTo(parent, ContinueTree.class);
    }

    private boolean hasJumpTo(TreePath path, Class<? extends Tree> kind) {
        Tree target = path.getLeaf();
        boolean[] found = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitBreak(BreakTree node, Void unused) {
                check(node);
                return null;
            }

            @Override
            public Void visitContinue(ContinueTree node, Void unused) {
                check(node);
                return null;
            }

            private void check(Tree node) {
                if (kind.isInstance(node) && Jumps.target(getCurrentPath()) == target) {
                    found[0] = true;
                }
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan(path, null);
        return found[0];
    }

    /** Whether {@code condition} is a constant expression of value {@code true}. */
    public boolean isConstantTrue(TreePath parent, ExpressionTree condition) {
        return Boolean.TRUE.equals(constant(new TreePath(parent, condition)));
    }

    private Object constant(TreePath path) {
        Tree tree = path.getLeaf();
        if (tree instanceof LiteralTree literal) {
            return literal.getValue();
        }
        if (tree instanceof ParenthesizedTree parens) {
            return constant(new TreePath(path, parens.getExpression()));
        }
        if (tree instanceof UnaryTree unary && tree.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
            Object operand = constant(new TreePath(path, unary.getExpression()));
            return operand instanceof Boolean value ? !value : null;
        }
        if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
            Element element = trees.getElement(path);
            if (element instanceof VariableElement variable) {
                return variable.getConstantValue();
            }
        }
        return null;
    }
}
