package dev.yieldj.processor.ir;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.List;
import java.util.Map;

/**
 * A template body lowered to numbered states: what the emitter turns into the resume method.
 *
 * @param states every state; state 0 is the entry
 * @param handlers what an exception does in each group of states
 * @param finallyRegions the ids of the regions that have a {@code finally} block (or resources)
 * @param vars every managed variable: parameters, template locals, temporaries
 * @param returnVar holds the value of the ending {@code return} (null for void templates)
 * @param sentVar holds the value sent into a coroutine (null otherwise)
 * @param closeEntries for each suspended state whose suspension sits inside {@code finally}
 *     regions, the state that runs them when the generator is closed there
 * @param delegatePulls the states that pull from a delegate
 * @param bodyClasses local classes of the body that capture none of its locals, declared at the top
 *     of the resume method where every state sees them
 * @param sharedTail a state that several states go on to and that is kept once instead of copied into
 *     each of them: the resume method runs it after its {@code switch} (the others leave the
 *     {@code switch} to reach it), or -1
 */
public record StateMachine(
        List<State> states,
        List<Handler> handlers,
        List<Integer> finallyRegions,
        List<LocalVar> vars,
        LocalVar returnVar,
        LocalVar sentVar,
        Map<Integer, Integer> closeEntries,
        List<Integer> delegatePulls,
        List<Code> bodyClasses,
        int sharedTail) {

    /** This machine with {@code sharedTail} as its shared tail. */
    public StateMachine withSharedTail(int sharedTail) {
        return new StateMachine(states, handlers, finallyRegions, vars, returnVar, sentVar, closeEntries, delegatePulls,
                bodyClasses, sharedTail);
    }

    /**
     * One state.
     *
     * @param id its number
     * @param statements what it runs
     * @param resumeOrigin for a state that resumes a suspension, the template source line it
     *     resumes after, else null
     * @param handler the index of the handler for exceptions raised here, or -1
     */
    public record State(int id, List<Stmt> statements, String resumeOrigin, int handler) {}

    /**
     * What an exception raised in a group of states does: the steps of the enclosing
     * {@code try} regions, innermost first; when none applies the exception leaves the body.
     *
     * @param suppressInto while closing, a failure in the {@code finally} block of this region
     *     is suppressed into the exception that region was already propagating (-1: none)
     */
    public record Handler(int suppressInto, List<Step> steps) {}

    /** One step of a handler. */
    public sealed interface Step {}

    /** A {@code catch} clause: when the exception is one of {@code types}, run the block. */
    public record Catch(List<Code> types, Code paramType, LocalVar param, int entry) implements Step {}

    /** A {@code finally} block run for the exception, which is rethrown at {@code rethrowState} after it. */
    public record Finally(int region, int entry, int rethrowState) implements Step {}
}
