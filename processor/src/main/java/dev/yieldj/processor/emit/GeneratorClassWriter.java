package dev.yieldj.processor.emit;

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
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
    private static final ClassName ITERATOR = ClassName.get(Iterator.class);

    private final Template template;
    private final StateMachine machine;
    private final ClassName outer;
    private final ClassName bodyClass;
    private final Names names;
    private final Set<LocalVar> assignedParameters;

    private final Map<LocalVar, String> varNames = new HashMap<>();
    private final Set<LocalVar> hoisted = new HashSet<>();
    private final Map<Integer, String> finallyNext = new HashMap<>();
    private final Map<Integer, String> finallyThrown = new HashMap<>();
    private final Map<LocalVar, String> initialValues = new LinkedHashMap<>();

    private final MachineBase base;
    private final String state;
    private final String ready;
    private final String current;
    private final String closing;
    private final String handedOut;
    private final String inner;
    private final String delegate;
    private final String sent;
    private final String raised;
    private final String dispatch;
    private final String returned;
    private final String receiver;
    private final String value;
    private final String thrown;
    private final String jumpTarget;
    private final String copiedLabel;
    private final String forwardSend;
    private final String forwardThrow;

    private final TypeName elementType;
    private final TypeName valueType;
    private final TypeName selfType;

    public GeneratorClassWriter(
            Template template,
            StateMachine machine,
            ClassName outer,
            ClassName bodies,
            MachineBase base,
            Set<String> templateNames,
            Set<String> repeatedNames,
            Set<LocalVar> fields,
            Set<LocalVar> assignedParameters) {
        this.template = template;
        this.machine = machine;
        this.outer = outer;
        this.bodyClass = bodies.nestedClass(template.className());
        this.base = base;
        this.names = new Names(templateNames, base.reservedNames(), repeatedNames);
        this.assignedParameters = assignedParameters;
        this.hoisted.addAll(fields);
        this.state = base.state;
        this.ready = base.ready;
        this.current = base.current;
        this.closing = base.closing;
        this.handedOut = base.handedOut;
        this.inner = base.inner;
        this.delegate = base.delegate;
        this.sent = base.sent;
        this.raised = base.raised;
        this.dispatch = base.dispatch;
        this.returned = names.internal("returned");
        this.receiver = template.isStatic() ? null : names.internal("receiver");
        this.value = names.internal("value");
        this.thrown = names.internal("thrown");
        this.jumpTarget = names.internal("jumpTarget");
        this.copiedLabel = names.internal("copied");
        this.forwardSend = names.internal("forwardSend");
        this.forwardThrow = names.internal("forwardThrow");
        SinkKind sink = template.sink();
        this.elementType = template.elementType();
        this.valueType = sink.isPrimitive() ? sink.primitive() : elementType;
        this.selfType = template.generatedType(outer);
        decideStorage();
    }

    // ---- which variables are fields -----------------------------------------------------------

    private void decideStorage() {
        for (LocalVar var : machine.vars()) {
            String name = var.kind() == LocalVar.Kind.SYNTHETIC ? names.internal(var.name()) : names.variable(var.name());
            varNames.put(var, name);
            if (var.kind() == LocalVar.Kind.PARAMETER && assignedParameters.contains(var)) {
                initialValues.put(var, names.internal("initial" + capitalize(var.name())));
            }
        }
        for (int region : machine.finallyRegions()) {
            finallyNext.put(region, names.internal("finally" + region + "Next"));
            finallyThrown.put(region, names.internal("finally" + region + "Thrown"));
        }
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private List<LocalVar> parameters() {
        List<LocalVar> parameters = new ArrayList<>();
        for (LocalVar var : machine.vars()) {
            if (var.kind() == LocalVar.Kind.PARAMETER) {
                parameters.add(var);
            }
        }
        return parameters;
    }

    /** The field holding a parameter's argument as passed (for fresh iterators). */
    private String argumentField(LocalVar parameter) {
        return initialValues.getOrDefault(parameter, varNames.get(parameter));
    }

    private List<ParameterSpec> constructorParameters() {
        List<ParameterSpec> parameters = new ArrayList<>();
        if (receiver != null) {
            parameters.add(ParameterSpec.builder(template.receiverType(), receiver).build());
        }
        List<LocalVar> vars = parameters();
        for (int i = 0; i < vars.size(); i++) {
            parameters.add(ParameterSpec.builder(template.parameters().get(i).type(), argumentField(vars.get(i)))
                    .build());
        }
        return parameters;
    }

    // ---- the class ----------------------------------------------------------------------------

    /** The class that runs the template's body: it extends the public class {@link ApiWriter} wrote. */
    public TypeSpec type() {
        SinkKind sink = template.sink();
        TypeSpec.Builder type = TypeSpec.classBuilder(template.className())
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addTypeVariables(template.typeVariables())
                .superclass(selfType)
                .addJavadoc("The body of {@link $T#$L} as the state machine behind {@link $T}.\n",
                        template.holder(), template.methodName(), outer.nestedClass(template.className()));
        List<String> suppressed = new ArrayList<>(template.suppressedWarnings());
        if (!suppressed.isEmpty()) {
            AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
            for (String warning : suppressed) {
                suppress.addMember("value", "$S", warning);
            }
            type.addAnnotation(suppress.build());
        }
        addFields(type);
        type.addMethod(constructor());
        if (sink.isPrimitive()) {
            type.addMethod(nextPrimitive());
            type.addMethod(MethodSpec.methodBuilder("next")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(elementType)
                    .addStatement("return $L()", sink.primitiveNext())
                    .build());
            type.addMethod(MethodSpec.methodBuilder("flattens")
                    .addAnnotation(Override.class)
                    .returns(boolean.class)
                    .addStatement("return false")
                    .build());
        }
        if (machine.returnVar() != null) {
            type.addMethod(returnValue());
        }
        type.addMethod(iterator());
        type.addMethod(MethodSpec.methodBuilder("label")
                .addAnnotation(Override.class)
                .returns(String.class)
                .addStatement("return $S", outer.simpleName() + "." + template.methodName())
                .build());
        type.addMethod(closeEntry());
        type.addMethods(advance());
        if (!machine.handlers().isEmpty()) {
            type.addMethod(recover());
        }
        if (split) {
            type.addField(FieldSpec.builder(int.class, "CONTINUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("-2").build());
        }
        return type.build();
    }

    private boolean isCoroutine() {
        return template.sink() == SinkKind.COROUTINE;
    }

    private void addFields(TypeSpec.Builder type) {
        if (receiver != null) {
            type.addField(template.receiverType(), receiver, Modifier.PRIVATE, Modifier.FINAL);
        }
        List<LocalVar> parameters = parameters();
        for (int i = 0; i < parameters.size(); i++) {
            LocalVar parameter = parameters.get(i);
            TypeName typeName = template.parameters().get(i).type();
            type.addField(typeName, argumentField(parameter), Modifier.PRIVATE, Modifier.FINAL);
            if (initialValues.containsKey(parameter)) {
                type.addField(typeName, varNames.get(parameter), Modifier.PRIVATE);
            }
        }
        if (template.sink().isPrimitive()) {
            type.addField(valueType, value, Modifier.PRIVATE);
        }
        if (machine.returnVar() != null) {
            type.addField(boolean.class, returned, Modifier.PRIVATE);
        }
        if (forwardsToCoroutines()) {
            ClassName function = ClassName.get("java.util.function", "Function");
            type.addField(FieldSpec.builder(
                    ParameterizedTypeName.get(function, template.sentType(), WildcardTypeName.subtypeOf(elementType)),
                    forwardSend, Modifier.PRIVATE).addJavadoc("Sends to the coroutine a yieldAll delegates to.\n")
                    .build());
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(function, ClassName.get(RuntimeException.class),
                    WildcardTypeName.subtypeOf(elementType)), forwardThrow, Modifier.PRIVATE)
                    .addJavadoc("Throws into the coroutine a yieldAll delegates to.\n").build());
        }
        for (int region : machine.finallyRegions()) {
            type.addField(int.class, finallyNext.get(region), Modifier.PRIVATE);
            type.addField(Throwable.class, finallyThrown.get(region), Modifier.PRIVATE);
        }
        for (LocalVar var : machine.vars()) {
            if (var.kind() != LocalVar.Kind.PARAMETER && hoisted.contains(var)) {
                Code fieldType = var.fieldType() != null ? var.fieldType() : var.type();
                type.addField(FieldSpec.builder(typeName(fieldType), varNames.get(var), Modifier.PRIVATE).build());
            }
        }
    }

    /** A type fragment as a JavaPoet type (fragments naming unresolved types become plain text). */
    private TypeName typeName(Code type) {
        if (type.pieces().size() == 1 && type.pieces().get(0) instanceof Code.TypeRef ref) {
            return PoetTypes.of(ref.type());
        }
        throw new IllegalStateException("not a type: " + type);
    }

    private MethodSpec constructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (ParameterSpec parameter : constructorParameters()) {
            constructor.addParameter(parameter);
            constructor.addStatement("this.$N = $N", parameter.name(), parameter.name());
        }
        for (Map.Entry<LocalVar, String> initial : initialValues.entrySet()) {
            constructor.addStatement("this.$N = $N", varNames.get(initial.getKey()), initial.getValue());
        }
        return constructor.build();
    }

    private MethodSpec nextPrimitive() {
        return MethodSpec.methodBuilder(template.sink().primitiveNext())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .beginControlFlow("if (!hasNext())")
                .addStatement("throw new $T()", NoSuchElementException.class)
                .endControlFlow()
                .addStatement("$N = false", ready)
                .addStatement("return $N", value)
                .build();
    }



    private MethodSpec returnValue() {
        return MethodSpec.methodBuilder("returnValue")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(typeName(machine.returnVar().type()))
                .beginControlFlow("if (!$N)", returned)
                .addStatement("throw new $T(($N == FINISHED ? $S : $S) + this)", IllegalStateException.class, state,
                        "finished without returning (closed or failed): ", "no return value yet: ")
                .endControlFlow()
                .addStatement("return $N", varNames.get(machine.returnVar()))
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
                .beginControlFlow("if (!$N && $N == 0 && !$N)", handedOut, state, ready)
                .addStatement("$N = true", handedOut)
                .addStatement("return this")
                .endControlFlow()
                .addStatement("return new $T$L($L)", bodyClass,
                        template.typeVariables().isEmpty() ? "" : "<>", String.join(", ", arguments))
                .build();
    }


    private MethodSpec closeEntry() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("closeEntry")
                .addAnnotation(Override.class)
                .returns(int.class);
        if (machine.closeEntries().isEmpty()) {
            return method.addStatement("return FINISHED").build();
        }
        Map<Integer, List<Integer>> byEntry = new TreeMap<>();
        for (Map.Entry<Integer, Integer> entry : machine.closeEntries().entrySet()) {
            byEntry.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(entry.getKey());
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($N) {\n$>", state);
        for (Map.Entry<Integer, List<Integer>> entry : byEntry.entrySet()) {
            List<Integer> suspended = new ArrayList<>(entry.getValue());
            suspended.sort(null);
            cases.add("case $L -> $L;\n", joinInts(suspended), entry.getKey());
        }
        cases.add("default -> FINISHED;\n$<};\n");
        return method.addCode(cases.build()).build();
    }

    private static String joinInts(List<Integer> values) {
        StringBuilder out = new StringBuilder();
        for (int number : values) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(number);
        }
        return out.toString();
    }

    // ---- the resume method --------------------------------------------------------------------

    /** Source characters of cases per resume method, far below the JVM's 64 KB of bytecode. */
    private static final int CHUNK_SIZE = 12_000;

    private boolean split;

    private List<MethodSpec> advance() {
        Set<Integer> resumeStates = new HashSet<>();
        for (StateMachine.State s : machine.states()) {
            collectResumes(s.statements(), resumeStates);
        }
        List<StateMachine.State> live = new ArrayList<>();
        for (StateMachine.State s : machine.states()) {
            if (!s.statements().isEmpty()) {
                live.add(s);
            }
        }
        List<CodeBlock> cases = new ArrayList<>();
        int total = 0;
        for (StateMachine.State s : live) {
            CodeBlock block = stateCase(s, resumeStates.contains(s.id()));
            cases.add(block);
            total += block.toString().length();
        }
        if (total > CHUNK_SIZE && machine.bodyClasses().isEmpty()) {
            split = true;
            cases.clear();
            for (StateMachine.State s : live) {
                cases.add(stateCase(s, resumeStates.contains(s.id())));
            }
            return splitAdvance(live, cases);
        }
        CodeBlock.Builder body = CodeBlock.builder();
        for (Code bodyClass : machine.bodyClasses()) {
            body.add(bodyClass(bodyClass));
        }
        if (jumpsFromCopiedCode()) {
            body.add("$L:\n", dispatch);
        }
        body.beginControlFlow("while (true)");
        boolean hasHandlers = !machine.handlers().isEmpty();
        if (hasHandlers) {
            body.beginControlFlow("try");
        }
        body.beginControlFlow("switch ($N)", state);
        cases.forEach(body::add);
        body.add("default:\n").indent()
                .addStatement("throw new $T($S + $N)", IllegalStateException.class, "no state ", state)
                .unindent();
        body.endControlFlow();
        if (hasHandlers) {
            body.nextControlFlow("catch ($T caught)", Throwable.class);
            body.addStatement("recover(caught)");
            body.endControlFlow();
        }
        body.endControlFlow();
        return List.of(advanceMethod().addCode(body.build()).build());
    }

    /** The states that resume a suspension among {@code statements} (also inside copied branches). */
    private static void collectResumes(List<Stmt> statements, Set<Integer> into) {
        for (Stmt stmt : statements) {
            if (stmt instanceof Stmt.Suspend suspend) {
                into.add(suspend.resume());
            } else if (stmt instanceof Stmt.If choice) {
                collectResumes(choice.then(), into);
                collectResumes(choice.otherwise(), into);
            }
        }
    }

    private MethodSpec.Builder advanceMethod() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("advance")
                .addJavadoc("The template's body as a state machine: runs from the current state to the next"
                        + " suspension.\n")
                .addAnnotation(Override.class)
                .returns(int.class)
                .addException(Throwable.class);
        if (needsUncheckedCasts()) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return method;
    }

    /**
     * A local class of the body, declared at the top of the resume method. The locals it captures
     * are fields of the machine by then; the class copies each into a field of its own when an
     * instance is created, so that every instance sees the values of its creation, as in the template.
     */
    private CodeBlock bodyClass(Code declaration) {
        Map<LocalVar, String> copies = new LinkedHashMap<>();
        for (LocalVar var : declaration.capturedVars()) {
            copies.put(var, names.internal(varNames.get(var) + "Captured"));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        boolean opened = false;
        for (Code.Piece piece : declaration.pieces()) {
            if (!opened && piece instanceof Code.Text text && text.text().contains("{")) {
                int brace = text.text().indexOf('{');
                code.add("$L", text.text().substring(0, brace + 1));
                for (Map.Entry<LocalVar, String> copy : copies.entrySet()) {
                    code.add("\n$>private final $L $N = $L;$<", render(copy.getKey().type(), Map.of()), copy.getValue(),
                            render(Code.var(copy.getKey()), Map.of()));
                }
                code.add("$L", text.text().substring(brace + 1));
                opened = true;
            } else {
                code.add(render(Code.of(piece), copies));
            }
        }
        return code.add("\n").build();
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

    /** Whether copied statements jump to other states (then the dispatch loop needs its label). */
    private boolean jumpsFromCopiedCode() {
        for (StateMachine.State s : machine.states()) {
            for (Stmt stmt : s.statements()) {
                for (Code code : stmt.codes()) {
                    for (Code.Piece piece : code.pieces()) {
                        if (piece instanceof Code.Block) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Values sent in and pulled from delegates arrive untyped from the base class. */
    private boolean needsUncheckedCasts() {
        return (isCoroutine() && !isReifiable(template.sentType()))
                || (!machine.delegatePulls().isEmpty() && !isReifiable(elementType))
                || machine.vars().stream().anyMatch(var -> var.fieldType() != null && hoisted.contains(var)
                        && render(var.type(), Map.of()).toString().contains("<"));
    }

    /** Whether a cast to {@code type} is checked at run time (no type arguments or variables). */
    private static boolean isReifiable(TypeName type) {
        return type.isPrimitive() || type instanceof ClassName
                || (type instanceof com.palantir.javapoet.ArrayTypeName array && isReifiable(array.componentType()));
    }

    private CodeBlock stateCase(StateMachine.State s, boolean isResume) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (s.resumeOrigin() != null) {
            body.add("case $L: { // resumes after $L\n", s.id(), s.resumeOrigin());
        } else {
            body.add("case $L: {\n", s.id());
        }
        body.indent();
        if (isResume) {
            body.addStatement("raiseThrownIn()");
        }
        Set<LocalVar> declared = new HashSet<>();
        for (Stmt stmt : s.statements()) {
            body.add(statement(stmt, declared, false));
        }
        body.unindent();
        body.add("}\n");
        return body.build();
    }

    /**
     * A machine too large for one method: its states in chunks of methods that each run while the
     * state stays theirs, under a resume method that picks the chunk and handles exceptions.
     */
    private List<MethodSpec> splitAdvance(List<StateMachine.State> live, List<CodeBlock> cases) {
        List<MethodSpec> methods = new ArrayList<>();
        List<Integer> firstStates = new ArrayList<>();
        CodeBlock.Builder chunk = null;
        int size = 0;
        for (int i = 0; i <= cases.size(); i++) {
            boolean end = i == cases.size();
            if (chunk != null && (end || size + cases.get(i).toString().length() > CHUNK_SIZE)) {
                chunk.add("default:\n").indent().addStatement("return CONTINUE").unindent();
                chunk.endControlFlow().endControlFlow();
                MethodSpec.Builder part = MethodSpec.methodBuilder("advance" + (methods.size()))
                        .addModifiers(Modifier.PRIVATE)
                        .returns(int.class)
                        .addException(Throwable.class)
                        .addCode(chunk.build());
                if (needsUncheckedCasts()) {
                    part.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                            .addMember("value", "$S", "unchecked").build());
                }
                methods.add(part.build());
                chunk = null;
            }
            if (end) {
                break;
            }
            if (chunk == null) {
                firstStates.add(live.get(i).id());
                chunk = CodeBlock.builder().add(jumpsFromCopiedCode() ? dispatch + ":\n" : "")
                        .beginControlFlow("while (true)")
                        .beginControlFlow("switch ($N)", state);
                size = 0;
            }
            chunk.add(cases.get(i));
            size += cases.get(i).toString().length();
        }
        CodeBlock.Builder body = CodeBlock.builder();
        body.beginControlFlow("while (true)");
        boolean hasHandlers = !machine.handlers().isEmpty();
        if (hasHandlers) {
            body.beginControlFlow("try");
        }
        body.addStatement("int outcome");
        for (int i = methods.size() - 1; i >= 0; i--) {
            if (i == methods.size() - 1) {
                body.beginControlFlow("if ($N >= $L)", state, firstStates.get(i));
            } else if (i > 0) {
                body.nextControlFlow("else if ($N >= $L)", state, firstStates.get(i));
            } else {
                body.nextControlFlow("else");
            }
            body.addStatement("outcome = advance$L()", i);
        }
        body.endControlFlow();
        body.beginControlFlow("if (outcome != CONTINUE)").addStatement("return outcome").endControlFlow();
        if (hasHandlers) {
            body.nextControlFlow("catch ($T caught)", Throwable.class);
            body.addStatement("recover(caught)");
            body.endControlFlow();
        }
        body.endControlFlow();
        List<MethodSpec> all = new ArrayList<>();
        all.add(advanceMethod().addCode(body.build()).build());
        all.addAll(methods);
        return all;
    }

    /**
     * Where an exception raised in a state goes: a catch block or a finally block of an enclosing
     * try region (then the loop of {@code advance} goes on there), or out of the body. Kept out of
     * {@code advance} so that the resume method stays small.
     */
    private MethodSpec recover() {
        return MethodSpec.methodBuilder("recover")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Throwable.class, "caught")
                .addException(Throwable.class)
                .addCode(handlers())
                .build();
    }

    private CodeBlock handlers() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T $N = caught", Throwable.class, thrown);
        code.beginControlFlow("switch ($N)", state);
        Map<Integer, List<Integer>> statesByHandler = new TreeMap<>();
        for (StateMachine.State s : machine.states()) {
            if (s.handler() >= 0 && !s.statements().isEmpty()) {
                statesByHandler.computeIfAbsent(s.handler(), k -> new ArrayList<>()).add(s.id());
            }
        }
        boolean canClose = !machine.closeEntries().isEmpty();
        for (Map.Entry<Integer, List<Integer>> entry : statesByHandler.entrySet()) {
            StateMachine.Handler handler = machine.handlers().get(entry.getKey());
            code.add("case $L -> {\n", joinInts(entry.getValue())).indent();
            if (handler.suppressInto() >= 0 && canClose) {
                String pending = finallyThrown.get(handler.suppressInto());
                code.beginControlFlow("if ($N && $N != null)", closing, pending)
                        .addStatement("$N.addSuppressed($N)", pending, thrown)
                        .addStatement("$N = $N", thrown, pending)
                        .endControlFlow();
            }
            for (StateMachine.Step step : handler.steps()) {
                if (step instanceof StateMachine.Catch catchStep) {
                    CodeBlock.Builder test = CodeBlock.builder();
                    for (int i = 0; i < catchStep.types().size(); i++) {
                        test.add(i == 0 ? "" : " || ");
                        test.add("$N instanceof $T", thrown, typeName(catchStep.types().get(i)));
                    }
                    CodeBlock condition = catchStep.types().size() > 1
                            ? CodeBlock.of("($L)", test.build())
                            : test.build();
                    if (canClose) {
                        code.beginControlFlow("if (!$N && $L)", closing, condition);
                    } else {
                        code.beginControlFlow("if ($L)", condition);
                    }
                    TypeName caught = typeName(catchStep.paramType());
                    if (caught.equals(ClassName.get(Throwable.class))) {
                        code.addStatement("$N = $N", varNames.get(catchStep.param()), thrown); // a cast would be redundant
                    } else {
                        code.addStatement("$N = ($T) $N", varNames.get(catchStep.param()), caught, thrown);
                    }
                    code.addStatement("$N = $L", state, catchStep.entry())
                            .addStatement("return")
                            .endControlFlow();
                } else if (step instanceof StateMachine.Finally finallyStep) {
                    code.addStatement("$N = $N", finallyThrown.get(finallyStep.region()), thrown)
                            .addStatement("$N = $L", finallyNext.get(finallyStep.region()), finallyStep.rethrowState())
                            .addStatement("$N = $L", state, finallyStep.entry())
                            .addStatement("return");
                }
            }
            code.unindent().add("}\n");
        }
        code.add("default -> { }\n");
        code.endControlFlow();
        code.addStatement("$N = FINISHED", state);
        code.addStatement("throw $N", thrown);
        return code.build();
    }

    // ---- statements ---------------------------------------------------------------------------

    /**
     * Renders one statement. Managed variables that lambdas or classes in it capture are first
     * copied into locals, so each capture sees the value of that moment, as in the template.
     */
    private CodeBlock statement(Stmt stmt, Set<LocalVar> declared, boolean nested) {
        CodeBlock.Builder code = CodeBlock.builder();
        Map<LocalVar, String> snapshots = new HashMap<>();
        for (Code fragment : stmt.codes()) {
            for (LocalVar var : fragment.capturedVars()) {
                if (hoisted.contains(var) && !snapshots.containsKey(var)) {
                    String snapshot = names.internal(varNames.get(var) + "Snapshot");
                    snapshots.put(var, snapshot);
                    code.addStatement("final $L $N = $L", render(var.type(), Map.of()), snapshot,
                            render(Code.var(var), Map.of()));
                }
            }
        }
        if (stmt instanceof Stmt.Exec exec && exec.code().hasDeferredJump()) {
            code.add(deferringJumps(exec, snapshots));
        } else if (stmt instanceof Stmt.Exec exec) {
            code.add("$L\n", render(exec.code(), snapshots));
        } else if (stmt instanceof Stmt.DeferredGoto jump) {
            code.addStatement("$N = $L", jumpTarget, jump.state()).addStatement("break $N", copiedLabel);
        } else if (stmt instanceof Stmt.Declare declare) {
            LocalVar var = declare.var();
            if (hoisted.contains(var)) {
                if (declare.init() != null && var.fieldType() != null && !declare.arrayInitializer()
                        && needsTargetType(declare.init())) {
                    // the field has a supertype: a lambda, method reference or diamond takes its type from a
                    // local of the declared type
                    String typed = names.internal("initial");
                    code.add("{\n$>$L $N = $L;\n$N = $N;\n$<}\n", render(var.type(), Map.of()), typed,
                            render(declare.init(), snapshots), varNames.get(var), typed);
                } else if (declare.init() != null) {
                    code.add("$N = ", varNames.get(var));
                    if (declare.arrayInitializer()) {
                        code.add("new $L ", render(var.type(), Map.of()));
                    }
                    code.add("$L;\n", render(declare.init(), snapshots));
                }
            } else {
                declared.add(var);
                code.add("$L $N", render(var.type(), Map.of()), varNames.get(var));
                if (declare.init() != null) {
                    code.add(" = $L", render(declare.init(), snapshots));
                }
                code.add(";\n");
            }
        } else if (stmt instanceof Stmt.Assign assign) {
            LocalVar var = assign.var();
            if (!hoisted.contains(var) && declared.add(var)) {
                code.add("$L ", render(var.type(), Map.of()));
            }
            code.add("$N = $L;\n", varNames.get(var), render(assign.value(), snapshots));
        } else if (stmt instanceof Stmt.SetFinallyNext set) {
            code.addStatement("$N = $L", finallyNext.get(set.region()), set.state())
                    .addStatement("$N = null", finallyThrown.get(set.region()));
        } else if (stmt instanceof Stmt.Goto jump) {
            code.addStatement("$N = $L", state, jump.state()).add(continueDispatch(nested));
        } else if (stmt instanceof Stmt.Branch branch) {
            code.addStatement("$N = $L ? $L : $L", state, render(branch.condition(), snapshots),
                            branch.whenTrue(), branch.whenFalse())
                    .add(continueDispatch(nested));
        } else if (stmt instanceof Stmt.If choice) {
            code.beginControlFlow("if ($L)", render(choice.condition(), snapshots));
            for (Stmt inner : choice.then()) {
                code.add(statement(inner, new HashSet<>(declared), nested));
            }
            code.endControlFlow();
            for (Stmt inner : choice.otherwise()) {
                code.add(statement(inner, declared, nested));
            }
        } else if (stmt instanceof Stmt.Switch choice) {
            code.beginControlFlow("switch ($L)", render(choice.selector(), snapshots));
            for (Stmt.Switch.Case option : choice.cases()) {
                CodeBlock.Builder labels = CodeBlock.builder();
                for (int i = 0; i < option.labels().size(); i++) {
                    labels.add(i == 0 ? "" : ", ").add("$L", render(option.labels().get(i), Map.of()));
                }
                code.addStatement("case $L -> $N = $L", labels.build(), state, option.state());
            }
            code.addStatement("default -> $N = $L", state, choice.defaultState());
            code.endControlFlow();
            code.add(continueDispatch(nested));
        } else if (stmt instanceof Stmt.Suspend suspend) {
            code.addStatement("$N = $L", template.sink().isPrimitive() ? value : current,
                            render(suspend.value(), snapshots))
                    .add(refuseWhileClosing(suspend.inFinally()))
                    .addStatement("$N = $L", state, suspend.resume())
                    .addStatement("return YIELDED");
        } else if (stmt instanceof Stmt.Delegate delegation) {
            if (delegation.forwards()) {
                // a coroutine generated elsewhere: sent and thrown-in values go on to it (PEP 380)
                code.beginControlFlow("")
                        .addStatement("var coroutine = $L", render(delegation.source(), snapshots))
                        .addStatement("$N = coroutine", delegate)
                        .addStatement("$N = coroutine::send", forwardSend)
                        .addStatement("$N = coroutine::throwInto", forwardThrow)
                        .addStatement("$N = null", sent)
                        .endControlFlow();
            } else {
                code.addStatement("$N = iterate($L)", delegate, render(delegation.source(), snapshots));
            }
            code.add(refuseWhileClosing(delegation.inFinally()))
                    .addStatement("$N = $L", state, delegation.resume());
            if (!template.sink().isPrimitive()) {
                code.beginControlFlow("if ($N instanceof $T<?> generator && generator.flattens())", delegate,
                                base.name)
                        .addStatement("$N = generator", inner)
                        .addStatement("$N = null", delegate)
                        .addStatement("return DELEGATED")
                        .endControlFlow();
            }
            code.add(continueDispatch(nested));
        } else if (stmt instanceof Stmt.PullDelegate pull) {
            code.add(pullDelegate(pull));
        } else if (stmt instanceof Stmt.EndFinally end) {
            code.addStatement("$N = $N", state, finallyNext.get(end.region())).add(continueDispatch(nested));
        } else if (stmt instanceof Stmt.RethrowPending rethrow) {
            code.addStatement("throw $N", finallyThrown.get(rethrow.region()));
        } else if (stmt instanceof Stmt.CloseResource close) {
            String resource = varNames.get(close.resource());
            String pending = finallyThrown.get(close.region());
            code.beginControlFlow("if ($N != null)", resource)
                    .beginControlFlow("if ($N == null)", pending)
                    .addStatement("$N.close()", resource)
                    .nextControlFlow("else")
                    .beginControlFlow("try")
                    .addStatement("$N.close()", resource)
                    .nextControlFlow("catch ($T suppressed)", Throwable.class)
                    .addStatement("$N.addSuppressed(suppressed)", pending)
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow();
        } else if (stmt instanceof Stmt.Finish) {
            if (machine.returnVar() != null) {
                if (machine.closeEntries().isEmpty()) {
                    code.addStatement("$N = true", returned);
                } else {
                    code.addStatement("$N = !$N", returned, closing);
                }
            }
            code.addStatement("$N = FINISHED", state).addStatement("return ENDED");
        }
        return code.build();
    }

    /**
     * A copied statement whose jumps leave a copied {@code try} with a {@code finally} block: the
     * jump breaks out of the statement first (running that block where the exception handling of
     * this state applies), and only then changes the state.
     */
    private CodeBlock deferringJumps(Stmt.Exec exec, Map<LocalVar, String> snapshots) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("{\n$>")
                .addStatement("int $N = -1", jumpTarget)
                .add("$N: {\n$>", copiedLabel)
                .add("$L\n", render(exec.code(), snapshots))
                .add("$<}\n");
        if (exec.completesNormally()) {
            code.beginControlFlow("if ($N != -1)", jumpTarget)
                    .addStatement("$N = $N", state, jumpTarget)
                    .addStatement("continue")
                    .endControlFlow();
        } else {
            code.addStatement("$N = $N", state, jumpTarget).addStatement("continue");
        }
        return code.add("$<}\n").build();
    }

    /**
     * A yield reached while closing (from a finally block) raises there, so that the enclosing
     * finally blocks still run as the exception passes them (Python: "generator ignored
     * GeneratorExit").
     */
    private CodeBlock refuseWhileClosing(boolean inFinally) {
        if (!inFinally || machine.closeEntries().isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .beginControlFlow("if ($N)", closing)
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "generator ignored close: it yielded while closing")
                .endControlFlow()
                .build();
    }

    private CodeBlock pullDelegate(Stmt.PullDelegate pull) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (pull.forwards()) {
            code.beginControlFlow("try")
                    .beginControlFlow("if ($N instanceof $T exception && $N != null)", raised, RuntimeException.class,
                            delegate)
                    .addStatement("$N = null", raised)
                    .addStatement("$N = $N.apply(exception)", current, forwardThrow)
                    .addStatement("return YIELDED")
                    .endControlFlow()
                    .beginControlFlow("if ($N != null && $N != null)", sent, delegate)
                    .addStatement("$N = $N.apply(($T) $N)", current, forwardSend, template.sentType(), sent)
                    .addStatement("return YIELDED")
                    .endControlFlow()
                    .nextControlFlow("catch ($T ended)", NoSuchElementException.class)
                    .addStatement("$N = null", delegate)
                    .addStatement("$N = $L", state, pull.resume())
                    .addStatement("continue")
                    .endControlFlow();
        }
        code.beginControlFlow("if ($N != null)", raised)
                .addStatement("$T exception = $N", Throwable.class, raised)
                .addStatement("$N = null", raised)
                .beginControlFlow("if ($N instanceof $T closeable)", delegate, AutoCloseable.class)
                .addStatement("$N = null", delegate)
                .addStatement("closeable.close()")
                .endControlFlow()
                .addStatement("$N = null", delegate)
                .addStatement("throw exception")
                .endControlFlow();
        code.beginControlFlow("if ($N != null && $N.hasNext())", delegate, delegate);
        SinkKind sink = template.sink();
        if (sink.isPrimitive()) {
            code.beginControlFlow("if ($N instanceof $T values)", delegate, sink.primitiveIterator())
                    .addStatement("$N = values.$L()", value, sink.primitiveNext())
                    .nextControlFlow("else")
                    .addStatement("$N = ($T) $N.next()", value, elementType, delegate)
                    .endControlFlow();
        } else {
            code.addStatement("$N = ($T) $N.next()", current, elementType, delegate);
        }
        return code.addStatement("return YIELDED")
                .endControlFlow()
                .addStatement("$N = null", delegate)
                .addStatement("$N = $L", state, pull.resume())
                .addStatement("continue")
                .build();
    }

    /** A statement of a jump out of copied code, on one line where the jump stood. */
    private CodeBlock jumpStatement(Stmt stmt, Map<LocalVar, String> snapshots) {
        if (stmt instanceof Stmt.Assign assign) {
            return CodeBlock.of("$N = $L;", varNames.get(assign.var()), render(assign.value(), snapshots));
        } else if (stmt instanceof Stmt.SetFinallyNext set) {
            return CodeBlock.of("$N = $L; $N = null;", finallyNext.get(set.region()), set.state(),
                    finallyThrown.get(set.region()));
        } else if (stmt instanceof Stmt.Goto jump) {
            return CodeBlock.of("$N = $L; continue $N;", state, jump.state(), dispatch);
        } else if (stmt instanceof Stmt.DeferredGoto jump) {
            return CodeBlock.of("$N = $L; break $N;", jumpTarget, jump.state(), copiedLabel);
        }
        throw new IllegalStateException("not a jump statement: " + stmt);
    }

    private CodeBlock continueDispatch(boolean nested) {
        return nested ? CodeBlock.of("continue $L;\n", dispatch) : CodeBlock.of("continue;\n");
    }

    /** Whether an initializer's type comes from its target: a lambda, a method reference, a diamond. */
    private static boolean needsTargetType(Code init) {
        String text = init.toString();
        return text.contains("->") || text.contains("::") || text.contains("<>");
    }

    /** Renders a fragment; captured variables listed in {@code snapshots} read their snapshot. */
    private CodeBlock render(Code code, Map<LocalVar, String> snapshots) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (Code.Piece piece : code.pieces()) {
            if (piece instanceof Code.Text text) {
                out.add("$L", text.text());
            } else if (piece instanceof Code.TypeRef type) {
                out.add("$T", PoetTypes.of(type.type()));
            } else if (piece instanceof Code.ReceiverRef) {
                out.add("$N", receiver);
            } else if (piece instanceof Code.VarRef ref && ref.var().equals(machine.sentVar())) {
                TypeName sentType = typeName(ref.var().type());
                if (sentType.equals(ClassName.OBJECT)) {
                    out.add("$N", sent); // a cast to Object would be redundant
                } else {
                    out.add("(($T) $N)", sentType, sent);
                }
            } else if (piece instanceof Code.VarRef ref) {
                String snapshot = ref.captured() ? snapshots.get(ref.var()) : null;
                if (snapshot == null && !ref.written() && ref.var().fieldType() != null && hoisted.contains(ref.var())) {
                    // a local of a class declared in the body: its field has a supertype
                    out.add("(($L) $N)", render(ref.var().type(), Map.of()), varNames.get(ref.var()));
                } else {
                    out.add("$N", snapshot != null ? snapshot : varNames.get(ref.var()));
                }
            } else if (piece instanceof Code.Block block) {
                out.add("{");
                for (Stmt stmt : block.statements()) {
                    out.add(" ").add(jumpStatement(stmt, snapshots));
                }
                out.add(" }");
            }
        }
        return out.build();
    }
}
