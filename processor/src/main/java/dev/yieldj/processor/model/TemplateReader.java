package dev.yieldj.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.yieldj.processor.check.Diagnostics;
import dev.yieldj.processor.check.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads what a {@code @Generator} method declares into a {@link Template}, reporting what is wrong. */
public final class TemplateReader {
    private final Elements elements;
    private final Diagnostics diagnostics;

    public TemplateReader(Elements elements, Diagnostics diagnostics) {
        this.elements = elements;
        this.diagnostics = diagnostics;
    }

    /** The sink parameter of {@code method}, if it has exactly one; else reports and returns empty. */
    public Optional<VariableElement> sink(ExecutableElement method) {
        List<VariableElement> sinks = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            if (sinkKind(parameter.asType()).isPresent()) {
                sinks.add(parameter);
            }
        }
        if (sinks.isEmpty()) {
            diagnostics.error(method, Messages.NO_SINK.format());
            return Optional.empty();
        }
        if (sinks.size() > 1) {
            diagnostics.error(sinks.get(1), Messages.SECOND_SINK.format(sinks.get(1).getSimpleName()));
            return Optional.empty();
        }
        return Optional.of(sinks.get(0));
    }

    /** The sink kind of {@code type}, if it is one of the sink interfaces. */
    public Optional<SinkKind> sinkKind(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return SinkKind.of(element.getQualifiedName().toString());
    }

    /** Reads the template; empty (with errors reported) when its declaration cannot be generated. */
    public Optional<Template> read(
            ExecutableElement method, VariableElement sink, String className, String sourceFile, long line) {
        TypeElement holder = (TypeElement) method.getEnclosingElement();
        boolean ok = declarationIsGeneratable(method, holder);
        boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
        SinkKind kind = sinkKind(sink.asType()).orElseThrow();
        Optional<SinkTypes> sinkTypes = sinkTypes(sink, kind);
        if (!ok || sinkTypes.isEmpty()) {
            return Optional.empty();
        }
        TypeName elementType = sinkTypes.get().element();
        TypeName sentType = sinkTypes.get().sent();
        List<TypeVariableName> typeVariables = new ArrayList<>();
        TypeName receiverType = isStatic ? TypeName.get(holder.asType()) : holderTypeVariables(method, holder, typeVariables);
        for (TypeParameterElement parameter : method.getTypeParameters()) {
            typeVariables.add(TypeVariableName.get(parameter));
        }
        List<Template.Parameter> parameters = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            if (!parameter.equals(sink)) {
                parameters.add(new Template.Parameter(parameter.getSimpleName().toString(),
                        TypeName.get(parameter.asType())));
            }
        }
        List<? extends VariableElement> all = method.getParameters();
        boolean varargs = method.isVarArgs() && !all.get(all.size() - 1).equals(sink);
        TypeName returnType = method.getReturnType().getKind() == TypeKind.VOID
                ? null
                : TypeName.get(method.getReturnType());
        return Optional.of(new Template(
                ClassName.get(holder),
                method.getSimpleName().toString(),
                className,
                isStatic,
                method.getModifiers().contains(Modifier.PUBLIC),
                typeVariables,
                receiverType,
                parameters,
                kind,
                elementType,
                sentType,
                returnType,
                javadoc(method, sink),
                suppressedWarnings(method),
                hasAnnotation(method, "java.lang.SafeVarargs"),
                varargs,
                sourceFile,
                line,
                true));
    }

    /** Whether the method can be generated from where it is declared; reports why not. */
    private boolean declarationIsGeneratable(ExecutableElement method, TypeElement holder) {
        boolean ok = true;
        if (method.getModifiers().contains(Modifier.ABSTRACT) || method.getModifiers().contains(Modifier.NATIVE)) {
            diagnostics.error(method, Messages.NO_BODY.format());
            ok = false;
        }
        for (var enclosing = holder; enclosing != null;
                enclosing = enclosing.getEnclosingElement() instanceof TypeElement outer ? outer : null) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                diagnostics.error(method, Messages.PRIVATE_ENCLOSING_TYPE.format(enclosing.getSimpleName()));
                ok = false;
            }
            if (enclosing.getNestingKind().isNested() && enclosing.getNestingKind() != javax.lang.model.element.NestingKind.MEMBER) {
                diagnostics.error(method, Messages.LOCAL_HOLDER.format());
                ok = false;
                break;
            }
        }
        boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
        if (!isStatic && holder.getNestingKind().isNested() && !holder.getModifiers().contains(Modifier.STATIC)
                && holder.getKind().isClass()) {
            diagnostics.error(method, Messages.INNER_INSTANCE_TEMPLATE.format(holder.getSimpleName()));
            ok = false;
        }
        return ok;
    }

    /** The element type a sink yields (boxed) and the type a coroutine is sent; reports what is wrong. */
    private record SinkTypes(TypeName element, TypeName sent) {}

    private Optional<SinkTypes> sinkTypes(VariableElement sink, SinkKind kind) {
        List<? extends TypeMirror> sinkArguments = ((DeclaredType) sink.asType()).getTypeArguments();
        TypeName elementType;
        TypeName sentType = null;
        if (kind.isPrimitive()) {
            elementType = kind.primitive().box();
        } else if (sinkArguments.isEmpty()) {
            diagnostics.error(sink, Messages.RAW_SINK.format(kind.qualifiedName().substring("dev.yieldj.".length())));
            return Optional.empty();
        } else {
            TypeMirror element = sinkArguments.get(0);
            if (element.getKind() == TypeKind.WILDCARD) {
                diagnostics.error(sink, Messages.WILDCARD_ELEMENT.format());
                return Optional.empty();
            }
            elementType = TypeName.get(element).box();
            if (kind == SinkKind.COROUTINE) {
                TypeMirror sent = sinkArguments.get(1);
                if (sent.getKind() == TypeKind.WILDCARD) {
                    diagnostics.error(sink, Messages.WILDCARD_SENT.format());
                    return Optional.empty();
                }
                sentType = TypeName.get(sent);
            }
        }
        return Optional.of(new SinkTypes(elementType, sentType));
    }

    /**
     * Adds the holder's type variables to {@code typeVariables} (renamed where a method type
     * variable shadows one) and returns the receiver type that names them.
     */
    private TypeName holderTypeVariables(ExecutableElement method, TypeElement holder,
            List<TypeVariableName> typeVariables) {
        TypeName receiverType = TypeName.get(holder.asType());
        // a method type variable may shadow one of the holder's (<T> in Box<T>): the generated class
        // needs both, so the holder's gets another name there (the body cannot name it anyway)
        java.util.Set<String> shadowing = new java.util.HashSet<>();
        method.getTypeParameters().forEach(parameter -> shadowing.add(parameter.getSimpleName().toString()));
        List<TypeName> receiverArguments = new ArrayList<>();
        for (TypeParameterElement parameter : holder.getTypeParameters()) {
            TypeVariableName variable = TypeVariableName.get(parameter);
            if (shadowing.contains(variable.name())) {
                String name = variable.name() + holder.getSimpleName();
                while (shadowing.contains(name)) {
                    name = name + "_";
                }
                variable = TypeVariableName.get(name, variable.bounds().toArray(TypeName[]::new));
            }
            typeVariables.add(variable);
            receiverArguments.add(variable);
        }
        if (!receiverArguments.isEmpty() && !typeVariables.stream().map(TypeVariableName::name)
                .toList().equals(holder.getTypeParameters().stream().map(p -> p.getSimpleName().toString())
                        .toList())) {
            receiverType = com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(holder),
                    receiverArguments.toArray(TypeName[]::new));
        }
        return receiverType;
    }

    private String javadoc(ExecutableElement method, VariableElement sink) {
        String doc = elements.getDocComment(method);
        if (doc == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : doc.split("\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("@")) {
                skipping = trimmed.startsWith("@param " + sink.getSimpleName() + " ")
                        || trimmed.equals("@param " + sink.getSimpleName())
                        || trimmed.startsWith("@return");
            }
            if (!skipping) {
                out.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
            }
        }
        return out.toString().strip() + "\n";
    }

    private List<String> suppressedWarnings(ExecutableElement method) {
        List<String> warnings = new ArrayList<>();
        for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals("java.lang.SuppressWarnings")) {
                for (var entry : annotation.getElementValues().entrySet()) {
                    Object value = entry.getValue().getValue();
                    if (value instanceof List<?> list) {
                        for (Object item : list) {
                            warnings.add(String.valueOf(((AnnotationValue) item).getValue()));
                        }
                    }
                }
            }
        }
        return warnings;
    }

    private boolean hasAnnotation(ExecutableElement method, String name) {
        for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(name)) {
                return true;
            }
        }
        return false;
    }
}
