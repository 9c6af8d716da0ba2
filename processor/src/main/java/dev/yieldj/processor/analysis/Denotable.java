package dev.yieldj.processor.analysis;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Turns an inferred type (of a {@code var} local, a temporary) into one that source can spell:
 * captured wildcards back to wildcards, intersections and anonymous classes to a supertype.
 */
public final class Denotable {
    private final Types types;

    public Denotable(Types types) {
        this.types = types;
    }

    /** Whether {@code type} mentions an unresolved (not yet generated) type. */
    public static boolean hasError(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> true;
            case ARRAY -> hasError(((ArrayType) type).getComponentType());
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(Denotable::hasError);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield (wildcard.getExtendsBound() != null && hasError(wildcard.getExtendsBound()))
                        || (wildcard.getSuperBound() != null && hasError(wildcard.getSuperBound()));
            }
            default -> false;
        };
    }

    /** Whether {@code type} is an anonymous class, which no field can be declared with. */
    public static boolean isAnonymous(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && type instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && element.getNestingKind() == NestingKind.ANONYMOUS;
    }

    /** Whether {@code type} is a local class (declared in a method body). */
    public static boolean isLocalClass(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && type instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && element.getNestingKind() == NestingKind.LOCAL;
    }

    /** The local classes {@code type} names anywhere: itself, its type arguments, array components, bounds. */
    public static java.util.List<TypeElement> localClassesIn(TypeMirror type) {
        java.util.List<TypeElement> found = new java.util.ArrayList<>();
        collectLocalClasses(type, found);
        return found;
    }

    private static void collectLocalClasses(TypeMirror type, java.util.List<TypeElement> found) {
        switch (type.getKind()) {
            case ARRAY -> collectLocalClasses(((ArrayType) type).getComponentType(), found);
            case DECLARED -> {
                if (isLocalClass(type)) {
                    found.add((TypeElement) ((DeclaredType) type).asElement());
                }
                ((DeclaredType) type).getTypeArguments().forEach(argument -> collectLocalClasses(argument, found));
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    collectLocalClasses(wildcard.getExtendsBound(), found);
                }
                if (wildcard.getSuperBound() != null) {
                    collectLocalClasses(wildcard.getSuperBound(), found);
                }
            }
            default -> {}
        }
    }

    /** A denotable supertype of {@code type} (the type itself when it is denotable). */
    public TypeMirror of(TypeMirror type) {
        switch (type.getKind()) {
            case TYPEVAR -> {
                if (isCaptured(type)) {
                    return of(((TypeVariable) type).getUpperBound());
                }
                return type;
            }
            case INTERSECTION -> {
                return of(((IntersectionType) type).getBounds().get(0));
            }
            case ARRAY -> {
                return types.getArrayType(of(((ArrayType) type).getComponentType()));
            }
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                if (element.getNestingKind() == NestingKind.ANONYMOUS) {
                    List<? extends TypeMirror> supertypes = types.directSupertypes(type);
                    TypeMirror chosen = supertypes.get(supertypes.size() - 1);
                    return of(chosen);
                }
                List<? extends TypeMirror> arguments = declared.getTypeArguments();
                if (arguments.isEmpty() || arguments.stream().noneMatch(this::needsWork)) {
                    return type;
                }
                TypeMirror[] fixed = arguments.stream().map(this::argument).toArray(TypeMirror[]::new);
                TypeMirror enclosing = declared.getEnclosingType();
                if (enclosing.getKind() == TypeKind.DECLARED
                        && !((DeclaredType) enclosing).getTypeArguments().isEmpty()
                        && element.getKind() != ElementKind.INTERFACE
                        && !element.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
                    return types.getDeclaredType((DeclaredType) of(enclosing), element, fixed);
                }
                return types.getDeclaredType(element, fixed);
            }
            default -> {
                return type;
            }
        }
    }

    private boolean needsWork(TypeMirror type) {
        return switch (type.getKind()) {
            case TYPEVAR -> isCaptured(type);
            case INTERSECTION -> true;
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(this::needsWork)
                    || isAnonymous(type);
            case ARRAY -> needsWork(((ArrayType) type).getComponentType());
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield (wildcard.getExtendsBound() != null && needsWork(wildcard.getExtendsBound()))
                        || (wildcard.getSuperBound() != null && needsWork(wildcard.getSuperBound()));
            }
            default -> false;
        };
    }

    /** A type argument that source can spell: a captured variable becomes a wildcard. */
    private TypeMirror argument(TypeMirror type) {
        if (type.getKind() == TypeKind.TYPEVAR && isCaptured(type)) {
            TypeVariable variable = (TypeVariable) type;
            TypeMirror lower = variable.getLowerBound();
            if (lower != null && lower.getKind() != TypeKind.NULL && lower.getKind() != TypeKind.NONE) {
                return types.getWildcardType(null, of(lower));
            }
            TypeMirror upper = of(variable.getUpperBound());
            boolean isObject = upper.toString().equals("java.lang.Object");
            return types.getWildcardType(isObject ? null : upper, null);
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            TypeMirror upper = wildcard.getExtendsBound();
            TypeMirror lower = wildcard.getSuperBound();
            return types.getWildcardType(upper == null ? null : of(upper), lower == null ? null : of(lower));
        }
        return of(type);
    }

    private static boolean isCaptured(TypeMirror type) {
        return type.getKind() == TypeKind.TYPEVAR && type.toString().contains("capture#");
    }
}
