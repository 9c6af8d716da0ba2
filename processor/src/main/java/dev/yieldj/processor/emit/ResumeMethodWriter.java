package dev.yieldj.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import dev.yieldj.processor.lower.SharedTail;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the resume method: a loop over a {@code switch} on the state, one case per state in
 * order, the exceptions of states inside {@code try} regions handed to {@code recover}; a machine
 * too large for one method is split into chunks that each run while the state stays theirs.
 */
final class ResumeMethodWriter {
    /** Source characters of cases per resume method, far below the JVM's 64 KB of bytecode. */
    private static final int CHUNK_SIZE = 12_000;

    private final BodyNames n;
    private final StateMachine machine;
    private final Template template;
    private final CodeRenderer renderer;
    private final StatementWriter statements;
    private final TypeName elementType;
    private boolean split;

    ResumeMethodWriter(BodyNames names, StateMachine machine, Template template, CodeRenderer renderer,
            StatementWriter statements) {
        this.n = names;
        this.machine = machine;
        this.template = template;
        this.renderer = renderer;
        this.statements = statements;
        this.elementType = template.elementType();
    }

    /** Whether the last {@link #advance} split the machine into chunks (they return {@code CONTINUE}). */
    boolean split() {
        return split;
    }

    private boolean isCoroutine() {
        return template.sink() == SinkKind.COROUTINE;
    }

    List<MethodSpec> advance() {
        Set<Integer> resumeStates = new HashSet<>();
        for (StateMachine.State s : machine.states()) {
            collectResumes(s.statements(), resumeStates);
        }
        List<StateMachine.State> live = new ArrayList<>();
        StateMachine.State tail = null;
        boolean joins = !n.recursesInFrames && SharedTail.joinable(machine);
        for (StateMachine.State s : machine.states()) {
            if (joins && s.id() == machine.sharedTail()) {
                tail = s;
            } else if (!s.statements().isEmpty() && !n.frameResumes.containsKey(s.id())
                    && !n.unreachedFrameEnds.contains(s.id())) {
                live.add(s);
            }
        }
        StatementWriter joined = statements.joiningAt(tail != null ? tail.id() : StatementWriter.NO_JOIN);
        // each case is rendered once, here: its text decides the merging, the size and the dispatch loop
        List<SharedCase> cases = sharedCases(live, resumeStates, joined);
        List<String> texts = new ArrayList<>();
        int size = 0;
        for (SharedCase shared : cases) {
            texts.add(shared.text());
            size += shared.size();
        }
        CodeBlock afterSwitch = CodeBlock.of("");
        String tailText = "";
        if (tail != null) {
            CodeBlock.Builder code = CodeBlock.builder();
            Set<LocalVar> declared = new HashSet<>();
            for (Stmt stmt : tail.statements()) {
                code.add(joined.statement(stmt, declared, StatementWriter.NO_LOOP));
            }
            afterSwitch = code.build();
            tailText = afterSwitch.toString();
            texts.add(tailText);
            size += tailText.length();
        }
        if (size > CHUNK_SIZE && machine.bodyClasses().isEmpty()) {
            // chunks each have their own switch: the shared tail is a case there like any other
            split = true;
            if (tail != null) {
                live.add(tail);
            }
            List<SharedCase> chunkCases = new ArrayList<>();
            for (StateMachine.State s : live) {
                chunkCases.add(singleCase(s, resumeStates.contains(s.id()), statements));
            }
            return splitAdvance(live, chunkCases);
        }
        CodeBlock.Builder body = CodeBlock.builder();
        for (Code bodyClass : machine.bodyClasses()) {
            body.add(bodyClass(bodyClass));
        }
        body.add(resumeLocals());
        if (continuesDispatch(texts)) {
            body.add("$L:\n", n.dispatch);
        }
        boolean hasHandlers = !machine.handlers().isEmpty();
        // a dispatch loop only when some state goes on to another (or a handler does): else each case returns
        boolean loops = hasHandlers || cases.stream().anyMatch(SharedCase::dispatches)
                || tailText.contains("continue");
        if (loops) {
            body.beginControlFlow("while (true)");
        }
        if (hasHandlers) {
            body.beginControlFlow("try");
        }
        // every state goes straight on to the shared tail (as in a map over an iterator): no switch at all
        boolean onlyTail = cases.size() == 1 && cases.get(0).text().equals("break;\n");
        if (!onlyTail) {
            body.beginControlFlow("switch ($N)", n.state);
            cases.forEach(shared -> body.add(shared.code()));
            body.add("default:\n").indent()
                    .addStatement("throw new $T($S + $N)", IllegalStateException.class, "no state ", n.state)
                    .unindent();
            body.endControlFlow();
        }
        body.add(afterSwitch);
        if (hasHandlers) {
            body.nextControlFlow("catch ($T caught)", Throwable.class);
            body.addStatement("$N = recover(caught, $N)", n.state, n.state);
            body.endControlFlow();
        }
        if (loops) {
            body.endControlFlow();
        }
        return List.of(advanceMethod().addCode(body.build()).build());
    }

