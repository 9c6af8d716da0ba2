package dev.yieldj.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import javax.lang.model.element.Modifier;

/**
 * The body class of a template whose body has errors: the errors are reported already, and this
 * stub only keeps the generated API compiling, so that no error lies in a generated file. A
 * compilation with it never succeeds, so it never runs.
 */
public final class StubWriter {
    private StubWriter() {}

    public static TypeSpec type(Template template, ClassName api, MachineBase base) {
        String message = "not generated: the template has compile errors";
        TypeSpec.Builder type = TypeSpec.classBuilder(template.className())
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addTypeVariables(template.typeVariables())
                .superclass(template.generatedType(api));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        if (!template.isStatic()) {
            constructor.addParameter(template.receiverType(), "receiver");
        }
        for (Template.Parameter parameter : template.parameters()) {
            constructor.addParameter(parameter.type(), parameter.name());
        }
        type.addMethod(constructor.varargs(template.varargs()).build());
        type.addMethod(failing(MethodSpec.methodBuilder("iterator").addModifiers(Modifier.PUBLIC)
                .returns(template.generatedType(api)), message));
        type.addMethod(failing(MethodSpec.methodBuilder("hasNext").addModifiers(Modifier.PUBLIC)
                .returns(boolean.class), message));
        type.addMethod(failing(MethodSpec.methodBuilder("next").addModifiers(Modifier.PUBLIC)
                .returns(template.elementType()), message));
        if (base.parts().resumes()) {
            type.addMethod(failing(MethodSpec.methodBuilder("advance").returns(int.class), message));
        }
        SinkKind sink = template.sink();
        if (sink.isPrimitive()) {
            type.addMethod(failing(MethodSpec.methodBuilder(sink.primitiveNext()).addModifiers(Modifier.PUBLIC)
                    .returns(sink.primitive()), message));
        }
        if (template.returnType() != null) {
            type.addMethod(failing(MethodSpec.methodBuilder("returnValue").addModifiers(Modifier.PUBLIC)
                    .returns(template.returnType()), message));
        }
        return type.build();
    }

    private static MethodSpec failing(MethodSpec.Builder method, String message) {
        return method.addAnnotation(Override.class)
                .addStatement("throw new $T($S)", IllegalStateException.class, message)
                .build();
    }
}
