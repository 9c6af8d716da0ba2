package dev.yieldj.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;

/**
 * What a {@code @Generator} method declares: everything the generated class needs to know about
 * the template besides its body.
 *
 * @param holder the type declaring the template
 * @param methodName the template's name (also the factory's)
 * @param className the simple name of the generated state-machine class
 * @param isStatic whether the template is static (else the factory takes the receiver first)
 * @param isPublic whether the factory is public
 * @param typeVariables the type variables of the generated class: the holder's (for instance
 *     templates) then the method's
 * @param receiverType the holder type as the receiver parameter spells it (instance templates)
 * @param parameters the template's parameters minus the sink, in order
 * @param sink the sink's kind
 * @param elementType the type of the values yielded (boxed for reference sinks)
 * @param sentType the type of the values sent in ({@code Coroutine} only, else null)
 * @param returnType the template's return type, or null when it is void
 * @param javadoc the template's javadoc, or empty
 * @param suppressedWarnings the template's {@code @SuppressWarnings} values
 * @param safeVarargs whether the template is {@code @SafeVarargs}
 * @param varargs whether the template's last parameter (besides the sink) is varargs
 * @param sourceFile the simple name of the template's source file
 * @param line the template's line in that file
 * @param runsOtherCode whether the body may run code not its own (true until the body is read)
 */
public record Template(
        ClassName holder,
        String methodName,
        String className,
        boolean isStatic,
        boolean isPublic,
        List<TypeVariableName> typeVariables,
        TypeName receiverType,
        List<Parameter> parameters,
        SinkKind sink,
        TypeName elementType,
        TypeName sentType,
        TypeName returnType,
        String javadoc,
        List<String> suppressedWarnings,
        boolean safeVarargs,
        boolean varargs,
        String sourceFile,
        long line,
        boolean runsOtherCode) {

    /** A parameter of the template, other than the sink. */
    public record Parameter(String name, TypeName type) {}

    /** This template, its generated class also suppressing {@code warnings}. */
    public Template alsoSuppressing(java.util.Collection<String> warnings) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(suppressedWarnings);
        all.addAll(warnings);
        return new Template(holder, methodName, className, isStatic, isPublic, typeVariables, receiverType, parameters,
                sink, elementType, sentType, returnType, javadoc, List.copyOf(all), safeVarargs, varargs, sourceFile,
                line, runsOtherCode);
    }

    /**
     * This template, its body known to run only its own code ({@code false}: no method, constructor or
     * class initializer, through which it could resume its own generator) or not.
     */
    public Template runningOtherCode(boolean runsOtherCode) {
        return new Template(holder, methodName, className, isStatic, isPublic, typeVariables, receiverType, parameters,
                sink, elementType, sentType, returnType, javadoc, suppressedWarnings, safeVarargs, varargs, sourceFile,
                line, runsOtherCode);
    }

    /** The generated class's type, with its type variables. */
    public TypeName generatedType(ClassName outer) {
        ClassName raw = outer.nestedClass(className);
        return typeVariables.isEmpty()
                ? raw
                : com.palantir.javapoet.ParameterizedTypeName.get(raw, typeVariables.toArray(TypeName[]::new));
    }
}
