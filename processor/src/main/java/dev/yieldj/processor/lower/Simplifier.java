package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Shrinks a lowered machine without changing what it does: states that only jump elsewhere are
 * bypassed, and a state reached from a single jump is appended to the state that jumps there. The
 * resume method gets fewer, longer states: fewer dispatches at run time, less to read. A test that
 * several states go on to (a loop's, from before the loop and from the end of its body) is kept once,
 * as the {@link SharedTail}, rather than copied into each.
 */
public final class Simplifier {
    private Simplifier() {}

    public static StateMachine simplify(StateMachine machine) {
        StateMachine bypassed = bypassJumps(machine);
        StateMachine withTail = bypassed.withSharedTail(SharedTail.choose(bypassed));
        return dropUnreachable(copyRecursions(rotateLoops(copyLoopTails(
                merge(dropUnreachable(copySmallTargets(withTail)))))));
    }

    /**
     * Copies a loop's tail (its update and test, a small state that jumps back) into the states of
     * the loop's body that jump to it: such a state then jumps to itself and runs as a loop of its
     * own until it suspends or leaves, with no dispatch per iteration (see the resume method).
     */
    private static StateMachine copyLoopTails(StateMachine machine) {
        return rewriteStates(machine, (state, byId) -> withLoopTails(state.statements(), state, byId, machine));
    }

    /** {@code statements} with their final jump to a loop tail back to {@code host} replaced by that tail. */
    private static List<Stmt> withLoopTails(List<Stmt> statements, StateMachine.State host,
            Map<Integer, StateMachine.State> byId, StateMachine machine) {
        if (statements.isEmpty()) {
            return statements;
        }
        Stmt last = statements.get(statements.size() - 1);
        List<Stmt> replacement;
        if (last instanceof Stmt.Goto jump && isLoopTail(byId.get(jump.state()), host, machine)) {
            replacement = byId.get(jump.state()).statements();
        } else if (last instanceof Stmt.If choice) {
            replacement = List.of(new Stmt.If(choice.condition(), withLoopTails(choice.then(), host, byId, machine),
                    withLoopTails(choice.otherwise(), host, byId, machine)));
        } else {
            return statements;
        }
        List<Stmt> result = new ArrayList<>(statements.subList(0, statements.size() - 1));
        result.addAll(replacement);
        return result;
    }

    /** Whether {@code tail} is a small state of plain statements that ends jumping back to {@code host}. */
    private static boolean isLoopTail(StateMachine.State tail, StateMachine.State host, StateMachine machine) {
        if (!copyable(tail, host, machine) || tail.statements().size() > SMALL_STATEMENTS
                || !jumpsTo(tail.statements(), host.id()) || !plain(tail.statements())) {
            return false;
        }
        return sourceSize(tail.statements()) <= SMALL_SOURCE;
    }

    /** Whether {@code statements} (or the branches of their {@code if}s) jump to {@code state}. */
    private static boolean jumpsTo(List<Stmt> statements, int state) {
        for (Stmt stmt : statements) {
            if (stmt instanceof Stmt.Goto jump && jump.state() == state
                    || stmt instanceof Stmt.Branch branch && (branch.whenTrue() == state || branch.whenFalse() == state)
                    || stmt instanceof Stmt.If choice && (jumpsTo(choice.then(), state)
                            || jumpsTo(choice.otherwise(), state))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code statements} are copied code without jumps of its own, assignments and plain transfers. */
    private static boolean plain(List<Stmt> statements) {
        for (Stmt stmt : statements) {
            boolean isPlain = stmt instanceof Stmt.Exec exec && exec.completesNormally()
                            && exec.code().pieces().stream().noneMatch(Code.Block.class::isInstance)
                    || stmt instanceof Stmt.Assign || stmt instanceof Stmt.Goto || stmt instanceof Stmt.Branch
                    || stmt instanceof Stmt.Suspend || stmt instanceof Stmt.Finish
                    || stmt instanceof Stmt.If choice && plain(choice.then()) && plain(choice.otherwise());
            if (!isPlain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rotates a loop to start where its body jumps in: a state (typically the resume after a yield
     * in a loop) whose code is exactly the test that ends a loop state, and jumps into that loop,
     * gets a copy of the loop, in which each of its tests is a jump back to the state itself. The
     * state then loops in its own case: one dispatch per resume, not one to resume and one more to
     * enter the loop.
     */
    private static StateMachine rotateLoops(StateMachine machine) {
        return rewriteStates(machine, (host, byId) -> replacingJumps(host.statements(), jump -> {
            StateMachine.State loop = byId.get(jump.state());
            if (loop == null || !rotatable(loop, host, machine)) {
                return null;
            }
            List<Stmt> copy = withJumpsFor(loop.statements(), host.statements(), host.id());
            return jumpsTo(copy, host.id()) ? copy : null;
        }));
    }

    private static boolean rotatable(StateMachine.State loop, StateMachine.State host, StateMachine machine) {
        if (!copyable(loop, host, machine) || host.statements().isEmpty() || !jumpsTo(loop.statements(), loop.id())
                || !plainOrDeclares(loop.statements())) {
            return false;
        }
        return sourceSize(loop.statements()) <= ROTATED_SOURCE;
    }

    /** {@code statements} with every ending equal to {@code ending} (at any depth of ifs) a jump to {@code state}. */
    private static List<Stmt> withJumpsFor(List<Stmt> statements, List<Stmt> ending, int state) {
        int keep = statements.size() - ending.size();
        if (keep >= 0 && statements.subList(keep, statements.size()).equals(ending)) {
            List<Stmt> result = new ArrayList<>(statements.subList(0, keep));
            result.add(new Stmt.Goto(state));
            return result;
        }
        List<Stmt> result = new ArrayList<>();
        for (Stmt stmt : statements) {
            result.add(stmt instanceof Stmt.If choice
                    ? new Stmt.If(choice.condition(), withJumpsFor(choice.then(), ending, state),
                            withJumpsFor(choice.otherwise(), ending, state))
                    : stmt);
        }
        return result;
    }

    /** {@link #plain} statements, or declarations of locals. */
    private static boolean plainOrDeclares(List<Stmt> statements) {
        for (Stmt stmt : statements) {
            boolean ok = stmt instanceof Stmt.Declare
                    || stmt instanceof Stmt.If choice && plainOrDeclares(choice.then()) && plainOrDeclares(choice.otherwise())
                    || !(stmt instanceof Stmt.If) && plain(List.of(stmt));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies a state that only starts a recursion ({@code yieldAll} of a fresh generator of the
     * template itself) into the branches that jump to it. Run as a frame, such a delegation restarts
     * the body from its first state: a walk down a tree's left spine then loops in the first state's
     * case, with no dispatch per level.
     */
    private static StateMachine copyRecursions(StateMachine machine) {
        return rewriteStates(machine, (host, byId) -> replacingJumps(host.statements(),
                jump -> startsRecursion(byId.get(jump.state()), host, machine)
                        ? byId.get(jump.state()).statements()
                        : null));
    }

    /**
     * {@code statements} with each jump (also in the branches of their {@code if}s) replaced by what
     * {@code replacement} gives for it; a jump it gives null for stays.
     */
    private static List<Stmt> replacingJumps(List<Stmt> statements, Function<Stmt.Goto, List<Stmt>> replacement) {
        List<Stmt> result = new ArrayList<>();
        for (Stmt stmt : statements) {
            List<Stmt> replaced = stmt instanceof Stmt.Goto jump ? replacement.apply(jump) : null;
            if (replaced != null) {
                result.addAll(replaced);
            } else if (stmt instanceof Stmt.If choice) {
                result.add(new Stmt.If(choice.condition(), replacingJumps(choice.then(), replacement),
                        replacingJumps(choice.otherwise(), replacement)));
            } else {
                result.add(stmt);
            }
        }
        return result;
    }

    private static boolean startsRecursion(StateMachine.State target, StateMachine.State host, StateMachine machine) {
        return copyable(target, host, machine) && target.statements().size() == 1
                && target.statements().get(0) instanceof Stmt.Delegate delegation && delegation.recurses();
    }

    /** Every state of {@code machine} by its number. */
    private static Map<Integer, StateMachine.State> byId(StateMachine machine) {
        Map<Integer, StateMachine.State> byId = new HashMap<>();
        for (StateMachine.State state : machine.states()) {
            byId.put(state.id(), state);
        }
        return byId;
    }

    /** {@code machine} with each state's statements replaced by what {@code rewrite} makes of the state. */
    private static StateMachine rewriteStates(StateMachine machine,
            BiFunction<StateMachine.State, Map<Integer, StateMachine.State>, List<Stmt>> rewrite) {
        Map<Integer, StateMachine.State> byId = byId(machine);
        List<StateMachine.State> states = new ArrayList<>();
        for (StateMachine.State state : machine.states()) {
            states.add(new StateMachine.State(state.id(), rewrite.apply(state, byId), state.resumeOrigin(),
                    state.handler()));
        }
        return Retargeting.rebuild(machine, states, IntUnaryOperator.identity());
    }

    /** How many characters of source {@code statements} hold: what copying them adds. */
    private static int sourceSize(List<Stmt> statements) {
        int size = 0;
        for (Stmt stmt : statements) {
            for (Code code : stmt.codes()) {
                size += code.toString().length();
            }
        }
        return size;
    }

    /** Statements and source characters of a state small enough to copy where it is jumped to. */
    private static final int SMALL_STATEMENTS = 5;
    private static final int SMALL_SOURCE = 120;
    /** Source characters of a loop small enough to copy into the state that resumes it. */
    private static final int ROTATED_SOURCE = 400;

    /**
     * Copies small states into the states that jump to them: a loop's test into the end of its
     * body, a yield or the end of the body into the branch or the jump that leads there. One dispatch
     * per element instead of three, as a hand-written iterator would do it.
     */
    private static StateMachine copySmallTargets(StateMachine machine) {
        return rewriteStates(machine, (state, byId) -> {
            List<Stmt> statements = state.statements();
            if (!statements.isEmpty()) {
                List<Stmt> copied = new ArrayList<>(statements.subList(0, statements.size() - 1));
                Stmt last = statements.get(statements.size() - 1);
                if (last instanceof Stmt.Goto jump && jump.state() != machine.sharedTail()) {
                    if (isLoneBranch(byId.get(jump.state()), state, machine)) {
                        last = byId.get(jump.state()).statements().get(0);
                    } else {
                        // a jump to a small yield or end, as from the end of a while (true) loop's body
                        List<Stmt> ending = copyOf(byId.get(jump.state()), state, machine);
                        if (ending != null) {
                            copied.addAll(ending);
                            return copied;
                        }
                    }
                }
                if (last instanceof Stmt.Branch branch) {
                    List<Stmt> then = copyOf(byId.get(branch.whenTrue()), state, machine);
                    List<Stmt> otherwise = copyOf(byId.get(branch.whenFalse()), state, machine);
                    if (then != null || otherwise != null) {
                        last = new Stmt.If(branch.condition(),
                                then != null ? then : List.of(new Stmt.Goto(branch.whenTrue())),
                                otherwise != null ? otherwise : List.of(new Stmt.Goto(branch.whenFalse())));
                    }
                }
                copied.add(last);
                statements = copied;
            }
            return statements;
        });
    }

    private static boolean copyable(StateMachine.State target, StateMachine.State host, StateMachine machine) {
        return target != null && target.id() != 0 && target.id() != host.id() && target.resumeOrigin() == null
                && target.handler() == host.handler() && !machine.closeEntries().containsKey(target.id())
                && !target.statements().isEmpty();
    }

    private static boolean isLoneBranch(StateMachine.State target, StateMachine.State host, StateMachine machine) {
        return copyable(target, host, machine) && target.statements().size() == 1
                && target.statements().get(0) instanceof Stmt.Branch;
    }

    /** The statements of a small state that ends the resume (yields or finishes), else null. */
    private static List<Stmt> copyOf(StateMachine.State target, StateMachine.State host, StateMachine machine) {
        if (!copyable(target, host, machine) || target.statements().size() > SMALL_STATEMENTS) {
            return null;
        }
        Stmt last = target.statements().get(target.statements().size() - 1);
        if (!(last instanceof Stmt.Suspend) && !(last instanceof Stmt.Finish)) {
            return null;
        }
        for (Stmt stmt : target.statements()) {
            if (stmt instanceof Stmt.Exec exec && !exec.completesNormally()) {
                return null;
            }
        }
        return sourceSize(target.statements()) <= SMALL_SOURCE ? target.statements() : null;
    }

    /** Empties the states no path reaches (the exits of loops that never end, say). */
    private static StateMachine dropUnreachable(StateMachine machine) {
        Map<Integer, StateMachine.State> byId = byId(machine);
        java.util.Set<Integer> reached = new java.util.HashSet<>();
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        IntUnaryOperator reach = id -> {
            if (reached.add(id)) {
                work.add(id);
            }
            return id;
        };
        reach.applyAsInt(0);
        Retargeting.rebuild(machine, List.of(), reach);
        for (int suspended : machine.closeEntries().keySet()) {
            reach.applyAsInt(suspended);
        }
        while (!work.isEmpty()) {
            StateMachine.State state = byId.get(work.poll());
            if (state != null) {
                Retargeting.retarget(state.statements(), reach);
            }
        }
        List<StateMachine.State> states = new ArrayList<>();
        for (StateMachine.State state : machine.states()) {
            states.add(reached.contains(state.id())
                    ? state
                    : new StateMachine.State(state.id(), List.of(), null, state.handler()));
        }
        return Retargeting.rebuild(machine, states, IntUnaryOperator.identity());
    }

    /** Redirects every jump to a state that is nothing but a jump. */
    private static StateMachine bypassJumps(StateMachine machine) {
        Map<Integer, Integer> forward = new HashMap<>();
        for (StateMachine.State state : machine.states()) {
            if (state.id() != 0 && state.resumeOrigin() == null && state.statements().size() == 1
                    && state.statements().get(0) instanceof Stmt.Goto jump && jump.state() != state.id()
                    && !machine.closeEntries().containsKey(state.id())) {
                forward.put(state.id(), jump.state());
            }
        }
        IntUnaryOperator target = id -> {
            int seen = 0;
            while (forward.containsKey(id) && seen++ < forward.size()) {
                id = forward.get(id);
            }
            return id;
        };
        List<StateMachine.State> states = new ArrayList<>();
        for (StateMachine.State state : machine.states()) {
            List<Stmt> statements = forward.containsKey(state.id()) ? List.of() : Retargeting.retarget(state.statements(), target);
            states.add(new StateMachine.State(state.id(), statements, state.resumeOrigin(), state.handler()));
        }
        return Retargeting.rebuild(machine, states, target);
    }

    /** Appends each state reached by exactly one jump, from a state of the same handler, to that state. */
    private static StateMachine merge(StateMachine machine) {
        Map<Integer, Integer> references = new HashMap<>();
        IntUnaryOperator count = id -> {
            references.merge(id, 1, Integer::sum);
            return id;
        };
        for (StateMachine.State state : machine.states()) {
            Retargeting.retarget(state.statements(), count);
        }
        Retargeting.rebuild(machine, machine.states(), count);
        references.merge(0, 1, Integer::sum);
        Map<Integer, StateMachine.State> byId = new LinkedHashMap<>();
        for (StateMachine.State state : machine.states()) {
            byId.put(state.id(), state);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StateMachine.State state : List.copyOf(byId.values())) {
                if (!byId.containsKey(state.id()) || state.statements().isEmpty()) {
                    continue;
                }
                List<Stmt> statements = byId.get(state.id()).statements();
                if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof Stmt.Goto jump)) {
                    continue;
                }
                StateMachine.State next = byId.get(jump.state());
                if (next == null || next.id() == state.id() || next.resumeOrigin() != null
                        || references.getOrDefault(next.id(), 0) != 1 || next.handler() != state.handler()
                        || machine.closeEntries().containsKey(next.id())) {
                    continue;
                }
                List<Stmt> joined = new ArrayList<>(statements.subList(0, statements.size() - 1));
                joined.addAll(next.statements());
                StateMachine.State current = byId.get(state.id());
                byId.put(state.id(), new StateMachine.State(
                        current.id(), joined, current.resumeOrigin(), current.handler()));
                byId.put(next.id(), new StateMachine.State(next.id(), List.of(), null, next.handler()));
                references.put(next.id(), 0);
                changed = true;
            }
        }
        return Retargeting.rebuild(machine, new ArrayList<>(byId.values()), IntUnaryOperator.identity());
    }

}
