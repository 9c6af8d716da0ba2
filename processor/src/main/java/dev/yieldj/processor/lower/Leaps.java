package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Where control goes when it leaves {@code try} regions: a jump ({@code break}, {@code continue},
 * {@code return}) runs every {@code finally} block it crosses, innermost first; {@code close()}
 * leaves a suspension the same way; an exception runs the catch and finally blocks that enclose
 * the state it is raised in. (regenerator's leap manager and Roslyn's iterator finally frames do
 * the same for JavaScript and C#.)
 */
final class Leaps {
    private Leaps() {}

    /**
     * The statements that jump from the current code to {@code state}, whose context is the
     * outermost {@code depth} frames: through the finally blocks of the regions in between.
     */
    static List<Stmt> leap(StateGraph graph, int state, int depth) {
        List<StateGraph.Frame> context = graph.frames();
        List<Integer> crossed = new ArrayList<>();
        for (int i = context.size() - 1; i >= depth; i--) {
            StateGraph.Frame frame = context.get(i);
            if (frame.part() != StateGraph.Part.FINALLY && graph.region(frame.region()).hasFinally()) {
                crossed.add(i);
            }
        }
        if (crossed.isEmpty()) {
            return List.of(new Stmt.Goto(state));
        }
        // Chain through the finally blocks innermost first: after each, a small state in the
        // context just outside it sets up the next one; the last goes on to the target.
        int next = state;
        for (int k = crossed.size() - 1; k >= 1; k--) {
            StateGraph.Region region = graph.region(context.get(crossed.get(k)).region());
            next = graph.newState(context.subList(0, crossed.get(k - 1)), List.of(
                    new Stmt.SetFinallyNext(region.id, next), new Stmt.Goto(region.finallyEntry)));
        }
        StateGraph.Region innermost = graph.region(context.get(crossed.get(0)).region());
        return List.of(new Stmt.SetFinallyNext(innermost.id, next), new Stmt.Goto(innermost.finallyEntry));
    }

    /** Records how close() leaves a suspension at {@code state}: through every enclosing finally to {@code end}. */
    static void registerClose(StateGraph graph, int end, int state) {
        List<Stmt> leap = leap(graph, end, 0);
        if (leap.size() == 1 && leap.get(0) instanceof Stmt.Goto) {
            return;
        }
        graph.closeEntry(state, graph.newState(graph.frames(), leap));
    }

    /** The handler steps for states in {@code context}, innermost region first. */
    static StateMachine.Handler handlerFor(List<StateGraph.Frame> context, StateGraph graph) {
        List<StateMachine.Step> steps = new ArrayList<>();
        int suppressInto = -1;
        StateGraph.Frame innermost = context.get(context.size() - 1);
        if (innermost.part() == StateGraph.Part.FINALLY) {
            suppressInto = innermost.region();
        }
        for (int i = context.size() - 1; i >= 0; i--) {
            StateGraph.Frame frame = context.get(i);
            StateGraph.Region region = graph.region(frame.region());
            if (frame.part() == StateGraph.Part.TRY) {
                steps.addAll(region.catches);
            }
            if (frame.part() != StateGraph.Part.FINALLY && region.hasFinally()) {
                steps.add(new StateMachine.Finally(region.id, region.finallyEntry, region.rethrowState));
                break; // the finally block rethrows; the outer regions handle it from there
            }
        }
        return new StateMachine.Handler(suppressInto, steps);
    }
}
