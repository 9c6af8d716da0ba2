package dev.yieldj.processor.analysis;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.util.Elements;

/**
 * Whether the bodies of a holder's templates can be read now. Reading a body makes javac attribute
 * the class that holds it, and javac keeps what it inferred there into the final compilation: it must
 * not happen while a type the class mentions is still to be generated, or while another processor
 * (Lombok) has still to rewrite the class. Decided from the source and from elements alone, without
 * attributing anything.
 */
public final class Readiness {
    private final Trees trees;
    private final Elements elements;

    public Readiness(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** Whether {@code methods}' class is no longer being rewritten and every name their bodies use resolves. */
    public boolean ready(TypeElement holder, Iterable<ExecutableElement> methods) {
        TypeElement outermost = holder;
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        TreePath outermostPath = trees.getPath(outermost);
        if (outermostPath != null && hasLombokVal(outermostPath.getLeaf())) {
            return false;
        }
        for (ExecutableElement method : methods) {
            TreePath path = trees.getPath(method);
            if (path != null && ((MethodTree) path.getLeaf()).getBody() != null && !namesResolve(holder, method, path)) {
                return false;
            }
        }
        return true;
    }

    /** A local declared with Lombok's {@code val}, which Lombok has not replaced by its type yet. */
    private static boolean hasLombokVal(Tree outermost) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Tree type = node.getType();
                found[0] |= type != null && (type.toString().equals("val") || type.toString().equals("lombok.val"));
                return super.visitVariable(node, unused);
            }
        }.scan(outermost, null);
        return found[0];
    }

    private boolean namesResolve(TypeElement holder, ExecutableElement method, TreePath methodPath) {
        Set<String> known = new HashSet<>(Set.of("this", "super"));
        for (Element type = holder; type instanceof TypeElement enclosing; type = type.getEnclosingElement()) {
            for (Element member : elements.getAllMembers(enclosing)) {
                known.add(member.getSimpleName().toString());
            }
            for (TypeParameterElement parameter : enclosing.getTypeParameters()) {
                known.add(parameter.getSimpleName().toString());
            }
            known.add(enclosing.getSimpleName().toString());
        }
        method.getParameters().forEach(parameter -> known.add(parameter.getSimpleName().toString()));
        method.getTypeParameters().forEach(parameter -> known.add(parameter.getSimpleName().toString()));
        TreePath body = new TreePath(methodPath, ((MethodTree) methodPath.getLeaf()).getBody());
        known.addAll(declaredIn(body));
        CompilationUnitTree unit = methodPath.getCompilationUnit();
        String packageName = elements.getPackageOf(holder).getQualifiedName().toString();
        boolean[] unresolved = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                // names inside local and anonymous classes may be inherited members: not judged here
                return null;
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                String name = node.getName().toString();
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                boolean caseLabel = parent instanceof CaseTree
                        || getCurrentPath().getParentPath().getParentPath().getLeaf() instanceof CaseTree;
                if (!known.contains(name) && !caseLabel && !resolves(name, unit, packageName, getCurrentPath())) {
                    unresolved[0] = true;
                }
                return null;
            }
        }.scan(body, null);
        return !unresolved[0];
    }

    /** Every name the body declares: variables, labels, local classes and their type parameters. */
    private static Set<String> declaredIn(TreePath body) {
        Set<String> names = new HashSet<>(TemplateNames.declaredNames(body));
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                names.add(node.getSimpleName().toString());
                return super.visitClass(node, unused);
            }

            @Override
            public Void visitTypeParameter(TypeParameterTree node, Void unused) {
                names.add(node.getName().toString());
                return super.visitTypeParameter(node, unused);
            }
        }.scan(body.getLeaf(), null);
        return names;
    }

    /** Whether a simple name not declared in the template resolves through the file's imports or packages. */
    private boolean resolves(String name, CompilationUnitTree unit, String packageName, TreePath at) {
        if (elements.getTypeElement(qualify(packageName, name)) != null
                || elements.getTypeElement("java.lang." + name) != null) {
            return true;
        }
        for (ImportTree anImport : unit.getImports()) {
            Tree imported = anImport.getQualifiedIdentifier();
            if (!(imported instanceof MemberSelectTree select)) {
                continue;
            }
            String container = select.getExpression().toString();
            String last = select.getIdentifier().toString();
            if (last.equals(name)) {
                return true;
            }
            if (last.equals("*")) {
                TypeElement type = elements.getTypeElement(container);
                if (anImport.isStatic() && type != null) {
                    for (Element member : elements.getAllMembers(type)) {
                        if (member.getSimpleName().contentEquals(name)) {
                            return true;
                        }
                    }
                } else if (elements.getTypeElement(container + "." + name) != null) {
                    return true;
                }
            }
        }
        return isQualifiedNameStart(name, at);
    }

    /** Whether {@code name} starts a qualified name ({@code java.util.List}) whose some prefix is a package or type. */
    private boolean isQualifiedNameStart(String name, TreePath at) {
        StringBuilder qualified = new StringBuilder(name);
        for (TreePath path = at.getParentPath(); path != null && path.getLeaf() instanceof MemberSelectTree select;
                path = path.getParentPath()) {
            qualified.append('.').append(select.getIdentifier());
            String prefix = qualified.toString();
            PackageElement pkg = elements.getPackageElement(prefix);
            if (elements.getTypeElement(prefix) != null || (pkg != null && !pkg.getEnclosedElements().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static String qualify(String packageName, String name) {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }
}
