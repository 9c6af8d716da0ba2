package dev.yieldj.processor.analysis;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.Name;

/** Where {@code break}, {@code continue} and switch-expression {@code yield} statements go. */
public final class Jumps {
    private Jumps() {}

    /**
     * The statement a jump leaves: the labelled statement for a labelled jump, else the innermost
     * loop (or switch statement, for {@code break}; switch expression, for {@code yield}).
     */
    public static Tree target(TreePath jump) {
        Tree leaf = jump.getLeaf();
        Name label = null;
        if (leaf instanceof BreakTree breakTree) {
            label = breakTree.getLabel();
        } else if (leaf instanceof ContinueTree continueTree) {
            label = continueTree.getLabel();
        }
        for (TreePath path = jump.getParentPath(); path != null; path = path.getParentPath()) {
            Tree tree = path.getLeaf();
            if (tree instanceof LambdaExpressionTree || tree instanceof ClassTree) {
                return null;
            }
            if (label != null) {
                if (tree instanceof LabeledStatementTree labeled && labeled.getLabel().equals(label)) {
                    return labeled;
                }
                continue;
            }
            switch (tree.getKind()) {
                case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, ENHANCED_FOR_LOOP -> {
                    if (!(leaf instanceof YieldTree)) {
                        return tree;
                    }
                }
                case SWITCH -> {
                    if (leaf instanceof BreakTree) {
                        return tree;
                    }
                }
                case SWITCH_EXPRESSION -> {
                    if (leaf instanceof YieldTree) {
                        return tree;
                    }
                }
                default -> {}
            }
        }
        return null;
    }
}
