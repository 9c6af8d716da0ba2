package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.StateMachine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the states of a machine in the order it lists them, which is the order the lowering
 * placed them: the order of the template's lines (the entry is state 0, the end comes last, then
 * the states that only jumps through finally blocks and close() reach), and the shared tail last:
 * written after the {@code switch}, it has no case, so its number shows nowhere. States left empty
 * by simplification are dropped.
 */
public final class Renumbering {
    private Renumbering() {}

    public static StateMachine inSourceOrder(StateMachine machine) {
        Map<Integer, Integer> numbers = new HashMap<>();
        for (StateMachine.State state : machine.states()) {
            if (state.id() == 0 || (!state.statements().isEmpty() && state.id() != machine.sharedTail())) {
                numbers.put(state.id(), numbers.size());
            }
        }
        for (StateMachine.State state : machine.states()) {
            if (state.id() != 0 && !state.statements().isEmpty() && state.id() == machine.sharedTail()) {
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
        states.sort(Comparator.comparingInt(StateMachine.State::id));
        StateMachine renumbered = Retargeting.rebuild(machine, states, numbers::get);
        Map<Integer, Integer> closeEntries = new LinkedHashMap<>();
        renumbered.closeEntries().forEach((suspended, entry) -> closeEntries.put(numbers.get(suspended), entry));
        List<Integer> delegatePulls = new ArrayList<>();
        for (int pull : machine.delegatePulls()) {
            delegatePulls.add(numbers.get(pull));
        }
        return new StateMachine(states, renumbered.handlers(), machine.finallyRegions(), machine.vars(),
                machine.returnVar(), machine.sentVar(), Map.copyOf(closeEntries), List.copyOf(delegatePulls),
                machine.bodyClasses(), numbers.getOrDefault(machine.sharedTail(), -1));
    }

}
