package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of one template while its body is lowered: the only mutable structure of the
 * lowering. Statements are appended to the current state; a statement that transfers control
 * ends it, and code after it is unreachable until another state is placed. It also tracks the
 * {@code try} regions the lowering is inside, which say where exceptions and jumps go.
 */
final class StateGraph {

    /** The part of a {@code try} region some code is in. */
    enum Part {
        TRY,
        CATCH,
        FINALLY
    }

    /** One enclosing region of the code being lowered. */
    record Frame(int region, Part part) {}

    /** What the lowering knows of a {@code try} region while lowering its parts. */
    static final class Region {
        final int id;
        final List<StateMachine.Catch> catches = new ArrayList<>();
        int finallyEntry = -1;
        int rethrowState = -1;

        Region(int id) {
            this.id = id;
        }

        boolean hasFinally() {
            return finallyEntry >= 0;
        }
    }

    private static final class StateBuilder {
        final int id;
        final List<Stmt> statements = new ArrayList<>();
        List<Frame> frames;
        String resumeOrigin;

        StateBuilder(int id) {
            this.id = id;
        }
    }

    private final List<StateBuilder> states = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<Integer, Integer> closeEntries = new LinkedHashMap<>();
    private final List<Integer> delegatePulls = new ArrayList<>();
    /** The states in the order lowering placed them: the order of the template's source. */
    private final Set<Integer> placed = new LinkedHashSet<>();
    private StateBuilder current;

    /** Starts with the entry state, state 0, current. */
    StateGraph() {
        current = newStateBuilder();
        current.frames = List.of();
        placed.add(current.id);
    }

    private StateBuilder newStateBuilder() {
        StateBuilder state = new StateBuilder(states.size());
        states.add(state);
        return state;
    }

    /** A new, empty state, not current. */
    int newState() {
        return newStateBuilder().id;
    }

    /** A new state in {@code context} (frames outermost first), running {@code statements}. */
    int newState(List<Frame> context, List<Stmt> statements) {
        StateBuilder state = newStateBuilder();
        state.frames = List.copyOf(context);
        state.statements.addAll(statements);
        return state.id;
    }

    /** Continues lowering in {@code state}; the code before falls into it. */
    void place(int state) {
        if (current != null) {
            current.statements.add(new Stmt.Goto(state));
        }
        current = states.get(state);
        current.frames = List.copyOf(frames());
        placed.add(state);
    }

    /** Continues lowering in {@code state}, which nothing falls into. */
    void placeDetached(int state) {
        current = null;
        place(state);
    }

    /** Ends the current state without a transfer of its own: what follows is unreachable. */
    void detach() {
        current = null;
    }

    /** Whether code lowered now can run (the code before can complete normally). */
    boolean isReachable() {
        return current != null;
    }

    /** The id of the current state; only while reachable. */
    int currentState() {
        return current.id;
    }

    /** Notes that {@code state} resumes a suspension of the template's line {@code origin}. */
    void resumes(int state, String origin) {
        states.get(state).resumeOrigin = origin;
    }

    /** Appends {@code statement} to the current state (nothing when unreachable). */
    void emit(Stmt statement) {
        if (current == null) {
            return;
        }
        current.statements.add(statement);
        if (!statement.completesNormally()) {
            current = null;
        }
    }

    void emitAll(List<Stmt> statements) {
        for (Stmt statement : statements) {
            emit(statement);
        }
    }

    /** The enclosing frames, outermost first. */
    List<Frame> frames() {
        List<Frame> list = new ArrayList<>(frames);
        Collections.reverse(list);
        return list;
    }

    int depth() {
        return frames.size();
    }

    void enter(int region, Part part) {
        frames.push(new Frame(region, part));
    }

    void leave() {
        frames.pop();
    }

    /** Whether code lowered now stands in a finally block (the only code close() runs). */
    boolean inFinally() {
        for (Frame frame : frames) {
            if (frame.part() == Part.FINALLY) {
                return true;
            }
        }
        return false;
    }

    Region newRegion() {
        Region region = new Region(regions.size());
        regions.add(region);
        return region;
    }

    Region region(int id) {
        return regions.get(id);
    }

    void closeEntry(int suspended, int entry) {
        closeEntries.put(suspended, entry);
    }

    void delegatePull(int state) {
        delegatePulls.add(state);
    }

    /** The states in source order: as placed, then those only jumps and close() reach. */
    private List<StateBuilder> inSourceOrder() {
        List<StateBuilder> ordered = new ArrayList<>();
        for (int id : placed) {
            ordered.add(states.get(id));
        }
        for (StateBuilder state : states) {
            if (!placed.contains(state.id)) {
                ordered.add(state);
            }
        }
        return ordered;
    }

    /** The state machine built, its states in source order, each with the handler its frames call for. */
    StateMachine build(List<LocalVar> vars, LocalVar returnVar, LocalVar sentVar, List<Code> bodyClasses) {
        List<StateMachine.State> built = new ArrayList<>();
        Map<List<Frame>, Integer> handlerIndex = new HashMap<>();
        List<StateMachine.Handler> handlers = new ArrayList<>();
        for (StateBuilder state : inSourceOrder()) {
            List<Frame> context = state.frames == null ? List.of() : state.frames;
            int handler = -1;
            if (!context.isEmpty()) {
                handler = handlerIndex.computeIfAbsent(context, key -> {
                    handlers.add(Leaps.handlerFor(key, this));
                    return handlers.size() - 1;
                });
            }
            built.add(new StateMachine.State(state.id, List.copyOf(state.statements), state.resumeOrigin, handler));
        }
        List<Integer> finallyRegions = new ArrayList<>();
        for (Region region : regions) {
            if (region.hasFinally()) {
                finallyRegions.add(region.id);
            }
        }
        return new StateMachine(built, handlers, finallyRegions, List.copyOf(vars), returnVar, sentVar,
                Map.copyOf(closeEntries), List.copyOf(delegatePulls), List.copyOf(bodyClasses), -1);
    }
}
