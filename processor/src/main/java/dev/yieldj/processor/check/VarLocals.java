package dev.yieldj.processor.check;

import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Denotable;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reading template bodies makes javac attribute the class that declares them during annotation
 * processing, before the generated classes exist. javac then keeps the type it inferred for each
 * {@code var} local of that class into the next round, where two kinds are wrong: a type generated
 * in this compilation (still erroneous; javac 17 and 25 then crash) and an anonymous class (whose
 * symbol javac recreates: "cannot find symbol D$1"). This check reports each such local first, at
 * the local, with what to write instead.
 */
public final class VarLocals {
    private VarLocals() {}

    /** Reports the {@code var} locals javac cannot keep; returns their start positions. */
    public static java.util.Set<Long> check(Trees trees, TypeElement holder, Diagnostics diagnostics) {
        java.util.Set<Long> reported = new java.util.HashSet<>();
        TreePath classPath = trees.getPath(holder);
        if (classPath == null) {
            return reported;
        }
        SourcePositions positions = trees.getSourcePositions();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element element = trees.getElement(getCurrentPath());
                boolean local = element != null && (element.getKind() == ElementKind.LOCAL_VARIABLE
                        || element.getKind() == ElementKind.RESOURCE_VARIABLE);
                boolean rejected = local && isVar(node, positions, classPath)
                        && (Denotable.hasError(element.asType()) || Denotable.isAnonymous(element.asType()));
                if (rejected) {
                    reported.add(positions.getStartPosition(classPath.getCompilationUnit(), node));
                }
                if (local && Denotable.hasError(element.asType()) && isVar(node, positions, classPath)) {
                    diagnostics.error(node, classPath.getCompilationUnit(), "declare the type of '" + node.getName()
                            + "' instead of 'var': in a class that declares @Generator methods, javac cannot infer"
                            + " a type from a class generated in the same compilation (e.g. "
                            + "XGenerators.CountUpTo " + node.getName() + " = XGenerators.countUpTo(..))");
                } else if (local && Denotable.isAnonymous(element.asType()) && isVar(node, positions, classPath)) {
                    diagnostics.error(node, classPath.getCompilationUnit(), "declare the type of '" + node.getName()
                            + "' instead of 'var': in a class that declares @Generator methods, javac cannot keep"
                            + " an anonymous class as the type of a var; declare a local class and use its name,"
                            + " or give the variable an interface type");
                }
                return super.visitVariable(node, unused);
            }
        }.scan(classPath, null);
        return reported;
    }

    private static boolean isVar(VariableTree node, SourcePositions positions, TreePath classPath) {
        if (node.getType() == null) {
            return true;
        }
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
