package dev.yieldj.processor.analysis;

import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * How the generated code spells the types of the template: javac's type mirrors and type trees
 * become {@link JavaType}s (inferred types made denotable first), and the types of managed locals
 * are decided, including those only the resume method can name.
 */
public final class TypeSpelling {

    /**
     * How a managed local is declared: {@code type} as its declaration in the resume method
     * spells it; {@code fieldType} the type of its field when that must differ (a local class
     * only the resume method sees), else null; {@code unnameable} set when no field can have it;
     * {@code localClassUses} the local classes the written type names.
     */
    public record LocalType(Code type, Code fieldType, Unnameable unnameable,
            List<Translation.LocalClassUse> localClassUses) {
        public LocalType {
            localClassUses = List.copyOf(localClassUses);
        }

        public static LocalType of(Code type) {
            return new LocalType(type, null, null, List.of());
        }
    }

    /**
     * A local whose type no field can have, with where it is declared and what to report if it
     * lives across a yield (null: already reported, by javac or by an earlier check).
     */
    public record Unnameable(Tree declaration, String problem) {}

    private final Trees trees;
    private final Types types;
    private final Denotable denotable;
    private final Translator translator;
    private final String packageName;

    public TypeSpelling(Trees trees, Types types, Translator translator, String packageName) {
        this.trees = trees;
        this.types = types;
        this.denotable = new Denotable(types);
        this.translator = translator;
        this.packageName = packageName;
    }

