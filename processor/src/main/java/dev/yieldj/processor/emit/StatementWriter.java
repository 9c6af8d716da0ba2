package dev.yieldj.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Writes the statements of the resume method's states: each IR statement as the Java that
 * changes the state, suspends, delegates, runs finally blocks or closes resources.
 */
final class StatementWriter {
    /** The {@code loopState} of a statement in a case that is no loop. */
    static final int NO_LOOP = Integer.MIN_VALUE;
    /** No state is written after the {@code switch}. */
    static final int NO_JOIN = Integer.MIN_VALUE;

    private final BodyNames n;
    private final StateMachine machine;
    private final Template template;
    private final CodeRenderer renderer;
    private final TypeName elementType;
    private final ClassName baseName;
    /** How delegations to the template itself run, when they run as frames; else null. */
    private final Frames frames;
    /** The state written after the resume method's {@code switch} (the shared tail), or {@link #NO_JOIN}. */
    private final int joinState;

    StatementWriter(BodyNames names, StateMachine machine, Template template, CodeRenderer renderer, ClassName baseName,
            Frames frames) {
        this(names, machine, template, renderer, baseName, frames, NO_JOIN);
    }

    private StatementWriter(BodyNames names, StateMachine machine, Template template, CodeRenderer renderer,
            ClassName baseName, Frames frames, int joinState) {
        this.frames = frames;
        this.n = names;
        this.machine = machine;
        this.template = template;
        this.renderer = renderer;
        this.elementType = template.elementType();
        this.baseName = baseName;
        this.joinState = joinState;
    }

    /** This writer, but jumps to {@code state} leave the {@code switch}: that state is written after it. */
    StatementWriter joiningAt(int state) {
        return new StatementWriter(n, machine, template, renderer, baseName, frames, state);
    }

    /**
     * Renders one statement. Managed variables that lambdas or classes in it capture are first
     * copied into locals, so each capture sees the value of that moment, as in the template.
     * {@code loopState}: the state whose case this statement stands in when that case is a loop
     * (its jumps to itself continue that loop, its jumps elsewhere the labelled dispatch loop), or
     * {@link #NO_LOOP}.
     */
    CodeBlock statement(Stmt stmt, Set<LocalVar> declared, int loopState) {
        boolean nested = loopState != NO_LOOP;
        CodeBlock.Builder code = CodeBlock.builder();
        Map<LocalVar, String> snapshots = new HashMap<>();
        for (Code fragment : stmt.codes()) {
            for (LocalVar var : fragment.capturedVars()) {
                if (n.hoisted.contains(var) && !snapshots.containsKey(var)) {
                    String snapshot = n.names.internal(n.varNames.get(var) + "Snapshot");
                    snapshots.put(var, snapshot);
                    code.addStatement("final $L $N = $L", renderer.render(var.type(), Map.of()), snapshot,
                            renderer.render(Code.var(var), Map.of()));
                }
            }
        }
        if (stmt instanceof Stmt.Exec exec && exec.code().hasDeferredJump()) {
            writeExecDeferring(code, exec, snapshots);
        } else if (stmt instanceof Stmt.Exec exec) {
            writeExec(code, exec, snapshots);
        } else if (stmt instanceof Stmt.DeferredGoto jump) {
            writeDeferredGoto(code, jump);
        } else if (stmt instanceof Stmt.Declare declare) {
            writeDeclare(code, declare, declared, snapshots);
        } else if (stmt instanceof Stmt.Assign assign) {
            writeAssign(code, assign, declared, snapshots);
        } else if (stmt instanceof Stmt.SetFinallyNext set) {
            writeSetFinallyNext(code, set);
        } else if (stmt instanceof Stmt.Goto jump) {
            writeGoto(code, jump, loopState);
        } else if (stmt instanceof Stmt.Branch branch) {
            writeBranch(code, branch, loopState, snapshots);
        } else if (stmt instanceof Stmt.If choice) {
            writeIf(code, choice, declared, loopState, snapshots);
        } else if (stmt instanceof Stmt.Switch choice) {
            writeSwitch(code, choice, nested, snapshots);
        } else if (stmt instanceof Stmt.Suspend suspend) {
            writeSuspend(code, suspend, snapshots);
        } else if (stmt instanceof Stmt.Delegate delegation) {
            writeDelegate(code, delegation, loopState, snapshots);
        } else if (stmt instanceof Stmt.PullDelegate pull) {
            writePullDelegate(code, pull);
        } else if (stmt instanceof Stmt.EndFinally end) {
            writeEndFinally(code, end, nested);
        } else if (stmt instanceof Stmt.RethrowPending rethrow) {
            writeRethrowPending(code, rethrow);
        } else if (stmt instanceof Stmt.CloseResource close) {
            writeCloseResource(code, close);
        } else if (stmt instanceof Stmt.Finish) {
            writeFinish(code, nested);
        }
        return code.build();
    }

