package dev.yieldj.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes what users of one template see: its factory and its public, abstract state-machine
 * class, from the template's declaration alone. It is written in the first round that sees the
 * template, before any body is read, so that code anywhere in the compilation is attributed
 * against a complete generated API; the class that runs the body ({@link GeneratorClassWriter})
 * extends it one round later.
 */
public final class ApiWriter {
    private static final ClassName ITERABLE = ClassName.get(Iterable.class);
    private static final ClassName STREAM_SUPPORT = ClassName.get("java.util.stream", "StreamSupport");
    private static final ClassName SPLITERATORS = ClassName.get("java.util", "Spliterators");
    private static final ClassName SPLITERATOR = ClassName.get("java.util", "Spliterator");
    private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");

    private final Template template;
    private final ClassName outer;
    private final ClassName bodies;
    private final MachineBase base;
    private final String receiver;
    private final TypeName elementType;
    private final TypeName valueType;
    private final TypeName selfType;

    /**
     * @param outer the generated API class ({@code XGenerators})
     * @param bodies the generated class holding the bodies ({@code XGeneratorsBodies})
     */
    public ApiWriter(Template template, ClassName outer, ClassName bodies, MachineBase base,
            Set<String> templateNames) {
        this.template = template;
        this.outer = outer;
        this.bodies = bodies;
        this.base = base;
        Names names = new Names(templateNames, base.reservedNames());
        this.receiver = template.isStatic() ? null : names.internal("receiver");
        SinkKind sink = template.sink();
        this.elementType = template.elementType();
        this.valueType = sink.isPrimitive() ? sink.primitive() : elementType;
        this.selfType = template.generatedType(outer);
    }

    /** The static factory: creates the body's state machine, typed as the public class. */
    public MethodSpec factory() {
        MethodSpec.Builder factory = MethodSpec.methodBuilder(template.methodName())
                .addModifiers(Modifier.STATIC)
                .addTypeVariables(template.typeVariables())
                .returns(selfType);
        if (template.isPublic()) {
            factory.addModifiers(Modifier.PUBLIC);
        }
        if (!template.javadoc().isEmpty()) {
            factory.addJavadoc("$L", template.javadoc());
        }
        if (template.safeVarargs()) {
            factory.addAnnotation(SafeVarargs.class);
            factory.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "varargs")
                    .build());
        }
        List<String> arguments = new ArrayList<>();
        if (receiver != null) {
            factory.addParameter(ParameterSpec.builder(template.receiverType(), receiver).build());
            arguments.add(receiver);
        }
        for (Template.Parameter parameter : template.parameters()) {
            factory.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
            arguments.add(parameter.name());
        }
        factory.varargs(template.varargs());
        factory.addStatement("return new $T$L($L)", bodies.nestedClass(template.className()),
                template.typeVariables().isEmpty() ? "" : "<>", String.join(", ", arguments));
        return factory.build();
    }

    /** The public state-machine class: the protocol users call; the body's class extends it. */
    public TypeSpec type() {
        SinkKind sink = template.sink();
        TypeSpec.Builder type = TypeSpec.classBuilder(template.className())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
                .addTypeVariables(template.typeVariables())
                .superclass(ParameterizedTypeName.get(base.name, elementType))
                .addJavadoc("The state machine of {@link $T#$L}: a lazy iterator over what the template yields.\n",
                        template.holder(), template.methodName());
        if (sink.isPrimitive()) {
            type.addSuperinterface(sink.primitiveIterator());
        }
        type.addSuperinterface(ParameterizedTypeName.get(ITERABLE, elementType));
        if (!template.suppressedWarnings().isEmpty()) {
            AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
            for (String warning : template.suppressedWarnings()) {
                suppress.addMember("value", "$S", warning);
            }
            type.addAnnotation(suppress.build());
        }
        type.addMethod(MethodSpec.constructorBuilder().build()); // package-private: only the body class extends it
        type.addMethod(MethodSpec.methodBuilder("iterator")
                .addJavadoc("This generator when first asked while unstarted, else a fresh one over the same arguments.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(selfType)
                .build());
        type.addMethod(stream());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + status()", outer.simpleName() + "." + template.methodName())
                .build());
        if (sink == SinkKind.COROUTINE) {
            type.addMethod(send());
            type.addMethod(throwInto());
        }
        if (template.returnType() != null) {
            type.addMethod(MethodSpec.methodBuilder("returnValue")
                    .addJavadoc("The value of the template's ending {@code return} (Python {@code"
                            + " StopIteration.value}).\n\n"
                            + "@throws IllegalStateException if the generator has not returned (yet)\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(template.returnType())
                    .build());
        }
        return type.build();
    }

    private MethodSpec send() {
        return MethodSpec.methodBuilder("send")
                .addJavadoc("Resumes the coroutine with {@code value} as the result of the suspended {@code yield}"
                        + " (Python {@code send});\na generator it delegates to through {@code yieldAll} gets it.\n\n"
                        + "@return the next value yielded\n"
                        + "@throws NoSuchElementException if the body ends instead of yielding\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addParameter(template.sentType(), "value")
                .addStatement("checkNotBuffered()")
                .addStatement("if ($N == FINISHED) throw new $T()", MachineBase.STATE, NoSuchElementException.class)
                .addStatement("if ($N == 0 && value != null) throw new $T($S)", MachineBase.STATE,
                        IllegalStateException.class, "can't send a non-null value to a just-started generator")
                .addStatement("if (!run(value, null)) throw new $T()", NoSuchElementException.class)
                .addStatement("return take()")
                .build();
    }

    private MethodSpec throwInto() {
        return MethodSpec.methodBuilder("throwInto")
                .addJavadoc("Raises {@code exception} where the body is suspended (Python {@code throw}); on an"
                        + " unstarted or finished\ngenerator it is rethrown without running the body.\n\n"
                        + "@return the next value yielded if the body catches the exception and goes on\n"
                        + "@throws NoSuchElementException if the body ends instead of yielding\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addParameter(RuntimeException.class, "exception")
                .addStatement("checkNotBuffered()")
                .beginControlFlow("if ($N == 0 || $N == FINISHED)", MachineBase.STATE, MachineBase.STATE)
                .addStatement("$N = FINISHED", MachineBase.STATE)
                .addStatement("throw exception")
                .endControlFlow()
                .addStatement("if (!run(null, exception)) throw new $T()", NoSuchElementException.class)
                .addStatement("return take()")
                .build();
    }

    private MethodSpec stream() {
        SinkKind sink = template.sink();
        TypeName streamType = sink.isPrimitive()
                ? sink.primitiveStream()
                : ParameterizedTypeName.get(STREAM, elementType);
        String factory = sink.isPrimitive()
                ? sink.primitive().toString() + "Stream"
                : "stream";
        return MethodSpec.methodBuilder("stream")
                .addJavadoc("The remaining values as a sequential, ordered stream; closing it closes this generator.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(streamType)
                .addStatement("return $T.$L($T.spliteratorUnknownSize(this, $T.ORDERED), false).onClose(this::close)",
                        STREAM_SUPPORT, factory, SPLITERATORS, SPLITERATOR)
                .build();
    }
}
