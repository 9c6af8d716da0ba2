package dev.yieldj.processor.emit;

import static dev.yieldj.processor.emit.MachineBase.STATE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import dev.yieldj.processor.lower.Liveness;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes one template's state-machine class and factory. The only place that writes code: it knows
 * the lowered {@link StateMachine} and the {@link Template}, never javac trees.
 */
public final class GeneratorClassWriter {
    private final Template template;
    private final StateMachine machine;
    private final ClassName bodyClass;
    private final BodyNames n;
    private final CodeRenderer renderer;
    private final ResumeMethodWriter resume;
    private final Frames frames;
    private final TypeName elementType;
    private final TypeName valueType;
    private final TypeName selfType;

    /**
     * The body class of {@code template}. Variables that outlive a state but no suspension are
     * locals of the resume method, unless it is split into chunks: then they are fields too.
     */
    public static TypeSpec type(Template template, StateMachine machine, ClassName outer, ClassName bodies,
            MachineBase base, Set<String> templateNames, Set<String> repeatedNames, Liveness liveness,
            Set<LocalVar> assignedParameters) {
        GeneratorClassWriter writer = new GeneratorClassWriter(template, machine, outer, bodies, base, templateNames,
                repeatedNames, liveness, assignedParameters);
        TypeSpec type = writer.type();
        if (!writer.resume.split() || liveness.resumeLocals().isEmpty()) {
            return type;
        }
        Liveness allFields = new Liveness(liveness.outlivingAState(), Set.of(), liveness.clearedAt());
        return new GeneratorClassWriter(template, machine, outer, bodies, base, templateNames, repeatedNames,
                allFields, assignedParameters).type();
    }

    private GeneratorClassWriter(
            Template template,
            StateMachine machine,
            ClassName outer,
            ClassName bodies,
            MachineBase base,
            Set<String> templateNames,
            Set<String> repeatedNames,
            Liveness liveness,
            Set<LocalVar> assignedParameters) {
        this.template = template;
        this.machine = machine;
        this.bodyClass = bodies.nestedClass(template.className());
        this.n = new BodyNames(template, machine, base, templateNames, repeatedNames, liveness, assignedParameters);
        this.renderer = new CodeRenderer(n, machine);
        this.frames = n.recursesInFrames ? new Frames(n, frameFieldTypes(), machine.returnVar() != null) : null;
        this.resume = new ResumeMethodWriter(n, machine, template, renderer,
                new StatementWriter(n, machine, template, renderer, base.name, frames));
        this.elementType = template.elementType();
        this.valueType = n.valueType;
        this.selfType = template.generatedType(outer);
    }