    /** {@code type} as it is (it must be denotable). */
    public static JavaType of(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID, NONE -> {
                return new JavaType.Primitive(type.getKind() == TypeKind.NONE
                        ? "void"
                        : type.getKind().name().toLowerCase(java.util.Locale.ROOT));
            }
            case ARRAY -> {
                return new JavaType.ArrayOf(of(((ArrayType) type).getComponentType()));
            }
            case TYPEVAR -> {
                return new JavaType.Variable(((TypeVariable) type).asElement().getSimpleName().toString());
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return JavaType.Wildcard.extending(of(wildcard.getExtendsBound()));
                }
                return wildcard.getSuperBound() == null
                        ? JavaType.Wildcard.ANY
                        : new JavaType.Wildcard(of(wildcard.getSuperBound()), false);
            }
            case DECLARED, ERROR -> {
                return declared((DeclaredType) type);
            }
            default -> throw new IllegalArgumentException("no spelling for the type " + type);
        }
    }

    private static JavaType declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        JavaType.Named raw = named(element);
        TypeMirror enclosingType = type.getEnclosingType();
        JavaType enclosing = enclosingType.getKind() != TypeKind.NONE
                && !element.getModifiers().contains(Modifier.STATIC) ? of(enclosingType) : null;
        JavaType.Parameterized owner = enclosing instanceof JavaType.Parameterized p ? p : null;
        if (type.getTypeArguments().isEmpty() && owner == null) {
            return raw;
        }
        List<JavaType> arguments = new ArrayList<>();
        for (TypeMirror argument : type.getTypeArguments()) {
            arguments.add(of(argument));
        }
        return new JavaType.Parameterized(owner, raw, arguments);
    }

    /** The class {@code element} declares, by its package and nesting. */
    public static JavaType.Named named(TypeElement element) {
        List<String> names = new ArrayList<>();
        Element at = element;
        while (at instanceof TypeElement type) {
            names.add(0, type.getSimpleName().toString());
            at = type.getEnclosingElement();
        }
        while (at != null && !(at instanceof PackageElement)) {
            at = at.getEnclosingElement();
        }
        String pkg = at == null ? "" : ((PackageElement) at).getQualifiedName().toString();
        return new JavaType.Named(pkg, names);
    }

    /** An inferred type as the generated code spells it: denotable, a union as its common superclass. */
    public Code typeCode(TypeMirror type) {
        if (type instanceof UnionType union) {
            return typeCode(commonSuperclass(union));
        }
        return Code.type(of(denotable.of(type)));
    }

    private TypeMirror commonSuperclass(UnionType union) {
        List<? extends TypeMirror> alternatives = union.getAlternatives();
        TypeMirror candidate = alternatives.get(0);
        while (true) {
            TypeMirror erased = types.erasure(candidate);
            boolean all = true;
            for (TypeMirror alternative : alternatives) {
                all &= types.isSubtype(alternative, erased);
            }
            if (all) {
                return candidate;
            }
            candidate = ((TypeElement) types.asElement(candidate)).getSuperclass();
        }
    }

    /**
     * The type of the managed local {@code declaration} declares. {@code hoistedClasses}: the local
     * classes declared at the top of the resume method, which every state can name there;
     * {@code managed}: the variables managed so far, for translating the type as written.
     */
    public LocalType localType(TreePath declaration, VariableElement element, Set<Element> hoistedClasses,
            ManagedVariables managed) {
        TypeMirror type = element.asType();
        VariableTree tree = (VariableTree) declaration.getLeaf();
        boolean declaredWithVar = isDeclaredWithVar(tree);
        if (Denotable.hasError(type)) {
            JavaType written = declaredWithVar ? null : writtenType(new TreePath(declaration, tree.getType()));
            // a type that does not resolve: javac reports it at the declaration
            return written != null ? LocalType.of(Code.type(written))
                    : unnameable(tree, Translation.of(Code.text("var")), null);
        }
        List<TypeElement> nestedLocals = Denotable.localClassesIn(type);
        if (!nestedLocals.isEmpty() && hoistedClasses.containsAll(nestedLocals)) {
            // P, List<P>, P[], Supplier<P>: only the resume method can name P; the field holds an Object
            Translation written = declaredWithVar
                    ? Translation.of(spelled(type))
                    : translator.translate(new TreePath(declaration, tree.getType()), managed);
            return new LocalType(written.code(), Code.type(JavaType.Named.OBJECT), null, written.localClassUses());
        }
        if (declaredWithVar && Denotable.isAnonymous(type)) {
            // AnonymousVars reports it at the declaration
            return unnameable(tree, Translation.of(Code.text("var")), null);
        }
        if (!nestedLocals.isEmpty()) {
            Translation written = declaredWithVar
                    ? Translation.of(Code.text("var"))
                    : translator.translate(new TreePath(declaration, tree.getType()), managed);
            return unnameable(tree, written, Messages.LOCAL_CLASS_TYPE_ACROSS_YIELD.format(tree.getName()));
        }
        return LocalType.of(typeCode(type));
    }

    private static LocalType unnameable(VariableTree tree, Translation type, String problem) {
        return new LocalType(type.code(), null, new Unnameable(tree, problem), type.localClassUses());
    }

    /** {@code type} as source, local classes by their simple names (they are in scope in the resume method). */
    private Code spelled(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return spelled(((ArrayType) type).getComponentType()).then("[]");
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                Code raw = Denotable.isLocalClass(type)
                        ? Code.text(element.getSimpleName().toString())
                        : Code.type(named(element));
                if (declared.getTypeArguments().isEmpty()) {
                    return raw;
                }
                Code arguments = Code.EMPTY;
                for (TypeMirror argument : declared.getTypeArguments()) {
                    arguments = arguments.isEmpty() ? spelled(argument) : arguments.then(", ", spelled(argument));
                }
                return raw.then("<", arguments, ">");
            }
            case WILDCARD: {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return Code.text("? extends ").then(spelled(wildcard.getExtendsBound()));
                }
                if (wildcard.getSuperBound() != null) {
                    return Code.text("? super ").then(spelled(wildcard.getSuperBound()));
                }
                return Code.text("?");
            }
            default:
                return typeCode(type);
        }
    }

    /** Whether a local is declared with {@code var} (whose type tree javac synthesizes). */
    private boolean isDeclaredWithVar(VariableTree tree) {
        Tree type = tree.getType();
        if (type == null) {
            return true;
        }
        long start = translator.start(type);
        long end = translator.end(type);
        return start < 0 || end <= start || translator.rawText(type).equals("var");
    }

    /** The type a type tree names, built from its syntax where it names types not generated yet. */
    private JavaType writtenType(TreePath path) {
        Tree tree = path.getLeaf();
        TypeMirror mirror = trees.getTypeMirror(path);
        if (mirror != null && !Denotable.hasError(mirror) && mirror.getKind() != TypeKind.PACKAGE) {
            return of(denotable.of(mirror));
        }
        switch (tree.getKind()) {
            case IDENTIFIER -> {
                String name = ((IdentifierTree) tree).getName().toString();
                JavaType.Named imported = translator.importedName(name);
                return imported != null ? imported : JavaType.Named.of(packageName, name);
            }
            case MEMBER_SELECT -> {
                return writtenMember(path, (MemberSelectTree) tree);
            }
            case PARAMETERIZED_TYPE -> {
                ParameterizedTypeTree parameterized = (ParameterizedTypeTree) tree;
                JavaType raw = writtenType(new TreePath(path, parameterized.getType()));
                List<JavaType> arguments = new ArrayList<>();
                for (Tree argument : parameterized.getTypeArguments()) {
                    JavaType argumentType = writtenType(new TreePath(path, argument));
                    if (argumentType == null) {
                        return null;
                    }
                    arguments.add(argumentType);
                }
                return raw instanceof JavaType.Named rawClass
                        ? new JavaType.Parameterized(null, rawClass, arguments)
                        : null;
            }
            case ARRAY_TYPE -> {
                JavaType component = writtenType(new TreePath(path, ((ArrayTypeTree) tree).getType()));
                return component == null ? null : new JavaType.ArrayOf(component);
            }
            case UNBOUNDED_WILDCARD -> {
                return JavaType.Wildcard.ANY;
            }
            case EXTENDS_WILDCARD, SUPER_WILDCARD -> {
                JavaType bound = writtenType(new TreePath(path, ((WildcardTree) tree).getBound()));
                return bound == null ? null : new JavaType.Wildcard(bound, tree.getKind() == Tree.Kind.EXTENDS_WILDCARD);
            }
            default -> {
                return null;
            }
        }
    }

    private JavaType writtenMember(TreePath path, MemberSelectTree select) {
        TreePath qualifier = new TreePath(path, select.getExpression());
        Element element = trees.getElement(qualifier);
        // javac takes an unresolved simple name before a dot for a package; a capitalised
        // one is a class not generated yet (XGenerators.M)
        boolean unresolvedClass = select.getExpression() instanceof IdentifierTree identifier
                && Character.isUpperCase(identifier.getName().charAt(0));
        if (element instanceof PackageElement packageElement && !unresolvedClass) {
            return JavaType.Named.of(packageElement.getQualifiedName().toString(), select.getIdentifier().toString());
        }
        JavaType outerType = writtenType(qualifier);
        return outerType instanceof JavaType.Named outerClass
                ? outerClass.nested(select.getIdentifier().toString())
                : null;
    }

    /** {@code Iterator<? extends E>} for a for-each over an {@code Iterable<E>} into {@code variable}. */
    public Code iteratorType(TypeMirror sourceType, VariableElement variable) {
        JavaType.Named iterator = JavaType.Named.of("java.util", "Iterator");
        TypeMirror element = iterableElement(sourceType);
        if (element == null) {
            TypeMirror declared = variable.asType();
            if (Denotable.hasError(declared)) {
                return Code.type(JavaType.Parameterized.of(iterator, JavaType.Wildcard.ANY));
            }
            JavaType boxed = of(denotable.of(declared)).boxed();
            return Code.type(JavaType.Parameterized.of(iterator, JavaType.Wildcard.extending(boxed)));
        }
        JavaType elementType = of(denotable.of(element));
        if (elementType instanceof JavaType.Wildcard) {
            return Code.type(JavaType.Parameterized.of(iterator, elementType));
        }
        return Code.type(JavaType.Parameterized.of(iterator, JavaType.Wildcard.extending(elementType)));
    }

    private TypeMirror iterableElement(TypeMirror type) {
        if (type == null || type.getKind() != TypeKind.DECLARED || Denotable.hasError(type)) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals("java.lang.Iterable")) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.isEmpty() ? null : arguments.get(0);
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            TypeMirror found = iterableElement(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
