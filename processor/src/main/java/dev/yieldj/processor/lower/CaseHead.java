package dev.yieldj.processor.lower;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels and the {@code when} guard of one case. Java 21 added both to {@code CaseTree}
 * ({@code getLabels()}, {@code getGuard()}), which the processor, built for Java 17, cannot call:
 * they are found as the case's children instead, which the running JDK's scanner visits, labels
 * by their kind names ({@code CONSTANT_CASE_LABEL}, {@code PATTERN_CASE_LABEL},
 * {@code DEFAULT_CASE_LABEL}) and the guard as the one other child that is not the case's body.
 *
 * @param labels the labels in source order (none for {@code default} before Java 21)
 * @param guard the guard, or null
 */
record CaseHead(List<TreePath> labels, TreePath guard) {

    /** The head of the case at {@code casePath} (Java 21 trees; see {@link #matchesPatterns}). */
    static CaseHead of(TreePath casePath) {
        CaseTree caseTree = (CaseTree) casePath.getLeaf();
        List<? extends StatementTree> statements = caseTree.getStatements();
        List<TreePath> labels = new ArrayList<>();
        TreePath[] guard = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == null || getCurrentPath() == null || getCurrentPath().getLeaf() != caseTree) {
                    return super.scan(tree, unused);
                }
                TreePath child = new TreePath(casePath, tree);
                // before Java 21 the labels are the constant expressions themselves
                if (tree.getKind().name().endsWith("_CASE_LABEL") || caseTree.getExpressions().contains(tree)) {
                    labels.add(child);
                } else if (tree != caseTree.getBody() && (statements == null || !statements.contains(tree))) {
                    guard[0] = child;
                }
                return null; // the children's own children are not the head's
            }
        }.scan(casePath, null);
        return new CaseHead(List.copyOf(labels), guard[0]);
    }

    /**
     * Whether javac should choose among {@code cases}: a switch with a pattern label or
     * {@code case null} matches in source order (first match, guards, null) rather than by
     * constant, and a switch expression without {@code default} ({@code expression}) throws what
     * its release throws when nothing matches ({@code IncompatibleClassChangeError} up to Java 20,
     * {@code MatchException} from 21).
     */
    static boolean javacChooses(TreePath switchPath, List<? extends CaseTree> cases, boolean expression) {
        boolean hasDefault = false;
        for (CaseTree caseTree : cases) {
            CaseHead head = of(new TreePath(switchPath, caseTree));
            hasDefault |= head.labels().isEmpty() || head.labels().stream().anyMatch(CaseHead::isDefault);
        }
        return matchesPatterns(switchPath, cases) || (expression && !hasDefault);
    }

    private static boolean matchesPatterns(TreePath switchPath, List<? extends CaseTree> cases) {
        for (CaseTree caseTree : cases) {
            for (ExpressionTree constant : caseTree.getExpressions()) {
                if (constant.getKind() == Tree.Kind.NULL_LITERAL) {
                    return true;
                }
            }
            for (TreePath label : of(new TreePath(switchPath, caseTree)).labels()) {
                if (label.getLeaf().getKind().name().equals("PATTERN_CASE_LABEL")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether this is the {@code default} label (also in {@code case null, default}). */
    static boolean isDefault(TreePath label) {
        return label.getLeaf().getKind().name().equals("DEFAULT_CASE_LABEL");
    }
}