    /**
     * The variables that outlive a state but no suspension, declared once with their type's
     * default (each is assigned before it is read, as in the template).
     */
    private CodeBlock resumeLocals() {
        CodeBlock.Builder code = CodeBlock.builder();
        for (LocalVar var : machine.vars()) {
            if (n.resumeLocals.contains(var)) {
                TypeName type = renderer.typeName(var.type());
                code.addStatement("$T $N = $L", type, n.varNames.get(var), defaultValue(type));
            }
        }
        return code.build();
    }

    private static String defaultValue(TypeName type) {
        if (type.equals(TypeName.BOOLEAN)) {
            return "false";
        }
        if (type.equals(TypeName.CHAR)) {
            return "'\\0'";
        }
        if (type.equals(TypeName.LONG)) {
            return "0L";
        }
        if (type.equals(TypeName.FLOAT)) {
            return "0F";
        }
        if (type.equals(TypeName.DOUBLE)) {
            return "0D";
        }
        return type.isPrimitive() ? "0" : "null";
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
                .returns(int.class)
                .addParameter(int.class, n.state)
                .addException(Throwable.class);
        if (n.baseResumes) {
            method.addAnnotation(Override.class);
        } else {
            method.addModifiers(Modifier.PRIVATE).addJavadoc(MachineBase.advanceJavadoc(false));
        }
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
            copies.put(var, n.names.internal(n.varNames.get(var) + "Captured"));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        boolean opened = false;
        for (Code.Piece piece : declaration.pieces()) {
            if (!opened && piece instanceof Code.Text text && text.text().contains("{")) {
                int brace = text.text().indexOf('{');
                code.add("$L", text.text().substring(0, brace + 1));
                for (Map.Entry<LocalVar, String> copy : copies.entrySet()) {
                    code.add("\n$>private final $L $N = $L;$<", renderer.render(copy.getKey().type(), Map.of()), copy.getValue(),
                            renderer.render(Code.var(copy.getKey()), Map.of()));
                }
                code.add("$L", text.text().substring(brace + 1));
                opened = true;
            } else {
                code.add(renderer.render(Code.of(piece), copies));
            }
        }
        return code.add("\n").build();
    }

    /**
     * Whether state {@code s} jumps to itself (a loop without a suspension in its path back) and
     * nothing in it continues the dispatch loop unlabelled, so that it can loop in its own case.
     */
    private boolean loopsInPlace(StateMachine.State s) {
        return BodyNames.anyStatement(List.of(s), stmt -> stmt instanceof Stmt.Goto jump && jump.state() == s.id()
                        || stmt instanceof Stmt.Branch branch
                                && (branch.whenTrue() == s.id() || branch.whenFalse() == s.id())
                        // a recursion run as a frame starts the body anew, at state 0
                        || s.id() == 0 && n.recursesInFrames && stmt instanceof Stmt.Delegate delegation
                                && delegation.recurses())
                && !BodyNames.anyStatement(List.of(s), stmt -> stmt instanceof Stmt.DeferredGoto
                        || stmt instanceof Stmt.PullDelegate
                        || stmt instanceof Stmt.Exec exec && exec.code().hasDeferredJump());
    }

