package dev.yieldj.processor.analysis;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognises generated coroutine generators where a {@code yieldAll} delegates to one: already
 * compiled ones by their {@code send}/{@code throwInto} methods, ones generated in this
 * compilation (whose type does not resolve yet) by the template they come from.
 */
public final class GeneratedTypes {
    private static final String SUFFIX = "Generators";

    private final Trees trees;
    private final Elements elements;
    private final Translator translator;
    private final String packageName;
    private final Types types;
    private final ExecutableElement template;
    private final VariableElement sink;

    /** {@code template}: the template whose body is read, {@code sink} its sink parameter. */
    public GeneratedTypes(Trees trees, Elements elements, Types types, Translator translator, String packageName,
            ExecutableElement template, VariableElement sink) {
        this.trees = trees;
        this.elements = elements;
        this.types = types;
        this.translator = translator;
        this.packageName = packageName;
        this.template = template;
        this.sink = sink;
    }

    /**
     * Whether {@code source} is a call of the template's own factory: a fresh generator of the
     * same static, non-generic template (a recursion such as a tree walk's {@code yieldAll}).
     */
    public boolean callsOwnFactory(TreePath source) {
        if (!(source.getLeaf() instanceof MethodInvocationTree)
                || !template.getModifiers().contains(Modifier.STATIC) || !template.getTypeParameters().isEmpty()
                || !(trees.getElement(source) instanceof ExecutableElement factory)
                || !factory.getSimpleName().contentEquals(template.getSimpleName())
                || !(factory.getEnclosingElement() instanceof TypeElement owner)
                || !owner.getQualifiedName().contentEquals(apiName((TypeElement) template.getEnclosingElement()))) {
            return false;
        }
        List<VariableElement> parameters = new ArrayList<>(template.getParameters());
        parameters.remove(sink);
        List<? extends VariableElement> factoryParameters = factory.getParameters();
        // a varargs call's arguments are not the parameters one to one
        if (parameters.size() != factoryParameters.size() || template.isVarArgs()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!types.isSameType(types.erasure(parameters.get(i).asType()),
                    types.erasure(factoryParameters.get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    /** The qualified name of the generated API class of {@code holder}: {@code p.Outer_InnerGenerators}. */
    private String apiName(TypeElement holder) {
        List<String> names = new ArrayList<>();
        Element element = holder;
        while (element instanceof TypeElement type) {
            names.add(0, type.getSimpleName().toString());
            element = type.getEnclosingElement();
        }
        String pkg = elements.getPackageOf(holder).getQualifiedName().toString();
        return (pkg.isEmpty() ? "" : pkg + ".") + String.join("_", names) + SUFFIX;
    }

    /** Whether the expression at {@code path} is a generated coroutine (with send and throwInto). */
    public boolean isCoroutine(TreePath path, LocalVar local) {
        TypeMirror type = trees.getTypeMirror(path);
        if (type != null && type.getKind() == TypeKind.DECLARED && !Denotable.hasError(type)) {
            return hasCoroutineMethods((TypeElement) ((DeclaredType) type).asElement());
        }
        Tree tree = path.getLeaf();
        if (tree instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
            JavaType.Named generated = generatedName(new TreePath(new TreePath(path, select), select.getExpression()));
            return generated != null && templateIsCoroutine(generated, select.getIdentifier().toString(), false);
        }
        if (tree instanceof IdentifierTree && local != null && local.type().pieces().size() == 1
                && local.type().pieces().get(0) instanceof Code.TypeRef ref) {
            JavaType declared = ref.type();
            if (declared instanceof JavaType.Parameterized parameterized) {
                declared = parameterized.raw();
            }
            if (declared instanceof JavaType.Named nested && nested.enclosing() != null) {
                return templateIsCoroutine(nested.enclosing(), nested.simpleName(), true);
            }
        }
        return false;
    }

    private static boolean hasCoroutineMethods(TypeElement type) {
        boolean send = false;
        boolean throwInto = false;
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD
                    && ((ExecutableElement) member).getParameters().size() == 1) {
                send |= member.getSimpleName().contentEquals("send");
                throwInto |= member.getSimpleName().contentEquals("throwInto");
            }
        }
        return send && throwInto;
    }

    /** The generated class a qualifier such as {@code OtherGenerators} names, if it looks like one. */
    private JavaType.Named generatedName(TreePath qualifier) {
        Tree tree = qualifier.getLeaf();
        if (tree instanceof IdentifierTree identifier && identifier.getName().toString().endsWith(SUFFIX)) {
            String name = identifier.getName().toString();
            JavaType.Named imported = translator.importedName(name);
            return imported != null ? imported : JavaType.Named.of(packageName, name);
        }
        if (tree instanceof MemberSelectTree select && select.getIdentifier().toString().endsWith(SUFFIX)) {
            Element outer = trees.getElement(new TreePath(qualifier, select.getExpression()));
            if (outer instanceof PackageElement pkg) {
                return JavaType.Named.of(pkg.getQualifiedName().toString(), select.getIdentifier().toString());
            }
        }
        return null;
    }

    /**
     * Whether a template of the holder behind {@code generated} with that method name (or, when
     * {@code byClassName}, whose generated class has that name) has a {@code Coroutine} sink.
     */
    private boolean templateIsCoroutine(JavaType.Named generated, String name, boolean byClassName) {
        String simple = generated.simpleName();
        if (!simple.endsWith(SUFFIX)) {
            return false;
        }
        String holderName = simple.substring(0, simple.length() - SUFFIX.length()).replace('_', '.');
        String qualified = generated.packageName().isEmpty() ? holderName : generated.packageName() + "." + holderName;
        TypeElement holder = elements.getTypeElement(qualified);
        if (holder == null) {
            return false;
        }
        for (Element member : holder.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD) {
                continue;
            }
            String method = member.getSimpleName().toString();
            String className = Character.toUpperCase(method.charAt(0)) + method.substring(1);
            boolean matches = byClassName ? name.startsWith(className) && name.substring(className.length())
                    .chars().allMatch(Character::isDigit) : method.equals(name);
            if (matches) {
                for (VariableElement parameter : ((ExecutableElement) member).getParameters()) {
                    if (parameter.asType().toString().startsWith("dev.yieldj.Coroutine")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
