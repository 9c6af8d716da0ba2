package dev.yieldj.processor.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The rules of SPEC.md "What a body may contain": what a template body may not do because the
 * rewrite could not honour it. Each violation is one error at the offending tree.
 */
public final class BodyChecks {
    private final Trees trees;
    private final Elements elements;
    private final CompilationUnitTree unit;
    private final TypeElement holder;
    private final VariableElement sink;
    private final Diagnostics diagnostics;
    private final PackageElement holderPackage;

    public BodyChecks(
            Trees trees,
            Elements elements,
            CompilationUnitTree unit,
            TypeElement holder,
            ExecutableElement method,
            VariableElement sink,
            Diagnostics diagnostics) {
        this.trees = trees;
        this.elements = elements;
        this.unit = unit;
        this.holder = holder;
        this.sink = sink;
        this.diagnostics = diagnostics;
        this.holderPackage = elements.getPackageOf(holder);
    }

    public void check(TreePath body) {
        new Scanner().scan(body, null);
    }

    private final class Scanner extends TreePathScanner<Void, Void> {
        /** What encloses the current tree that a suspension could not leave. */
        private String barrier;
        /** How many class bodies of the template body enclose the current tree. */
        private int classDepth;
        /** The local and anonymous classes of the template body enclosing the current tree. */
        private final java.util.Deque<TypeElement> bodyClasses = new java.util.ArrayDeque<>();

        private Void inside(String what, java.util.function.Supplier<Void> scan) {
            String saved = barrier;
            barrier = what;
            try {
                return scan.get();
            } finally {
                barrier = saved;
            }
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
            return inside("a lambda", () -> super.visitLambdaExpression(node, unused));
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            Element element = trees.getElement(getCurrentPath());
            String what = element instanceof TypeElement type
                            && type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS
                    ? "an anonymous class"
                    : "a local class";
            classDepth++;
            if (element instanceof TypeElement type) {
                bodyClasses.push(type);
            }
            try {
                return inside(what, () -> super.visitClass(node, unused));
            } finally {
                if (element instanceof TypeElement) {
                    bodyClasses.pop();
                }
                classDepth--;
            }
        }

        @Override
        public Void visitSynchronized(SynchronizedTree node, Void unused) {
            scan(node.getExpression(), unused);
            return inside("synchronized", () -> scan(node.getBlock(), unused));
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            if (node.getMethodSelect() instanceof MemberSelectTree select && isSink(select.getExpression())) {
                String name = select.getIdentifier().toString();
                if (name.equals("yield") || name.equals("yieldAll")) {
                    if (barrier != null) {
                        diagnostics.error(node, unit, barrier.equals("synchronized")
                                ? Messages.YIELD_IN_SYNCHRONIZED.format(sink.getSimpleName(), name, name)
                                : Messages.YIELD_IN_BARRIER.format(sink.getSimpleName(), name, barrier));
                    }
                    for (Tree argument : node.getArguments()) {
                        scan(argument, unused);
                    }
                    return null;
                }
            }
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            if (isSink(node)) {
                diagnostics.error(node, unit, Messages.SINK_ESCAPES.format(sink.getSimpleName()));
                return null;
            }
            if (node.getName().contentEquals("super") && insideClassBody()) {
                return null; // the local or anonymous class's own superclass
            }
            if (node.getName().contentEquals("super")) {
                diagnostics.error(node, unit, Messages.SUPER.format(holder.getSimpleName()));
                return null;
            }
            checkAccess(node, trees.getElement(getCurrentPath()), true);
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            Element element = trees.getElement(getCurrentPath());
            if (node.getIdentifier().contentEquals("this")) {
                Element outer = trees.getElement(new TreePath(getCurrentPath(), node.getExpression()));
                if (outer instanceof TypeElement type && !type.equals(holder) && isEnclosingOfHolder(type)) {
                    diagnostics.error(node, unit, Messages.OUTER_THIS.format(type.getSimpleName()));
                    return null;
                }
            }
            checkAccess(node, element, false);
            return super.visitMemberSelect(node, unused);
        }

        @Override
        public Void visitNewClass(com.sun.source.tree.NewClassTree node, Void unused) {
            Element constructor = trees.getElement(getCurrentPath());
            if (node.getClassBody() == null && constructor != null
                    && constructor.getModifiers().contains(Modifier.PRIVATE)
                    && constructor.getEnclosingElement() instanceof TypeElement owner && !isInsideBodyClass(owner)
                    && sameOutermost(owner)) {
                diagnostics.error(node, unit, Messages.PRIVATE_CONSTRUCTOR.format(owner.getSimpleName()));
                return null;
            }
            return super.visitNewClass(node, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree node, Void unused) {
            checkAccess(node, trees.getElement(getCurrentPath()), false);
            return super.visitMemberReference(node, unused);
        }

        /** Whether a class of the template body enclosing the current tree inherits from {@code owner}. */
        private boolean inheritedByBodyClass(TypeElement owner) {
            for (TypeElement bodyClass : bodyClasses) {
                for (TypeElement type = bodyClass; type != null;
                        type = type.getSuperclass() instanceof javax.lang.model.type.DeclaredType superclass
                                ? (TypeElement) superclass.asElement()
                                : null) {
                    if (type.equals(owner)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean insideClassBody() {
            return classDepth > 0;
        }

        private boolean isSink(Tree tree) {
            if (!(tree instanceof IdentifierTree identifier)
                    || !identifier.getName().contentEquals(sink.getSimpleName())) {
                return false;
            }
            Element element = trees.getElement(new TreePath(getCurrentPath(), tree));
            return element == null ? tree == getCurrentPath().getLeaf() && false : element.equals(sink);
        }

        /** Private members of the template's types, and protected ones from elsewhere, are out of reach. */
        private void checkAccess(Tree node, Element element, boolean unqualified) {
            if (element == null || element.getKind() == ElementKind.LOCAL_VARIABLE
                    || element.getKind() == ElementKind.PARAMETER || element.getKind() == ElementKind.PACKAGE) {
                return;
            }
            if (!(element.getEnclosingElement() instanceof TypeElement owner) || isInsideBodyClass(owner)) {
                return;
            }
            if (dev.yieldj.processor.analysis.Records.isComponentField(element, owner)) {
                return;
            }
            if (element.getModifiers().contains(Modifier.PRIVATE) && sameOutermost(owner)) {
                diagnostics.error(node, unit, Messages.PRIVATE_MEMBER.format(element.getSimpleName(), owner.getSimpleName()));
                return;
            }
            if (element.getModifiers().contains(Modifier.PROTECTED)
                    && !inheritedByBodyClass(owner)
                    && !elements.getPackageOf(owner).equals(holderPackage)) {
                diagnostics.error(node, unit, Messages.PROTECTED_MEMBER.format(element.getSimpleName(), owner.getQualifiedName(),
                        holder.getSimpleName()));
            }
        }

        private boolean isInsideBodyClass(TypeElement owner) {
            for (Element e = owner; e != null; e = e.getEnclosingElement()) {
                if (e instanceof TypeElement type
                        && (type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
                                || type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS)) {
                    return true;
                }
            }
            return false;
        }

        private boolean sameOutermost(TypeElement owner) {
            return outermost(owner).equals(outermost(holder));
        }

        private TypeElement outermost(TypeElement type) {
            TypeElement result = type;
            while (result.getEnclosingElement() instanceof TypeElement outer) {
                result = outer;
            }
            return result;
        }

        private boolean isEnclosingOfHolder(TypeElement type) {
            for (Element e = holder.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
                if (e.equals(type)) {
                    return true;
                }
            }
            return false;
        }
    }
}