    /** Whether a case continues the labelled dispatch loop (from copied code, or from a state's own loop). */
    private boolean continuesDispatch(List<String> cases) {
        String jump = "continue " + n.dispatch + ";";
        return cases.stream().anyMatch(text -> text.contains(jump));
    }

    /** Values sent in and pulled from delegates arrive untyped from the base class. */
    private boolean needsUncheckedCasts() {
        return (isCoroutine() && !isReifiable(template.sentType()))
                || (!machine.delegatePulls().isEmpty() && !isReifiable(elementType))
                || machine.vars().stream().anyMatch(var -> var.fieldType() != null && n.hoisted.contains(var)
                        && renderer.render(var.type(), Map.of()).toString().contains("<"));
    }

    /** Whether a cast to {@code type} is checked at run time (no type arguments or variables). */
    static boolean isReifiable(TypeName type) {
        return type.isPrimitive() || type instanceof ClassName
                || (type instanceof com.palantir.javapoet.ArrayTypeName array && isReifiable(array.componentType()));
    }

    /** The case of state {@code s} alone. */
    private SharedCase singleCase(StateMachine.State s, boolean isResume, StatementWriter writer) {
        boolean inPlace = loopsInPlace(s);
        CaseBody body = caseBody(s, isResume, inPlace, writer);
        String text = body.text();
        // in a case that loops in place, a bare continue is that loop's; going on to another state is labelled
        return new SharedCase(caseHead(List.of(s), body.scoped()), body,
                text.contains(inPlace ? "continue " + n.dispatch + ";" : "continue"));
    }

    /**
     * The cases of {@code live}, states whose code is the same (the copies of a loop that each state
     * resuming it got, say) written once under all their numbers: they differ only in the state number,
     * which stays in the state field for {@code recover} and {@code close()} whichever label was taken.
     */
    private List<SharedCase> sharedCases(List<StateMachine.State> live, Set<Integer> resumeStates,
            StatementWriter writer) {
        Map<String, List<StateMachine.State>> statesByCode = new LinkedHashMap<>();
        Map<String, SharedCase> firstByCode = new HashMap<>();
        for (StateMachine.State s : live) {
            SharedCase single = singleCase(s, resumeStates.contains(s.id()), writer);
            statesByCode.computeIfAbsent(single.text(), code -> new ArrayList<>()).add(s);
            firstByCode.putIfAbsent(single.text(), single);
        }
        List<SharedCase> cases = new ArrayList<>();
        statesByCode.forEach((text, states) -> {
            SharedCase first = firstByCode.get(text);
            cases.add(first.labelled(caseHead(states, first.body().scoped())));
        });
        return cases;
    }

    /**
     * One case of the resume method: its label line, its body, and whether it may go on to another
     * state through the dispatch loop.
     */
    private record SharedCase(String head, CaseBody body, boolean dispatches) {
        SharedCase labelled(String head) {
            return new SharedCase(head, body, dispatches);
        }

        String text() {
            return body.text();
        }

        CodeBlock code() {
            return caseCode(head, body);
        }

        /** As many characters as {@link #code} has: the head, the body indented once more, the brace. */
        int size() {
            String text = body.text();
            return head.length() + text.length() + 2 * (int) text.chars().filter(c -> c == '\n').count()
                    + (body.scoped() ? 2 : 0);
        }
    }

    /**
     * The statements of a case, rendered, and whether they need a block of their own: a name they
     * declare would otherwise be in scope in the cases after them (the switch block is one scope).
     */
    private record CaseBody(CodeBlock code, String text, boolean scoped) {}

