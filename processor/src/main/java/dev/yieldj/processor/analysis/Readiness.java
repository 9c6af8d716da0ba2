package dev.yieldj.processor.analysis;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
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

    /**
     * Whether the class around {@code holder} is no longer being rewritten and every name it uses
     * resolves. All of it, not only the templates: reading a body makes javac attribute the whole
     * outermost class, whose other methods may name generated types too.
     */
    public boolean ready(TypeElement holder) {
        TypeElement outermost = outermost(holder);
        TreePath outermostPath = trees.getPath(outermost);
        return outermostPath == null
                || (!hasLombokVal(outermostPath.getLeaf()) && namesResolve(outermost, outermostPath));
    }

    /** Whether another processor (Lombok) has still to rewrite the class around {@code holder}. */
    public boolean beingRewritten(TypeElement holder) {
        TreePath outermostPath = trees.getPath(outermost(holder));
        return outermostPath != null && hasLombokVal(outermostPath.getLeaf());
    }

    private static TypeElement outermost(TypeElement holder) {
        TypeElement outermost = holder;
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        return outermost;
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

    private boolean namesResolve(TypeElement outermost, TreePath classPath) {
        Set<String> known = new HashSet<>(Set.of("this", "super"));
        addMemberNames(outermost, known);
        known.addAll(declaredIn(classPath));
        CompilationUnitTree unit = classPath.getCompilationUnit();
        String packageName = elements.getPackageOf(outermost).getQualifiedName().toString();
        boolean[] unresolved = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                if (parent instanceof ClassTree || parent instanceof CompilationUnitTree) {
                    return super.visitClass(node, unused);
                }
                // names inside local and anonymous classes may be inherited members: not judged here
                return null;
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                String name = node.getName().toString();
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                Tree grandparent = getCurrentPath().getParentPath().getParentPath().getLeaf();
                boolean caseLabel = parent instanceof CaseTree || grandparent instanceof CaseTree;
                // an annotation's element name (javac writes @A("x") as @A(value = "x"))
                boolean element = parent instanceof AssignmentTree assignment && assignment.getVariable() == node
                        && grandparent instanceof AnnotationTree;
                if (!known.contains(name) && !caseLabel && !element
                        && !resolves(name, unit, packageName, getCurrentPath())) {
                    unresolved[0] = true;
                }
                return null;
            }
        }.scan(classPath, null);
        return !unresolved[0];
    }

    /** The names of the members (inherited too) and type parameters of {@code type} and of its member types. */
    private void addMemberNames(TypeElement type, Set<String> names) {
        names.add(type.getSimpleName().toString());
        for (TypeParameterElement parameter : type.getTypeParameters()) {
            names.add(parameter.getSimpleName().toString());
        }
        for (Element member : elements.getAllMembers(type)) {
            names.add(member.getSimpleName().toString());
        }
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement nested) {
                addMemberNames(nested, names);
            } else if (member instanceof ExecutableElement method) {
                method.getTypeParameters().forEach(parameter -> names.add(parameter.getSimpleName().toString()));
                method.getParameters().forEach(parameter -> names.add(parameter.getSimpleName().toString()));
            }
        }
    }

    /** Every name declared in {@code body}: variables, labels, local classes and type parameters. */
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
