package dev.yieldj.processor.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Reading a holder's template bodies makes javac attribute the holder's outermost class, and in it
 * every record's explicit canonical constructor, into whose body attribution inserts {@code super()}.
 * javac's cleanup between processing rounds removes that call from enum constructors but not from
 * records' (JDK-8387215), so the final compilation rejects the constructor as invoking another. A
 * processor that only calls {@code Trees.getElement} on such a body reproduces it. This check reads
 * the source before anything is attributed and reports each such constructor, so that the holder's
 * bodies are not read and the user learns what to change.
 */
public final class RecordConstructors {
    private final Trees trees;
    private final Diagnostics diagnostics;
    /** Outermost classes already checked, with whether they have such a constructor. */
    private final Map<String, Boolean> verdicts = new HashMap<>();

    public RecordConstructors(Trees trees, Diagnostics diagnostics) {
        this.trees = trees;
        this.diagnostics = diagnostics;
    }

    /**
     * Whether reading {@code holder}'s bodies would break a record's canonical constructor; each such
     * constructor is reported once.
     */
    public boolean forbidReading(TypeElement holder) {
        TypeElement outermost = holder;
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        TypeElement top = outermost;
        return verdicts.computeIfAbsent(top.getQualifiedName().toString(), name -> report(holder, top));
    }

    private boolean report(TypeElement holder, TypeElement outermost) {
        TreePath classPath = trees.getPath(outermost);
        if (classPath == null) {
            return false;
        }
        SourcePositions positions = trees.getSourcePositions();
        boolean[] found = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree type, Void unused) {
                if (type.getKind() == Tree.Kind.RECORD) {
                    for (Tree member : type.getMembers()) {
                        if (member instanceof MethodTree constructor
                                && isWrittenCanonical(constructor, positions, classPath)) {
                            found[0] = true;
                            diagnostics.error(constructor, classPath.getCompilationUnit(),
                                    Messages.RECORD_CONSTRUCTOR_IN_HOLDER.format(type.getSimpleName(),
                                            holder.getSimpleName(), outermost.getSimpleName(),
                                            outermost.getSimpleName()));
                        }
                    }
                }
                return super.visitClass(type, unused);
            }
        }.scan(classPath, null);
        return found[0];
    }

    /**
     * Whether {@code method} is a constructor the source writes (the implicit canonical one javac
     * enters has no end position: no text) that invokes no other: in a record, every other
     * constructor must start with {@code this(..)}.
     */
    private static boolean isWrittenCanonical(MethodTree method, SourcePositions positions, TreePath classPath) {
        if (!method.getName().contentEquals("<init>") || method.getBody() == null
                || positions.getEndPosition(classPath.getCompilationUnit(), method) < 0) {
            return false;
        }
        List<? extends StatementTree> statements = method.getBody().getStatements();
        return statements.isEmpty() || !(statements.get(0) instanceof ExpressionStatementTree first
                && first.getExpression() instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof IdentifierTree callee
                && callee.getName().contentEquals("this"));
    }
}