    private static CodeBlock caseCode(String head, CaseBody body) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L", head).indent().add(body.code()).unindent();
        return body.scoped() ? code.add("}\n").build() : code.build();
    }

    private static String caseHead(List<StateMachine.State> states, boolean scoped) {
        String labels = states.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(", "));
        List<String> origins = states.stream().map(StateMachine.State::resumeOrigin).filter(Objects::nonNull)
                .distinct().toList();
        String head = "case " + labels + ":" + (scoped ? " {" : "");
        return origins.isEmpty() ? head + "\n" : head + " // resumes after " + String.join(", ", origins) + "\n";
    }

    private CaseBody caseBody(StateMachine.State s, boolean isResume, boolean loops, StatementWriter writer) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (isResume && n.throwsIn) {
            body.addStatement("raiseThrownIn()");
        }
        Set<LocalVar> declared = new HashSet<>();
        if (loops) {
            // a state that jumps back to itself without suspending loops here, not through the dispatch
            body.beginControlFlow("while (true)");
        }
        for (Stmt stmt : s.statements()) {
            body.add(writer.statement(stmt, declared, loops ? s.id() : StatementWriter.NO_LOOP));
        }
        if (loops) {
            body.endControlFlow();
        }
        CodeBlock code = body.build();
        String text = code.toString();
        return new CaseBody(code, text, !loops && (!declared.isEmpty() || mayDeclare(text)));
    }

    /**
     * Whether copied code may declare a name in the enclosing block: a snapshot or a local class, or a
     * pattern variable that a statement introduces into the statements after it. A word in a string
     * literal can only make this say yes, which costs two braces.
     */
    private static boolean mayDeclare(String text) {
        return Stream.of("final ", "instanceof", "class ", "record ", "interface ", "enum ").anyMatch(text::contains);
    }

    /**
     * A machine too large for one method: its states in chunks of methods that each run while the
     * state stays theirs, under a resume method that picks the chunk and handles exceptions.
     */
    private List<MethodSpec> splitAdvance(List<StateMachine.State> live, List<SharedCase> cases) {
        boolean continues = continuesDispatch(cases.stream().map(SharedCase::text).toList());
        List<MethodSpec> methods = new ArrayList<>();
        List<Integer> firstStates = new ArrayList<>();
        CodeBlock.Builder chunk = null;
        int size = 0;
        for (int i = 0; i <= cases.size(); i++) {
            boolean end = i == cases.size();
            if (chunk != null && (end || size + cases.get(i).size() > CHUNK_SIZE)) {
                methods.add(chunkMethod(methods.size(), chunk));
                chunk = null;
            }
            if (end) {
                break;
            }
            if (chunk == null) {
                firstStates.add(live.get(i).id());
                chunk = CodeBlock.builder().add(continues ? n.dispatch + ":\n" : "")
                        .beginControlFlow("while (true)");
                if (!machine.handlers().isEmpty()) {
                    chunk.beginControlFlow("try");
                }
                chunk.beginControlFlow("switch ($N)", n.state);
                size = 0;
            }
            chunk.add(cases.get(i).code());
            size += cases.get(i).size();
        }
        CodeBlock.Builder body = CodeBlock.builder();
        body.beginControlFlow("while (true)");
        body.addStatement("int outcome");
        for (int i = methods.size() - 1; i >= 0; i--) {
            if (i == methods.size() - 1) {
                body.beginControlFlow("if ($N >= $L)", n.state, firstStates.get(i));
            } else if (i > 0) {
                body.nextControlFlow("else if ($N >= $L)", n.state, firstStates.get(i));
            } else {
                body.nextControlFlow("else");
            }
            body.addStatement("outcome = advance$L($N)", i, n.state);
        }
        body.endControlFlow();
        body.addStatement("if (outcome < CONTINUE) return outcome");
        body.addStatement("$N = outcome - CONTINUE", n.state);
        body.endControlFlow();
        List<MethodSpec> all = new ArrayList<>();
        all.add(advanceMethod().addCode(body.build()).build());
        all.addAll(methods);
        return all;
    }

    /**
     * The resume method of one chunk of states: runs while the state stays in the chunk, then returns
     * {@code CONTINUE} plus the state to go on at (the outcomes of a suspension are all below it).
     */
    private MethodSpec chunkMethod(int index, CodeBlock.Builder chunk) {
        chunk.add("default:\n").indent().addStatement("return CONTINUE + $N", n.state).unindent();
        chunk.endControlFlow();
        if (!machine.handlers().isEmpty()) {
            chunk.nextControlFlow("catch ($T caught)", Throwable.class)
                    .addStatement("$N = recover(caught, $N)", n.state, n.state)
                    .endControlFlow();
        }
        chunk.endControlFlow();
        MethodSpec.Builder part = MethodSpec.methodBuilder("advance" + index)
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addParameter(int.class, n.state)
                .addException(Throwable.class)
                .addCode(chunk.build());
        if (needsUncheckedCasts()) {
            part.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return part.build();
    }

    /**
     * Where an exception raised in a state goes: a catch block or a finally block of an enclosing
     * try region (returns the state where the loop of {@code advance} goes on), or out of the body.
     * Kept out of {@code advance} so that the resume method stays small.
     */
    MethodSpec recover() {
        return MethodSpec.methodBuilder("recover")
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addParameter(Throwable.class, "caught")
                .addParameter(int.class, n.state)
                .addException(Throwable.class)
                .addCode(handlers())
                .build();
    }

    private CodeBlock handlers() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T $N = caught", Throwable.class, n.thrown);
        code.beginControlFlow("switch ($N)", n.state);
        Map<Integer, List<Integer>> statesByHandler = new TreeMap<>();
        for (StateMachine.State s : machine.states()) {
            if (s.handler() >= 0 && !s.statements().isEmpty()) {
                statesByHandler.computeIfAbsent(s.handler(), k -> new ArrayList<>()).add(s.id());
            }
        }
        boolean canClose = !machine.closeEntries().isEmpty();
        for (Map.Entry<Integer, List<Integer>> entry : statesByHandler.entrySet()) {
            StateMachine.Handler handler = machine.handlers().get(entry.getKey());
            code.add("case $L -> {\n", GeneratorClassWriter.joinInts(entry.getValue())).indent();
            if (handler.suppressInto() >= 0 && canClose) {
                String pending = n.finallyThrown.get(handler.suppressInto());
                code.beginControlFlow("if ($N && $N != null)", n.closing, pending)
                        .addStatement("$N.addSuppressed($N)", pending, n.thrown)
                        .addStatement("$N = $N", n.thrown, pending)
                        .endControlFlow();
            }
            for (StateMachine.Step step : handler.steps()) {
                if (step instanceof StateMachine.Catch catchStep) {
                    CodeBlock.Builder test = CodeBlock.builder();
                    for (int i = 0; i < catchStep.types().size(); i++) {
                        test.add(i == 0 ? "" : " || ");
                        test.add("$N instanceof $T", n.thrown, renderer.typeName(catchStep.types().get(i)));
                    }
                    CodeBlock condition = catchStep.types().size() > 1
                            ? CodeBlock.of("($L)", test.build())
                            : test.build();
                    if (canClose) {
                        code.beginControlFlow("if (!$N && $L)", n.closing, condition);
                    } else {
                        code.beginControlFlow("if ($L)", condition);
                    }
                    TypeName caught = renderer.typeName(catchStep.paramType());
                    if (caught.equals(ClassName.get(Throwable.class))) {
                        code.addStatement("$N = $N", n.varNames.get(catchStep.param()), n.thrown); // a cast would be redundant
                    } else {
                        code.addStatement("$N = ($T) $N", n.varNames.get(catchStep.param()), caught, n.thrown);
                    }
                    code.addStatement("return $L", catchStep.entry())
                            .endControlFlow();
                } else if (step instanceof StateMachine.Finally finallyStep) {
                    code.addStatement("$N = $N", n.finallyThrown.get(finallyStep.region()), n.thrown)
                            .addStatement("$N = $L", n.finallyNext.get(finallyStep.region()), finallyStep.rethrowState())
                            .addStatement("return $L", finallyStep.entry());
                }
            }
            code.unindent().add("}\n");
        }
        code.add("default -> { }\n");
        code.endControlFlow();
        code.addStatement("throw $N", n.thrown);
        return code.build();
    }
}
