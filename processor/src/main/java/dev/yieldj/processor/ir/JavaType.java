package dev.yieldj.processor.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A type as the generated code spells it: the processor's own small value, so that the passes
 * after analysis depend neither on javac's type mirrors nor on the emitter's type names. Named
 * classes stay symbolic until emission, which imports them.
 */
public sealed interface JavaType {

    /** {@code int}, {@code boolean}, ... ({@code void} too, for return types). */
    record Primitive(String keyword) implements JavaType {
        public static final Primitive INT = new Primitive("int");
        public static final Primitive BOOLEAN = new Primitive("boolean");

        /** The wrapper class of this primitive. */
        public Named box() {
            String wrapper = switch (keyword) {
                case "int" -> "Integer";
                case "char" -> "Character";
                default -> Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
            };
            return Named.of("java.lang", wrapper);
        }
    }

    /** A class or interface, without type arguments: {@code names} outermost first. */
    record Named(String packageName, List<String> names) implements JavaType {
        public static final Named OBJECT = of("java.lang", "Object");

        public Named {
            names = List.copyOf(names);
        }

        public static Named of(String packageName, String... names) {
            return new Named(packageName, List.of(names));
        }

        /** A class named by its qualified name: the first capitalised part is the outermost class. */
        public static Named bestGuess(String qualified) {
            String[] parts = qualified.split("\\.");
            int first = 0;
            while (first < parts.length - 1 && !Character.isUpperCase(parts[first].charAt(0))) {
                first++;
            }
            return new Named(String.join(".", List.of(parts).subList(0, first)),
                    List.of(parts).subList(first, parts.length));
        }

        /** The member class {@code name} of this class. */
        public Named nested(String name) {
            List<String> nested = new ArrayList<>(names);
            nested.add(name);
            return new Named(packageName, nested);
        }

        /** The class this one is a member of, or null for a top-level class. */
        public Named enclosing() {
            return names.size() == 1 ? null : new Named(packageName, names.subList(0, names.size() - 1));
        }

        public String simpleName() {
            return names.get(names.size() - 1);
        }
    }

    /**
     * {@code raw<arguments>}; {@code owner} is the parameterized class {@code raw} is an inner
     * class of ({@code Outer<T>.Inner<U>}), else null.
     */
    record Parameterized(Parameterized owner, Named raw, List<JavaType> arguments) implements JavaType {
        public Parameterized {
            arguments = List.copyOf(arguments);
        }

        public static Parameterized of(Named raw, JavaType... arguments) {
            return new Parameterized(null, raw, List.of(arguments));
        }
    }

    /** {@code component[]}. */
    record ArrayOf(JavaType component) implements JavaType {}

    /** {@code ?}, {@code ? extends bound} ({@code upper}) or {@code ? super bound}; bound null for {@code ?}. */
    record Wildcard(JavaType bound, boolean upper) implements JavaType {
        public static final Wildcard ANY = new Wildcard(null, true);

        public static Wildcard extending(JavaType bound) {
            return new Wildcard(bound, true);
        }
    }

    /** A type variable, by name. */
    record Variable(String name) implements JavaType {}

    /** The type as source spells it, classes by their canonical names. */
    default String canonical() {
        if (this instanceof Primitive primitive) {
            return primitive.keyword();
        }
        if (this instanceof Named named) {
            String simple = String.join(".", named.names());
            return named.packageName().isEmpty() ? simple : named.packageName() + "." + simple;
        }
        if (this instanceof Parameterized parameterized) {
            StringBuilder out = new StringBuilder(parameterized.owner() == null
                    ? parameterized.raw().canonical()
                    : parameterized.owner().canonical() + "." + parameterized.raw().simpleName());
            if (parameterized.arguments().isEmpty()) {
                return out.toString();
            }
            out.append('<');
            for (int i = 0; i < parameterized.arguments().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(parameterized.arguments().get(i).canonical());
            }
            return out.append('>').toString();
        }
        if (this instanceof ArrayOf array) {
            return array.component().canonical() + "[]";
        }
        if (this instanceof Wildcard wildcard) {
            return wildcard.bound() == null ? "?"
                    : (wildcard.upper() ? "? extends " : "? super ") + wildcard.bound().canonical();
        }
        return ((Variable) this).name();
    }

    /** This type with primitives boxed. */
    default JavaType boxed() {
        return this instanceof Primitive primitive ? primitive.box() : this;
    }

    /** Whether a cast to this type is checked at run time (no type arguments or variables). */
    default boolean isReifiable() {
        if (this instanceof ArrayOf array) {
            return array.component().isReifiable();
        }
        return this instanceof Primitive || this instanceof Named;
    }
}
