package dev.yieldj.processor.emit;

import com.palantir.javapoet.TypeName;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import dev.yieldj.processor.lower.Liveness;
import dev.yieldj.processor.lower.Retargeting;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names one generated body class uses: the base class's members, the machine's own fields
 * and locals, and the template's variables (their own names where nothing clashes). Decided once,
 * before any code is written.
 */
final class BodyNames {
    final Names names;
    /**
     * The resume method's state: a parameter that hides the base class's field, which says {@code
     * RUNNING} while the body runs (each state goes on to the next in this local; only a suspension's
     * result reaches the field).
     */
    final String state;
    final String current;
    final String closing;
    final String handedOut;
    final String inner;
    final String delegate;
    final String sent;
    final String raised;
    final String dispatch;
    final String returned;
    final String receiver;
    /** The field {@code next()} returns: the body class's own, or the one variable every yield yields. */
    final String value;
    /**
     * Whether the value waiting is a variable of the body's: every {@code yield} yields the same local
     * that crosses the suspension (a counter's {@code i}), which stays unchanged until the body resumes,
     * after {@code next()} took it; then no yield copies it, and {@code next()} returns the local itself.
     */
    final boolean yieldsItsVariable;
    final String thrown;
    final String jumpTarget;
    final String copiedLabel;
    final String forwardSend;
    final String forwardThrow;
    /** Whether an exception can be thrown into the body where it resumes. */
    final boolean throwsIn;
    /** Whether the file's base class has the trampoline for generators delegated to. */
    final boolean delegates;
    /** Whether the file's base class declares (and calls) {@code advance()}; else it is private to the body class. */
    final boolean baseResumes;
    /** Whether this body hands generators of its file to the trampoline ({@code yieldAll} of one). */
    final boolean delegatesHere;
    /** Whether this body runs its delegations to fresh generators of itself as frames (see {@link Frames}). */
    final boolean recursesInFrames;
    /** Every managed variable's name. */
    final Map<LocalVar, String> varNames = new HashMap<>();
    /** The managed variables that are fields (live across a suspension). */
    final Set<LocalVar> hoisted;
    /** The managed variables declared once above the resume method's dispatch loop. */
    final Set<LocalVar> resumeLocals;
    /** For each resume state, the reference fields cleared as the body suspends to it. */
    final Map<Integer, Set<LocalVar>> clearedAt;
    /** The label of the block a copied statement's deferred jumps to a state break out of, by state. */
    private final Map<Integer, String> copiedJumpLabels = new HashMap<>();
    final Map<Integer, String> finallyNext = new HashMap<>();
    /**
     * The states that pull a delegation this body runs as a frame instead (never reached), each with
     * the state where the frame that starts that delegation resumes.
     */
    final Map<Integer, Integer> frameResumes = new HashMap<>();
    /**
     * Frames only: the states that do nothing but end the body. A recursion that would resume its
     * frame at one is a tail call: the new frame replaces the one that starts it, none is saved.
     */
    final Set<Integer> frameEnds;
    /** Of {@link #frameEnds}, those nothing goes to but the pulls of frames: never reached, never written. */
    final Set<Integer> unreachedFrameEnds;
    /** Frames only: whether some recursion saves its frame (when all are tail calls, no frame ever waits). */
    final boolean savesFrames;
    final Map<Integer, String> finallyThrown = new HashMap<>();
    /** For parameters the body assigns: the field keeping the argument as passed (for fresh iterators). */
    final Map<LocalVar, String> initialValues = new LinkedHashMap<>();
    /**
     * Whether a boxed sink keeps each value unboxed until it is taken: every yield's value is
     * primitive and nothing is delegated to, so that the box is made in {@code next()}, where
     * escape analysis can remove it as it does for a hand-written iterator.
     */
    final boolean keepsUnboxed;
    /**
     * Whether the body class keeps each value in a field of its own ({@code value}) rather than in the
     * base class's {@code current}: primitive sinks, values kept unboxed, and files whose base class has
     * no {@code current} (every boxed sink of the file yields boxed primitives, and nothing is delegated
     * or sent).
     */
    final boolean ownsValue;
    /**
     * The type of the value the body class keeps ({@link #ownsValue}): the sink's primitive, the
     * element's primitive when kept unboxed, else the element type.
     */
    final TypeName valueType;
    private final StateMachine machine;

