package dev.yieldj.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.yieldj.processor.ir.JavaType;

/** The processor's types as JavaPoet's, which import the classes they name. */
final class PoetTypes {
    private PoetTypes() {}

    static TypeName of(JavaType type) {
        if (type instanceof JavaType.Primitive primitive) {
            return primitive(primitive.keyword());
        }
        if (type instanceof JavaType.Named named) {
            return className(named);
        }
        if (type instanceof JavaType.Parameterized parameterized) {
            TypeName[] arguments = parameterized.arguments().stream().map(PoetTypes::of).toArray(TypeName[]::new);
            if (parameterized.owner() != null) {
                return ((ParameterizedTypeName) of(parameterized.owner()))
                        .nestedClass(parameterized.raw().simpleName(), java.util.List.of(arguments));
            }
            return ParameterizedTypeName.get(className(parameterized.raw()), arguments);
        }
        if (type instanceof JavaType.ArrayOf array) {
            return ArrayTypeName.of(of(array.component()));
        }
        if (type instanceof JavaType.Wildcard wildcard) {
            if (wildcard.bound() == null) {
                return WildcardTypeName.subtypeOf(Object.class);
            }
            return wildcard.upper()
                    ? WildcardTypeName.subtypeOf(of(wildcard.bound()))
                    : WildcardTypeName.supertypeOf(of(wildcard.bound()));
        }
        return TypeVariableName.get(((JavaType.Variable) type).name());
    }

    static ClassName className(JavaType.Named named) {
        java.util.List<String> names = named.names();
        return ClassName.get(named.packageName(), names.get(0),
                names.subList(1, names.size()).toArray(String[]::new));
    }

    private static TypeName primitive(String keyword) {
        return switch (keyword) {
            case "boolean" -> TypeName.BOOLEAN;
            case "byte" -> TypeName.BYTE;
            case "short" -> TypeName.SHORT;
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "char" -> TypeName.CHAR;
            case "float" -> TypeName.FLOAT;
            case "double" -> TypeName.DOUBLE;
            default -> TypeName.VOID;
        };
    }
}
