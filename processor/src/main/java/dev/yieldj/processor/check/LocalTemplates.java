package dev.yieldj.processor.check;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Generator} on a method of a local or anonymous class: javac enters no such class while
 * processors run, so no round would show the method; read from the source instead (no attribution)
 * and reported, rather than silently ignored.
 */
public final class LocalTemplates {
    private static final String ANNOTATION = "dev.yieldj.Generator";

    private LocalTemplates() {}

    public static void check(Trees trees, TypeElement root, Diagnostics diagnostics) {
        TreePath path = trees.getPath(root);
        if (path == null) {
            return;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        boolean simpleNameMeansOurs = imports(unit);
        new TreePathScanner<Void, Void>() {
            private int localDepth;

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                boolean local = !(parent instanceof ClassTree || parent instanceof CompilationUnitTree);
                localDepth += local ? 1 : 0;
                try {
                    return super.visitClass(node, unused);
                } finally {
                    localDepth -= local ? 1 : 0;
                }
            }

            @Override
            public Void visitMethod(MethodTree node, Void unused) {
                if (localDepth > 0) {
                    for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                        String name = annotation.getAnnotationType().toString();
                        if (name.equals(ANNOTATION) || (simpleNameMeansOurs && name.equals("Generator"))) {
                            diagnostics.error(annotation, unit, Messages.LOCAL_HOLDER_IN_BODY.format());
                        }
                    }
                }
                return super.visitMethod(node, unused);
            }
        }.scan(path, null);
    }

    /** Whether the file imports {@code dev.yieldj.Generator} (singly or on demand). */
    private static boolean imports(CompilationUnitTree unit) {
        for (ImportTree anImport : unit.getImports()) {
            String imported = anImport.getQualifiedIdentifier().toString();
            if (!anImport.isStatic() && (imported.equals(ANNOTATION) || imported.equals("dev.yieldj.*"))) {
                return true;
            }
        }
        return false;
    }
}
