package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.StateMachine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the states of a machine in the order it lists them, which is the order the lowering
 * placed them: the order of the template's lines (the entry is state 0, the end comes last, then
 * the states that only jumps through finally blocks and close() reach). States left empty by
 * simplification are dropped.
 */
public final class Renumbering {
    private Renumbering() {}

    public static StateMachine inSourceOrder(StateMachine machine) {
        Map<Integer, Integer> numbers = new HashMap<>();
        for (StateMachine.State state : machine.states()) {
            if (state.id() == 0 || !state.statements().isEmpty()) {
                numbers.put(state.id(), numbers.size());
            }
        }
        List<StateMachine.State> states = new ArrayList<>();
        for (StateMachine.State state : machine.states()) {
            Integer number = numbers.get(state.id());
            if (number != null) {
                states.add(new StateMachine.State(number, Retargeting.retarget(state.statements(), numbers::get),
                        state.resumeOrigin(), state.handler()));
            }
        }
        StateMachine renumbered = Retargeting.rebuild(machine, states, numbers::get);
        Map<Integer, Integer> closeEntries = new LinkedHashMap<>();
        renumbered.closeEntries().forEach((suspended, entry) -> closeEntries.put(numbers.get(suspended), entry));
        List<Integer> delegatePulls = new ArrayList<>();
        for (int pull : machine.delegatePulls()) {
            delegatePulls.add(numbers.get(pull));
        }
        return new StateMachine(states, renumbered.handlers(), machine.finallyRegions(), machine.vars(),
                machine.returnVar(), machine.sentVar(), Map.copyOf(closeEntries), List.copyOf(delegatePulls),
                machine.bodyClasses());
    }

}