    BodyNames(Template template, StateMachine machine, MachineBase base, Set<String> templateNames,
            Set<String> repeatedNames, Liveness liveness, Set<LocalVar> assignedParameters) {
        this.machine = machine;
        this.names = new Names(templateNames, base.reservedNames(), repeatedNames);
        this.hoisted = Set.copyOf(liveness.fields());
        this.resumeLocals = Set.copyOf(liveness.resumeLocals());
        this.clearedAt = liveness.clearedAt();
        this.state = names.hiding(MachineBase.STATE);
        this.current = MachineBase.CURRENT;
        this.closing = MachineBase.CLOSING;
        this.handedOut = MachineBase.HANDED_OUT;
        this.inner = MachineBase.INNER;
        this.delegate = MachineBase.DELEGATE;
        this.sent = MachineBase.SENT;
        this.raised = MachineBase.RAISED;
        this.dispatch = names.internal("dispatch");
        this.throwsIn = base.parts.throwsIn();
        this.delegates = base.parts.delegates();
        this.baseResumes = base.parts.resumes();
        this.recursesInFrames = anyStatement(machine.states(), stmt -> stmt instanceof Stmt.Delegate d && d.recurses())
                && machine.handlers().isEmpty() && machine.finallyRegions().isEmpty()
                && template.sink() != SinkKind.COROUTINE;
        this.delegatesHere = anyStatement(machine.states(), stmt -> stmt instanceof Stmt.Delegate d
                && !(recursesInFrames && d.recurses()));
        this.returned = names.internal("returned");
        this.receiver = template.isStatic() ? null : names.internal("receiver");
        this.thrown = names.internal("thrown");
        this.jumpTarget = names.internal("jumpTarget");
        this.copiedLabel = names.internal("copied");
        this.forwardSend = names.internal("forwardSend");
        this.forwardThrow = names.internal("forwardThrow");
        this.keepsUnboxed = !template.sink().isPrimitive() && template.elementType().isBoxedPrimitive()
                && yieldsOnlyPrimitives(machine, recursesInFrames);
        this.ownsValue = template.sink().isPrimitive() || keepsUnboxed || !base.parts.current();
        this.valueType = template.sink().isPrimitive() ? template.sink().primitive()
                : keepsUnboxed ? template.elementType().unbox() : template.elementType();
        Set<Integer> framePulls = new HashSet<>();
        for (Stmt stmt : allStatements(machine.states())) {
            if (recursesInFrames && stmt instanceof Stmt.Delegate delegation && delegation.recurses()) {
                framePulls.add(delegation.resume());
            }
        }
        for (StateMachine.State state : machine.states()) {
            if (framePulls.contains(state.id()) && state.statements().get(0) instanceof Stmt.PullDelegate pulled) {
                frameResumes.put(state.id(), pulled.resume());
            }
        }
        // frames run only without handlers and finally blocks: no state is entered but by a statement
        this.frameEnds = recursesInFrames && machine.returnVar() == null ? frameEnds(machine) : Set.of();
        this.unreachedFrameEnds = unreached(frameEnds, machine, frameResumes.keySet());
        this.savesFrames = frameResumes.values().stream().anyMatch(resume -> !frameEnds.contains(resume));
        for (LocalVar var : machine.vars()) {
            String name = var.kind() == LocalVar.Kind.SYNTHETIC ? names.internal(var.name()) : names.variable(var.name());
            varNames.put(var, name);
            if (var.kind() == LocalVar.Kind.PARAMETER && (assignedParameters.contains(var) || recursesInFrames)) {
                initialValues.put(var, names.internal("initial" + capitalize(var.name())));
            }
        }
        LocalVar yielded = ownsValue && template.sink() != SinkKind.COROUTINE ? yieldedVariable(machine) : null;
        this.yieldsItsVariable = yielded != null && hoisted.contains(yielded) && yielded.fieldType() == null
                && valueType.isPrimitive() && yielded.type().toString().equals(valueType.toString())
                && clearedAt.values().stream().noneMatch(cleared -> cleared.contains(yielded));
        this.value = yieldsItsVariable ? varNames.get(yielded) : names.internal("value");
        for (int region : machine.finallyRegions()) {
            finallyNext.put(region, names.internal("finally" + region + "Next"));
            finallyThrown.put(region, names.internal("finally" + region + "Thrown"));
        }
    }