    /** The type of each field a frame has its own of: the parameters and the variables that are fields. */
    private Map<LocalVar, TypeName> frameFieldTypes() {
        Map<LocalVar, TypeName> types = new java.util.LinkedHashMap<>();
        List<LocalVar> parameters = n.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            types.put(parameters.get(i), template.parameters().get(i).type());
        }
        for (LocalVar var : machine.vars()) {
            if (var.kind() != LocalVar.Kind.PARAMETER && n.hoisted.contains(var)) {
                types.put(var, renderer.typeName(var.fieldType() != null ? var.fieldType() : var.type()));
            }
        }
        return types;
    }

    private List<ParameterSpec> constructorParameters() {
        List<ParameterSpec> parameters = new ArrayList<>();
        if (n.receiver != null) {
            parameters.add(ParameterSpec.builder(template.receiverType(), n.receiver).build());
        }
        List<LocalVar> vars = n.parameters();
        for (int i = 0; i < vars.size(); i++) {
            parameters.add(ParameterSpec.builder(template.parameters().get(i).type(), n.argumentField(vars.get(i)))
                    .build());
        }
        return parameters;
    }

    /** The class that runs the template's body: it extends the public class {@link ApiWriter} wrote. */
    private TypeSpec type() {
        TypeSpec.Builder type = TypeSpec.classBuilder(template.className())
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addTypeVariables(template.typeVariables())
                .superclass(selfType);
        List<String> suppressed = new ArrayList<>(template.suppressedWarnings());
        if (!suppressed.isEmpty()) {
            AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
            for (String warning : suppressed) {
                suppress.addMember("value", "$S", warning);
            }
            type.addAnnotation(suppress.build());
        }
        addFields(type);
        if (frames != null) {
            frames.addTo(type);
        }
        type.addMethod(constructor());
        addIteratorProtocol(type);
        if (machine.returnVar() != null) {
            type.addMethod(returnValue());
        }
        type.addMethod(iterator());
        if (!machine.closeEntries().isEmpty()) {
            type.addMethod(closeEntry());
        }
        type.addMethods(resume.advance());
        if (!machine.handlers().isEmpty()) {
            type.addMethod(resume.recover());
        }
        if (resume.split()) {
            type.addField(FieldSpec.builder(int.class, "CONTINUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("1 << 30").build());
        }
        return type.build();
    }

    /** {@code hasNext()}, {@code next()} and what the base class takes the value with. */
    private void addIteratorProtocol(TypeSpec.Builder type) {
        SinkKind sink = template.sink();
        type.addMethod(hasNext());
        if (!sink.isPrimitive()) {
            type.addMethod(next());
        }
        if (n.keepsUnboxed && (n.delegates || n.throwsIn)) {
            // what the trampoline and send() take: the value boxed only now
            type.addMethod(MethodSpec.methodBuilder("take")
                    .addAnnotation(Override.class)
                    .returns(elementType)
                    .addStatement("return $N", n.value)
                    .build());
        }
        if (sink.isPrimitive()) {
            type.addMethod(nextPrimitive());
            type.addMethod(MethodSpec.methodBuilder("next")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(elementType)
                    .addStatement("return $L()", sink.primitiveNext())
                    .build());
        }
        if (sink.isPrimitive() && n.delegates) {
            type.addMethod(MethodSpec.methodBuilder("flattens")
                    .addAnnotation(Override.class)
                    .returns(boolean.class)
                    .addStatement("return false")
                    .build());
        }
    }

    private void addFields(TypeSpec.Builder type) {
        if (n.receiver != null) {
            type.addField(template.receiverType(), n.receiver, Modifier.PRIVATE, Modifier.FINAL);
        }
        List<LocalVar> parameters = n.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            LocalVar parameter = parameters.get(i);
            TypeName typeName = template.parameters().get(i).type();
            type.addField(typeName, n.argumentField(parameter), Modifier.PRIVATE, Modifier.FINAL);
            if (n.initialValues.containsKey(parameter)) {
                type.addField(typeName, n.varNames.get(parameter), Modifier.PRIVATE);
            }
        }
        if (n.ownsValue && !n.yieldsItsVariable) {
            type.addField(valueType, n.value, Modifier.PRIVATE);
        }
        if (machine.returnVar() != null) {
            type.addField(boolean.class, n.returned, Modifier.PRIVATE);
        }
        if (forwardsToCoroutines()) {
            ClassName function = ClassName.get("java.util.function", "Function");
            type.addField(FieldSpec.builder(
                    ParameterizedTypeName.get(function, template.sentType(), WildcardTypeName.subtypeOf(elementType)),
                    n.forwardSend, Modifier.PRIVATE).addJavadoc("Sends to the coroutine a yieldAll delegates to.\n")
                    .build());
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(function, ClassName.get(RuntimeException.class),
                    WildcardTypeName.subtypeOf(elementType)), n.forwardThrow, Modifier.PRIVATE)
                    .addJavadoc("Throws into the coroutine a yieldAll delegates to.\n").build());
        }
        for (int region : machine.finallyRegions()) {
            type.addField(int.class, n.finallyNext.get(region), Modifier.PRIVATE);
            type.addField(Throwable.class, n.finallyThrown.get(region), Modifier.PRIVATE);
        }
        for (LocalVar var : machine.vars()) {
            if (var.kind() != LocalVar.Kind.PARAMETER && n.hoisted.contains(var)) {
                Code fieldType = var.fieldType() != null ? var.fieldType() : var.type();
                type.addField(FieldSpec.builder(renderer.typeName(fieldType), n.varNames.get(var), Modifier.PRIVATE).build());
            }
        }
    }

    private MethodSpec constructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (ParameterSpec parameter : constructorParameters()) {
            constructor.addParameter(parameter);
            constructor.addStatement("this.$N = $N", parameter.name(), parameter.name());
        }
        for (Map.Entry<LocalVar, String> initial : n.initialValues.entrySet()) {
            constructor.addStatement("this.$N = $N", n.varNames.get(initial.getKey()), initial.getValue());
        }
        return constructor.build();
    }

    /**
     * The iterator protocol's resume, in this class: its call of the body is monomorphic (in a
     * pipeline of generators no call site is shared by all of them), small enough to inline. The
     * base class handles delegation to a generator and re-entrance.
     */
    private MethodSpec hasNext() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hasNext")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class);
        return (n.delegatesHere ? delegatingResume(method) : resume(method)).build();
    }

    /**
     * One field, {@code state}, says where the body resumes, whether a value waits and whether the body runs.
     * A body that runs only its own code cannot resume its generator: it is never asked while {@code RUNNING}.
     */
    private MethodSpec.Builder resume(MethodSpec.Builder method) {
        String from = STATE;
        if (template.runsOtherCode() || isCoroutine()) {
            from = "from";
            method.beginControlFlow("if ($N < 0)", STATE)
                    .addCode(MachineBase.refuseReentry())
                    .addStatement("return $N != FINISHED", STATE)
                    .endControlFlow()
                    .addStatement("int $N = $N", from, STATE)
                    .addStatement("$N = RUNNING", STATE);
            if (isCoroutine()) {
                method.addStatement("$N = null", n.sent);
            }
        } else {
            method.addStatement("if ($N < 0) return $N != FINISHED", STATE, STATE);
        }
        return method.beginControlFlow("try")
                .addStatement("$N = advance($N)", STATE, from)
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("throw failed(failure)")
                .endControlFlow()
                .addStatement("return $N != FINISHED", STATE);
    }

    /** As {@link #resume}, where the body may start a delegation that the trampoline, {@code run()}, goes on with. */
    private MethodSpec.Builder delegatingResume(MethodSpec.Builder method) {
        method.addStatement("if ($N < 0 && $N != RUNNING) return $N != FINISHED", STATE, STATE, STATE)
                .beginControlFlow("if ($N >= 0 && $N == null)", STATE, n.inner)
                .addStatement("int from = $N", STATE)
                .addStatement("$N = RUNNING", STATE);
        if (isCoroutine()) {
            method.addStatement("$N = null", n.sent);
        }
        return method.beginControlFlow("try")
                .addStatement("$N = advance(from)", STATE)
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("throw failed(failure)")
                .endControlFlow()
                .addStatement("if ($N < 0) return $N != FINISHED", STATE, STATE)
                .endControlFlow()
                .addStatement("if (!run(null, null)) return false")
                .addStatement("$N += READY", STATE)
                .addStatement("return true");
    }

    private MethodSpec next() {
        if (n.ownsValue) {
            return MethodSpec.methodBuilder("next")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(elementType)
                    .addCode(takeWaiting())
                    .addStatement("return $N", n.value)
                    .build();
        }
        return MethodSpec.methodBuilder("next")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(elementType)
                .addCode(takeWaiting())
                .addStatement("$T value = $N", elementType, n.current)
                .addStatement("$N = null", n.current)
                .addStatement("return value")
                .build();
    }

    /** Runs the body to its next yield unless a value waits (none: the end), and takes the value out of the state. */
    private static CodeBlock takeWaiting() {
        return CodeBlock.builder()
                .addStatement("if ($N >= RUNNING && !hasNext()) throw new $T()", STATE, NoSuchElementException.class)
                .addStatement("$N -= READY", STATE)
                .build();
    }

    private MethodSpec nextPrimitive() {
        return MethodSpec.methodBuilder(template.sink().primitiveNext())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addCode(takeWaiting())
                .addStatement("return $N", n.value)
                .build();
    }

    private MethodSpec returnValue() {
        return MethodSpec.methodBuilder("returnValue")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(renderer.typeName(machine.returnVar().type()))
                .beginControlFlow("if (!$N)", n.returned)
                .addStatement("throw new $T(($N == FINISHED ? $S : $S) + this)", IllegalStateException.class, STATE,
                        "finished without returning (closed or failed): ", "no return value yet: ")
                .endControlFlow()
                .addStatement("return $N", n.varNames.get(machine.returnVar()))
                .build();
    }

    private MethodSpec iterator() {
        List<String> arguments = new ArrayList<>();
        for (ParameterSpec parameter : constructorParameters()) {
            arguments.add(parameter.name());
        }
        return MethodSpec.methodBuilder("iterator")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                .returns(selfType)
                .addStatement("if ($N || $N != 0) return new $T$L($L)", n.handedOut, STATE,
                        bodyClass, template.typeVariables().isEmpty() ? "" : "<>", String.join(", ", arguments))
                .addStatement("$N = true", n.handedOut)
                .addStatement("return this")
                .build();
    }

    private MethodSpec closeEntry() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("closeEntry")
                .addAnnotation(Override.class)
                .returns(int.class);
        Map<Integer, List<Integer>> byEntry = new TreeMap<>();
        for (Map.Entry<Integer, Integer> entry : machine.closeEntries().entrySet()) {
            byEntry.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(entry.getKey());
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($N) {\n$>", STATE);
        for (Map.Entry<Integer, List<Integer>> entry : byEntry.entrySet()) {
            List<Integer> suspended = new ArrayList<>(entry.getValue());
            suspended.sort(null);
            cases.add("case $L -> $L;\n", joinInts(suspended), entry.getKey());
        }
        cases.add("default -> FINISHED;\n$<};\n");
        return method.addCode(cases.build()).build();
    }

    static String joinInts(List<Integer> values) {
        StringBuilder out = new StringBuilder();
        for (int number : values) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(number);
        }
        return out.toString();
    }

    /** Whether a yieldAll delegates to a coroutine generated elsewhere (sends and throws go on to it). */
    private boolean forwardsToCoroutines() {
        for (StateMachine.State s : machine.states()) {
            for (Stmt stmt : s.statements()) {
                if (stmt instanceof Stmt.Delegate delegation && delegation.forwards()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCoroutine() {
        return template.sink() == SinkKind.COROUTINE;
    }
}