    private void writeExecDeferring(CodeBlock.Builder code, Stmt.Exec exec, Map<LocalVar, String> snapshots) {
        code.add(deferringJumps(exec, snapshots));
    }

    private void writeExec(CodeBlock.Builder code, Stmt.Exec exec, Map<LocalVar, String> snapshots) {
        code.add("$L\n", renderer.render(exec.code(), snapshots));
    }

    private void writeDeferredGoto(CodeBlock.Builder code, Stmt.DeferredGoto jump) {
        code.addStatement("break $N", n.copiedLabel(jump.state()));
    }

    private void writeDeclare(CodeBlock.Builder code, Stmt.Declare declare, Set<LocalVar> declared, Map<LocalVar, String> snapshots) {
        LocalVar var = declare.var();
        if (n.declaredAbove(var)) {
            if (declare.init() != null && var.fieldType() != null && !declare.arrayInitializer()
                    && CodeRenderer.needsTargetType(declare.init())) {
                // the field has a supertype: a lambda, method reference or diamond takes its type from a
                // local of the declared type
                String typed = n.names.internal("initial");
                code.add("{\n$>$L $N = $L;\n$N = $N;\n$<}\n", renderer.render(var.type(), Map.of()), typed,
                        renderer.render(declare.init(), snapshots), n.varNames.get(var), typed);
            } else if (declare.init() != null) {
                code.add("$N = ", n.varNames.get(var));
                if (declare.arrayInitializer()) {
                    code.add("new $L ", renderer.render(var.type(), Map.of()));
                }
                code.add("$L;\n", renderer.render(declare.init(), snapshots));
            }
        } else {
            declared.add(var);
            code.add("$L $N", renderer.render(var.type(), Map.of()), n.varNames.get(var));
            if (declare.init() != null) {
                code.add(" = $L", renderer.render(declare.init(), snapshots));
            }
            code.add(";\n");
        }
    }

    private void writeAssign(CodeBlock.Builder code, Stmt.Assign assign, Set<LocalVar> declared, Map<LocalVar, String> snapshots) {
        LocalVar var = assign.var();
        if (!n.declaredAbove(var) && declared.add(var)) {
            code.add("$L ", renderer.render(var.type(), Map.of()));
        }
        code.add("$N = $L;\n", n.varNames.get(var), renderer.render(assign.value(), snapshots));
    }

    private void writeSetFinallyNext(CodeBlock.Builder code, Stmt.SetFinallyNext set) {
        code.addStatement("$N = $L", n.finallyNext.get(set.region()), set.state())
                .addStatement("$N = null", n.finallyThrown.get(set.region()));
    }

    private void writeGoto(CodeBlock.Builder code, Stmt.Goto jump, int loopState) {
        if (jump.state() == loopState) {
            code.addStatement("continue");
            return;
        }
        if (jump.state() == joinState && loopState == NO_LOOP) {
            code.addStatement("break");
            return;
        }
        code.addStatement("$N = $L", n.state, jump.state()).add(renderer.continueDispatch(loopState != NO_LOOP));
    }

