package dev.yieldj.processor.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Finds the suspension points of a template body: calls {@code sink.yield(..)} and
 * {@code sink.yieldAll(..)} outside lambdas and class bodies, and every tree that contains one.
 */
public final class Yields {
    private final Set<Tree> containing = new HashSet<>();
    private final Element sink;

    private Yields(Element sink) {
        this.sink = sink;
    }

    /** Analyses the body at {@code body}. */
    public static Yields of(Trees trees, Element sink, TreePath body) {
        Yields yields = new Yields(sink);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (yields.sinkMethod(node) != null) {
                    for (TreePath path = getCurrentPath(); path != null; path = path.getParentPath()) {
                        if (!yields.containing.add(path.getLeaf())) {
                            break;
                        }
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(body, null);
        return yields;
    }

    /** Whether {@code tree} is or contains a suspension point. */
    public boolean contains(Tree tree) {
        return tree != null && containing.contains(tree);
    }

    /** {@code "yield"} or {@code "yieldAll"} when {@code tree} calls the sink, else null. */
    public String sinkMethod(Tree tree) {
        if (tree instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof MemberSelectTree select
                && isSink(select.getExpression())) {
            String name = select.getIdentifier().toString();
            if (name.equals("yield") || name.equals("yieldAll")) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether {@code expression} names the sink parameter (outside class bodies nothing can shadow
     * a parameter, so the name decides).
     */
    public boolean isSink(ExpressionTree expression) {
        return expression instanceof IdentifierTree identifier
                && identifier.getName().contentEquals(sink.getSimpleName());
    }
}