    /**
     * The label of the block that a copied statement's jumps to {@code state} break out of: the jump
     * records its target only once it has left the copied statement, so a jump that a copied
     * {@code finally} block or resource {@code close()} replaces with an exception records nothing.
     */
    String copiedLabel(int state) {
        return copiedJumpLabels.computeIfAbsent(state, s -> names.internal(copiedLabel + "To" + s));
    }

    /** The local every yield of the body yields, if there is one and the body delegates nothing. */
    private static LocalVar yieldedVariable(StateMachine machine) {
        Set<LocalVar> yielded = new HashSet<>();
        for (Stmt stmt : allStatements(machine.states())) {
            if (stmt instanceof Stmt.Delegate || stmt instanceof Stmt.PullDelegate) {
                return null;
            }
            if (stmt instanceof Stmt.Suspend suspend) {
                if (suspend.value().pieces().size() != 1
                        || !(suspend.value().pieces().get(0) instanceof Code.VarRef ref)
                        || ref.captured() || ref.var().kind() != LocalVar.Kind.LOCAL) {
                    return null;
                }
                yielded.add(ref.var());
            }
        }
        return yielded.size() == 1 ? yielded.iterator().next() : null;
    }

    /** {@code inFrames}: delegations to the template itself run as frames, yielding what this body yields. */
    private static boolean yieldsOnlyPrimitives(StateMachine machine, boolean inFrames) {
        return anyStatement(machine.states(), Stmt.Suspend.class::isInstance)
                && !anyStatement(machine.states(), stmt -> stmt instanceof Stmt.Suspend suspend && !suspend.primitive()
                        || stmt instanceof Stmt.Delegate delegation && !(inFrames && delegation.recurses()));
    }

    /** Whether a statement of {@code states}, or one nested in their {@code if}s, is as {@code wanted} says. */
    static boolean anyStatement(List<StateMachine.State> states, Predicate<Stmt> wanted) {
        return allStatements(states).stream().anyMatch(wanted);
    }

    /** The states (but the first) that only end the body (a template returning a value is never asked). */
    private static Set<Integer> frameEnds(StateMachine machine) {
        Set<Integer> ends = new HashSet<>();
        for (StateMachine.State state : machine.states()) {
            if (state.id() != 0 && state.statements().size() == 1 && state.statements().get(0) instanceof Stmt.Finish) {
                ends.add(state.id());
            }
        }
        return Set.copyOf(ends);
    }

    /** Those of {@code states} that no state but the pulls of frames ({@code framePulls}) goes to. */
    private static Set<Integer> unreached(Set<Integer> states, StateMachine machine, Set<Integer> framePulls) {
        Set<Integer> reached = Retargeting.targetsOf(machine.states().stream()
                .filter(state -> !framePulls.contains(state.id()))
                .toList());
        Set<Integer> unreached = new HashSet<>(states);
        unreached.removeAll(reached);
        return Set.copyOf(unreached);
    }

    /** The statements of {@code states}, with those nested in their {@code if}s. */
    private static List<Stmt> allStatements(List<StateMachine.State> states) {
        List<Stmt> all = new ArrayList<>();
        for (StateMachine.State state : states) {
            addWithBranches(state.statements(), all);
        }
        return all;
    }

    private static void addWithBranches(List<Stmt> statements, List<Stmt> into) {
        for (Stmt stmt : statements) {
            into.add(stmt);
            if (stmt instanceof Stmt.If choice) {
                addWithBranches(choice.then(), into);
                addWithBranches(choice.otherwise(), into);
            }
        }
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Whether {@code var} is declared above the states that use it: a field or a local of the resume method. */
    boolean declaredAbove(LocalVar var) {
        return hoisted.contains(var) || resumeLocals.contains(var);
    }

    /** The template's parameters (but the sink), in order. */
    List<LocalVar> parameters() {
        List<LocalVar> parameters = new ArrayList<>();
        for (LocalVar var : machine.vars()) {
            if (var.kind() == LocalVar.Kind.PARAMETER) {
                parameters.add(var);
            }
        }
        return parameters;
    }

    /** The field holding a parameter's argument as passed (for fresh iterators). */
    String argumentField(LocalVar parameter) {
        return initialValues.getOrDefault(parameter, varNames.get(parameter));
    }
}