    private void writeBranch(CodeBlock.Builder code, Stmt.Branch branch, int loopState, Map<LocalVar, String> snapshots) {
        CodeBlock condition = renderer.render(branch.condition(), snapshots);
        if (branch.whenTrue() == loopState) {
            code.beginControlFlow("if ($L)", condition).addStatement("continue").endControlFlow();
            writeGoto(code, new Stmt.Goto(branch.whenFalse()), loopState);
        } else if (branch.whenFalse() == loopState) {
            code.beginControlFlow("if ($L)", condition);
            writeGoto(code, new Stmt.Goto(branch.whenTrue()), loopState);
            code.endControlFlow().addStatement("continue");
        } else {
            code.addStatement("$N = $L ? $L : $L", n.state, condition, branch.whenTrue(), branch.whenFalse())
                    .add(renderer.continueDispatch(loopState != NO_LOOP));
        }
    }

    private void writeIf(CodeBlock.Builder code, Stmt.If choice, Set<LocalVar> declared, int loopState, Map<LocalVar, String> snapshots) {
        code.beginControlFlow("if ($L)", renderer.render(CodeRenderer.unparenthesized(choice.condition()), snapshots));
        for (Stmt branched : choice.then()) {
            code.add(statement(branched, new HashSet<>(declared), loopState));
        }
        code.endControlFlow();
        for (Stmt branched : choice.otherwise()) {
            code.add(statement(branched, declared, loopState));
        }
    }

    private void writeSwitch(CodeBlock.Builder code, Stmt.Switch choice, boolean nested, Map<LocalVar, String> snapshots) {
        code.beginControlFlow("switch ($L)", renderer.render(choice.selector(), snapshots));
        for (Stmt.Switch.Case option : choice.cases()) {
            CodeBlock.Builder labels = CodeBlock.builder();
            for (int i = 0; i < option.labels().size(); i++) {
                labels.add(i == 0 ? "" : ", ").add("$L", renderer.render(option.labels().get(i), Map.of()));
            }
            code.addStatement("case $L -> $N = $L", labels.build(), n.state, option.state());
        }
        code.addStatement("default -> $N = $L", n.state, choice.defaultState());
        code.endControlFlow();
        code.add(renderer.continueDispatch(nested));
    }

    private void writeSuspend(CodeBlock.Builder code, Stmt.Suspend suspend, Map<LocalVar, String> snapshots) {
        if (!n.yieldsItsVariable) {
            code.addStatement("$N = $L", n.ownsValue ? n.value : n.current, renderer.render(suspend.value(), snapshots));
        }
        code.add(refuseWhileClosing(suspend.inFinally()))
                .add(clearDead(suspend.resume()))
                .addStatement("return READY + $L", suspend.resume());
    }

    private void writeDelegate(CodeBlock.Builder code, Stmt.Delegate delegation, int loopState,
            Map<LocalVar, String> snapshots) {
        boolean nested = loopState != NO_LOOP;
        if (frames != null && delegation.recurses()) {
            writeFrame(code, delegation, loopState, snapshots);
            return;
        }
        if (delegation.forwards()) {
            // a coroutine generated elsewhere: sent and thrown-in values go on to it (PEP 380)
            code.beginControlFlow("")
                    .addStatement("var coroutine = $L", renderer.render(delegation.source(), snapshots))
                    .addStatement("$N = coroutine", n.delegate)
                    .addStatement("$N = coroutine::send", n.forwardSend)
                    .addStatement("$N = coroutine::throwInto", n.forwardThrow)
                    .addStatement("$N = null", n.sent)
                    .endControlFlow();
        } else {
            code.addStatement("$N = iterate($L)", n.delegate, renderer.render(delegation.source(), snapshots));
        }
        code.add(refuseWhileClosing(delegation.inFinally()))
                .add(clearDead(delegation.resume()))
                .addStatement("$N = $L", n.state, delegation.resume());
        if (!template.sink().isPrimitive()) {
            code.beginControlFlow("if ($N instanceof $T<?> generator && generator.flattens())", n.delegate,
                            baseName)
                    .addStatement("$N = generator", n.inner)
                    .addStatement("$N = null", n.delegate)
                    .addStatement("return $N", n.state)
                    .endControlFlow();
        }
        code.add(renderer.continueDispatch(nested));
    }

