package dev.yieldj.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/** Names and assignments a template body declares and makes. */
public final class TemplateNames {
    private TemplateNames() {}

    /** Every variable and label name declared anywhere in the body. */
    public static Set<String> declaredNames(TreePath body) {
        return new HashSet<>(declarationCounts(body).keySet());
    }

    /** How often each variable and label name is declared in the body (sibling scopes may repeat one). */
    public static java.util.Map<String, Integer> declarationCounts(TreePath body) {
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                names.merge(node.getName().toString(), 1, Integer::sum);
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
                names.merge(node.getLabel().toString(), 1, Integer::sum);
                return super.visitLabeledStatement(node, unused);
            }
        }.scan(body, null);
        return names;
    }

    /** The variables the body assigns (=, op=, ++, --). */
    public static Set<Element> assignedVariables(Trees trees, TreePath body) {
        Set<Element> assigned = new HashSet<>();
        new TreePathScanner<Void, Void>() {
            private void target(Tree variable) {
                Element element = trees.getElement(new TreePath(getCurrentPath(), variable));
                if (element != null) {
                    assigned.add(element);
                }
            }

            @Override
            public Void visitAssignment(AssignmentTree node, Void unused) {
                target(node.getVariable());
                return super.visitAssignment(node, unused);
            }

            @Override
            public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
                target(node.getVariable());
                return super.visitCompoundAssignment(node, unused);
            }

            @Override
            public Void visitUnary(UnaryTree node, Void unused) {
                switch (node.getKind()) {
                    case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
                            target(node.getExpression());
                    default -> {}
                }
                return super.visitUnary(node, unused);
            }
        }.scan(body, null);
        return assigned;
    }
}
