package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * The one state of a machine that several states go on to and that the resume method writes once,
 * after its {@code switch}, instead of a copy in each of them: typically a loop's test, reached from
 * the code before the loop and from the end of the loop's body (as in a counter, where the test
 * leads to the yield). The states before it leave the {@code switch} with {@code break}, so it costs
 * no dispatch, and its code is not repeated.
 *
 * <p>Only plain jumps may lead there, from states of the same exception handler that are no loops of
 * their own: no suspension resumes there, no catch or finally block or {@code close()} starts there,
 * no jump that copied code makes reaches it, so the state number is never needed to get there.
 */
public final class SharedTail {
    private SharedTail() {}

    /**
     * The state the simplification keeps as the shared tail instead of copying it: the test of a
     * branch (a state that is a lone {@link Stmt.Branch}) that at least two states end jumping to, or
     * -1. The most-jumped-to one wins.
     */
    static int choose(StateMachine machine) {
        if (anyStatement(machine.states(), stmt -> stmt instanceof Stmt.Delegate delegation && delegation.recurses())) {
            return -1; // such a machine may run its delegations as frames, whose code takes other paths
        }
        Map<Integer, Integer> references = references(machine);
        int best = -1;
        int bestHosts = 1;
        for (StateMachine.State state : machine.states()) {
            if (state.statements().size() == 1 && state.statements().get(0) instanceof Stmt.Branch) {
                int hosts = hosts(machine, state, references).size();
                if (hosts > bestHosts) {
                    best = state.id();
                    bestHosts = hosts;
                }
            }
        }
        return best;
    }

    /**
     * Whether the machine's shared tail can be written after the {@code switch}: as {@link #choose}
     * left it, only plain jumps lead there (a later simplification may have changed that).
     */
    public static boolean joinable(StateMachine machine) {
        for (StateMachine.State state : machine.states()) {
            if (state.id() == machine.sharedTail()) {
                return !hosts(machine, state, references(machine)).isEmpty();
            }
        }
        return false;
    }

    /** How often each state is named anywhere in {@code machine}: jumps, resumes, handlers, close entries. */
    private static Map<Integer, Integer> references(StateMachine machine) {
        Map<Integer, Integer> references = new HashMap<>();
        IntUnaryOperator count = id -> {
            references.merge(id, 1, Integer::sum);
            return id;
        };
        Retargeting.rebuild(machine, machine.states(), count);
        for (StateMachine.State state : machine.states()) {
            Retargeting.retarget(state.statements(), count);
        }
        return references;
    }

    /**
     * The states that jump to {@code target} by plain jumps ({@code Goto}s in their statements or their
     * {@code if}s), when those are all that lead there and {@code target} may be a shared tail; else none.
     */
    private static Set<Integer> hosts(StateMachine machine, StateMachine.State target,
            Map<Integer, Integer> references) {
        int id = target.id();
        if (id == 0 || target.resumeOrigin() != null || target.statements().isEmpty()
                || machine.closeEntries().containsKey(id) || jumpsTo(target.statements(), id)) {
            return Set.of();
        }
        int plain = 0;
        Set<Integer> hosts = new HashSet<>();
        for (StateMachine.State state : machine.states()) {
            int jumps = plainJumps(state.statements(), id);
            if (jumps > 0) {
                if (state.handler() != target.handler() || loopsBack(state)) {
                    return Set.of();
                }
                plain += jumps;
                hosts.add(state.id());
            }
        }
        return references.getOrDefault(id, 0) == plain ? hosts : Set.of();
    }

    /** How many {@code Goto target}s stand in {@code statements} or the branches of their {@code if}s. */
    private static int plainJumps(List<Stmt> statements, int target) {
        int count = 0;
        for (Stmt stmt : statements) {
            if (stmt instanceof Stmt.Goto jump && jump.state() == target) {
                count++;
            } else if (stmt instanceof Stmt.If choice) {
                count += plainJumps(choice.then(), target) + plainJumps(choice.otherwise(), target);
            }
        }
        return count;
    }

    /** Whether {@code statements} jump to {@code state} in any way the state number is written. */
    private static boolean jumpsTo(List<Stmt> statements, int state) {
        boolean[] found = {false};
        Retargeting.retarget(statements, other -> {
            found[0] |= other == state;
            return other;
        });
        return found[0];
    }

    /** Whether {@code state} jumps to itself: it may loop in its own case, which {@code break} would leave. */
    private static boolean loopsBack(StateMachine.State state) {
        int id = state.id();
        return anyStatement(List.of(state), stmt -> stmt instanceof Stmt.Goto jump && jump.state() == id
                || stmt instanceof Stmt.Branch branch && (branch.whenTrue() == id || branch.whenFalse() == id));
    }

    private static boolean anyStatement(List<StateMachine.State> states, Predicate<Stmt> wanted) {
        for (StateMachine.State state : states) {
            if (anyStatementIn(state.statements(), wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyStatementIn(List<Stmt> statements, Predicate<Stmt> wanted) {
        for (Stmt stmt : statements) {
            if (wanted.test(stmt) || stmt instanceof Stmt.If choice
                    && (anyStatementIn(choice.then(), wanted) || anyStatementIn(choice.otherwise(), wanted))) {
                return true;
            }
        }
        return false;
    }
}