    /**
     * A delegation to a fresh generator of the template itself, as a new frame: the arguments are
     * evaluated in the frame that delegates, which is saved to resume after its {@code yieldAll}.
     */
    private void writeFrame(CodeBlock.Builder code, Stmt.Delegate delegation, int loopState,
            Map<LocalVar, String> snapshots) {
        List<LocalVar> parameters = n.parameters();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String argument = n.names.internal(n.varNames.get(parameters.get(i)) + "Argument");
            arguments.add(argument);
            code.addStatement("$T $N = $L", template.parameters().get(i).type(), argument,
                    renderer.render(delegation.ownArguments().get(i), snapshots));
        }
        int resume = n.frameResumes.get(delegation.resume());
        if (n.frameEnds.contains(resume)) {
            code.add("// a tail call: this frame would end right after the new one, which replaces it\n");
        } else {
            code.addStatement("pushFrame($L)", resume);
        }
        for (int i = 0; i < parameters.size(); i++) {
            code.addStatement("$N = $N", n.varNames.get(parameters.get(i)), arguments.get(i));
        }
        if (machine.returnVar() != null) {
            code.addStatement("$N = false", n.returned);
        }
        if (loopState == 0) {
            code.addStatement("continue");
        } else {
            code.addStatement("$N = 0", n.state).add(renderer.continueDispatch(loopState != NO_LOOP));
        }
    }

    /** Clears the reference fields that die as the body suspends to resume at {@code resume}. */
    private CodeBlock clearDead(int resume) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (LocalVar var : n.clearedAt.getOrDefault(resume, Set.of())) {
            code.addStatement("$N = null", n.varNames.get(var));
        }
        return code.build();
    }

    private void writePullDelegate(CodeBlock.Builder code, Stmt.PullDelegate pull) {
        code.add(pullDelegate(pull));
    }

    private void writeEndFinally(CodeBlock.Builder code, Stmt.EndFinally end, boolean nested) {
        code.addStatement("$N = $N", n.state, n.finallyNext.get(end.region())).add(renderer.continueDispatch(nested));
    }

    private void writeRethrowPending(CodeBlock.Builder code, Stmt.RethrowPending rethrow) {
        code.addStatement("throw $N", n.finallyThrown.get(rethrow.region()));
    }

    private void writeCloseResource(CodeBlock.Builder code, Stmt.CloseResource close) {
        String resource = n.varNames.get(close.resource());
        String pending = n.finallyThrown.get(close.region());
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
    }

    private void writeFinish(CodeBlock.Builder code, boolean nested) {
        if (machine.returnVar() != null) {
            if (machine.closeEntries().isEmpty()) {
                code.addStatement("$N = true", n.returned);
            } else {
                code.addStatement("$N = !$N", n.returned, n.closing);
            }
        }
        if (frames != null) {
            code.add(frames.resumeWaitingFrame(renderer.continueDispatch(nested)));
        }
        code.addStatement("return FINISHED");

    }

    /**
     * A copied statement whose jumps leave a copied {@code try} with a {@code finally} block (or
     * resources): the jump breaks out of the statement first (running that block where the
     * exception handling of this state applies), and only then changes the state. Each target state
     * has its own labelled block, and the target is recorded where its block ends: a jump that the
     * {@code finally} block or a resource's {@code close()} replaces with an exception, caught inside
     * the statement, leaves no target behind (the statement then goes on as in the template).
     */
    private CodeBlock deferringJumps(Stmt.Exec exec, Map<LocalVar, String> snapshots) {
        List<Integer> targets = new ArrayList<>(exec.code().deferredTargets());
        CodeBlock.Builder code = CodeBlock.builder()
                .add("{\n$>")
                .addStatement("int $N", n.jumpTarget)
                .add("$N: {\n$>", n.copiedLabel);
        for (int i = targets.size() - 1; i >= 0; i--) {
            code.add("$N: {\n$>", n.copiedLabel(targets.get(i)));
        }
        code.add("$L\n", renderer.render(exec.code(), snapshots));
        if (exec.completesNormally()) {
            code.addStatement("$N = -1", n.jumpTarget).addStatement("break $N", n.copiedLabel);
        }
        for (int i = 0; i < targets.size(); i++) {
            code.add("$<}\n").addStatement("$N = $L", n.jumpTarget, targets.get(i));
            if (i < targets.size() - 1) {
                code.addStatement("break $N", n.copiedLabel);
            }
        }
        code.add("$<}\n");
        if (exec.completesNormally()) {
            code.beginControlFlow("if ($N != -1)", n.jumpTarget)
                    .addStatement("$N = $N", n.state, n.jumpTarget)
                    .addStatement("continue")
                    .endControlFlow();
        } else {
            code.addStatement("$N = $N", n.state, n.jumpTarget).addStatement("continue");
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
                .addStatement("if ($N) throw new $T($S)", n.closing, IllegalStateException.class,
                        "generator ignored close: it yielded while closing")
                .build();
    }

    private CodeBlock pullDelegate(Stmt.PullDelegate pull) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (pull.forwards()) {
            code.beginControlFlow("try")
                    .beginControlFlow("if ($N instanceof $T exception && $N != null)", n.raised, RuntimeException.class,
                            n.delegate)
                    .addStatement("$N = null", n.raised)
                    .addStatement("$N = $N.apply(exception)", n.current, n.forwardThrow)
                    .addStatement("return READY + $N", n.state)
                    .endControlFlow()
                    .beginControlFlow("if ($N != null && $N != null)", n.sent, n.delegate)
                    .addStatement("$N = $N.apply(($T) $N)", n.current, n.forwardSend, template.sentType(), n.sent)
                    .addStatement("return READY + $N", n.state)
                    .endControlFlow()
                    .nextControlFlow("catch ($T ended)", NoSuchElementException.class)
                    .addStatement("$N = null", n.delegate)
                    .addStatement("$N = $L", n.state, pull.resume())
                    .addStatement("continue")
                    .endControlFlow();
        }
        code.beginControlFlow("if ($N != null)", n.raised)
                .addStatement("$T exception = $N", Throwable.class, n.raised)
                .addStatement("$N = null", n.raised)
                .beginControlFlow("if ($N instanceof $T closeable)", n.delegate, AutoCloseable.class)
                .addStatement("$N = null", n.delegate)
                .addStatement("closeable.close()")
                .endControlFlow()
                .addStatement("$N = null", n.delegate)
                .addStatement("throw exception")
                .endControlFlow();
        code.beginControlFlow("if ($N != null && $N.hasNext())", n.delegate, n.delegate);
        SinkKind sink = template.sink();
        if (sink.isPrimitive()) {
            code.beginControlFlow("if ($N instanceof $T values)", n.delegate, sink.primitiveIterator())
                    .addStatement("$N = values.$L()", n.value, sink.primitiveNext())
                    .nextControlFlow("else")
                    .addStatement("$N = ($T) $N.next()", n.value, elementType, n.delegate)
                    .endControlFlow();
        } else {
            code.addStatement("$N = ($T) $N.next()", n.current, elementType, n.delegate);
        }
        return code.addStatement("return READY + $N", n.state)
                .endControlFlow()
                .addStatement("$N = null", n.delegate)
                .addStatement("$N = $L", n.state, pull.resume())
                .addStatement("continue")
                .build();
    }
}
