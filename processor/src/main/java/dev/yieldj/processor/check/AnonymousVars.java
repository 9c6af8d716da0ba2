package dev.yieldj.processor.check;

import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Denotable;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reading template bodies makes javac attribute the class that declares them during annotation
 * processing. javac keeps the type it inferred for a {@code var} local, or an implicitly typed
 * lambda parameter, into the final compilation; when that type is an anonymous class, whose symbol
 * javac creates anew there, the final compilation fails ("cannot find symbol X$1"). This check
 * reports each such variable first, at the variable, with what to write instead.
 */
public final class AnonymousVars {
    private AnonymousVars() {}

    /**
     * Reports the variables of {@code holder}'s outermost class whose inferred type is anonymous;
     * returns the source positions of those it reported.
     */
    public static Set<Long> check(Trees trees, TypeElement holder, Diagnostics diagnostics) {
        Set<Long> reported = new HashSet<>();
        TypeElement outermost = holder;
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        TreePath classPath = trees.getPath(outermost);
        if (classPath == null) {
            return reported;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                boolean lambdaParameter = getCurrentPath().getParentPath().getLeaf() instanceof LambdaExpressionTree;
                if (lambdaParameter || isVar(node, trees, classPath)) {
                    Element element = trees.getElement(getCurrentPath());
                    if (element != null && Denotable.isAnonymous(element.asType())) {
                        reported.add(trees.getSourcePositions().getStartPosition(classPath.getCompilationUnit(), node));
                        diagnostics.error(node, classPath.getCompilationUnit(), (lambdaParameter
                                ? Messages.ANONYMOUS_LAMBDA_PARAMETER
                                : Messages.ANONYMOUS_VAR).format(node.getName()));
                    }
                }
                return super.visitVariable(node, unused);
            }
        }.scan(classPath, null);
        return reported;
    }

    /**
     * Whether the declaration leaves its type to inference. Once attributed, javac has put a
     * synthetic type tree in place of {@code var}: it has no source span, or the span reads "var".
     */
    private static boolean isVar(VariableTree node, Trees trees, TreePath classPath) {
        if (node.getType() == null) {
            return true;
        }
        SourcePositions positions = trees.getSourcePositions();
        long start = positions.getStartPosition(classPath.getCompilationUnit(), node.getType());
        long end = positions.getEndPosition(classPath.getCompilationUnit(), node.getType());
        if (start < 0 || end <= start) {
            return true;
        }
        try {
            CharSequence source = classPath.getCompilationUnit().getSourceFile().getCharContent(true);
            return source.subSequence((int) start, (int) end).toString().equals("var");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
