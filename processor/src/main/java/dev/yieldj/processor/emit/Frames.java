package dev.yieldj.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.yieldj.processor.ir.LocalVar;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A template that delegates to a fresh generator of itself ({@code out.yieldAll(XGenerators.same(..))},
 * a tree walk) runs each level as a frame of one state machine instead of one generator object per
 * level: the delegating frame's state and variables are saved on an explicit stack (one array per
 * variable, grown by doubling: no allocation per level), the new frame starts at state 0 with the
 * call's arguments, and when it ends the saved frame is restored where its {@code yieldAll} resumes.
 * A recursion that is the last thing its frame does saves nothing (a tail call); when every one is,
 * there is no stack at all.
 * Used when nothing else needs the inner generator as an object: no {@code catch} or {@code finally}
 * around any code (an exception simply ends every frame, as it would end every generator), no
 * coroutine.
 */
final class Frames {
    private static final int INITIAL_DEPTH = 8;

    private final BodyNames n;
    /** The fields each frame has its own of, with their types. */
    private final Map<String, TypeName> saved = new LinkedHashMap<>();
    /** The field counting the frames that wait. */
    private final String waiting;
    private final String stateStack;
    private final Map<String, String> stacks = new LinkedHashMap<>();

    Frames(BodyNames names, Map<LocalVar, TypeName> fieldTypes, boolean returns) {
        this.n = names;
        fieldTypes.forEach((var, type) -> saved.put(n.varNames.get(var), type));
        if (returns) {
            saved.put(n.returned, TypeName.BOOLEAN);
        }
        // not "depth", which a recursive template often has for a variable of its own
        this.waiting = n.names.internal("waitingFrames");
        this.stateStack = n.names.internal("stateFrames");
        for (String field : saved.keySet()) {
            stacks.put(field, n.names.internal(field + "Frames"));
        }
    }

    private static TypeName slot(TypeName type) {
        return type.isPrimitive() ? type : ClassName.OBJECT;
    }

    void addTo(TypeSpec.Builder type) {
        if (!n.savesFrames) {
            return;
        }
        type.addField(FieldSpec.builder(int.class, waiting, Modifier.PRIVATE)
                .addJavadoc("How many frames wait for the one running to end (each at its {@code yieldAll}).\n")
                .build());
        type.addField(ArrayTypeName.of(int.class), stateStack, Modifier.PRIVATE);
        saved.forEach((field, fieldType) ->
                type.addField(ArrayTypeName.of(slot(fieldType)), stacks.get(field), Modifier.PRIVATE));
        type.addMethod(push());
        type.addMethod(pop());
    }

    /** Saves the running frame, to resume at {@code resume} once the frame it starts ends. */
    private MethodSpec push() {
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("if ($N == null)", stateStack)
                .addStatement("$N = new int[$L]", stateStack, INITIAL_DEPTH);
        saved.forEach((field, fieldType) ->
                code.addStatement("$N = new $T[$L]", stacks.get(field), slot(fieldType), INITIAL_DEPTH));
        code.nextControlFlow("else if ($N == $N.length)", waiting, stateStack)
                .addStatement("$N = $T.copyOf($N, $N * 2)", stateStack, Arrays.class, stateStack, waiting);
        saved.forEach((field, fieldType) -> code.addStatement("$N = $T.copyOf($N, $N * 2)", stacks.get(field),
                Arrays.class, stacks.get(field), waiting));
        code.endControlFlow()
                .addStatement("$N[$N] = resume", stateStack, waiting);
        saved.forEach((field, fieldType) -> code.addStatement("$N[$N] = $N", stacks.get(field), waiting, field));
        code.addStatement("$N++", waiting);
        return MethodSpec.methodBuilder("pushFrame")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(int.class, "resume")
                .addCode(code.build())
                .build();
    }

    /** Restores the frame that waits; returns the state where it resumes (after its {@code yieldAll}). */
    private MethodSpec pop() {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$N--", waiting);
        boolean unchecked = false;
        for (Map.Entry<String, TypeName> entry : saved.entrySet()) {
            String field = entry.getKey();
            TypeName fieldType = entry.getValue();
            if (fieldType.isPrimitive()) {
                code.addStatement("$N = $N[$N]", field, stacks.get(field), waiting);
            } else if (fieldType.equals(ClassName.OBJECT)) {
                code.addStatement("$N = $N[$N]", field, stacks.get(field), waiting)
                        .addStatement("$N[$N] = null", stacks.get(field), waiting);
            } else {
                unchecked |= !ResumeMethodWriter.isReifiable(fieldType);
                code.addStatement("$N = ($T) $N[$N]", field, fieldType, stacks.get(field), waiting)
                        .addStatement("$N[$N] = null", stacks.get(field), waiting);
            }
        }
        code.addStatement("return $N[$N]", stateStack, waiting);
        MethodSpec.Builder method = MethodSpec.methodBuilder("popFrame")
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addCode(code.build());
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
                    .build());
        }
        return method.build();
    }

    /** Where a frame ends: the frame waiting, if any, goes on; else the generator finishes. */
    CodeBlock resumeWaitingFrame(CodeBlock continueDispatch) {
        if (!n.savesFrames) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .beginControlFlow("if ($N > 0)", waiting)
                .addStatement("$N = popFrame()", n.state)
                .add(continueDispatch)
                .endControlFlow()
                .build();
    }
}
