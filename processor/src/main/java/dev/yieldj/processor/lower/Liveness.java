package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which managed variables must outlive a resume of the state machine and so become fields: those
 * used in more than one state, and those the machine's own bookkeeping writes (parameters, pattern
 * variables, catch parameters, values assigned by jumps out of copied code, the return value).
 * Every other variable stays a Java local of the one state that uses it.
 */
public final class Liveness {
    private Liveness() {}

    public static Set<LocalVar> fields(StateMachine machine) {
        Set<LocalVar> fields = new LinkedHashSet<>();
        Map<LocalVar, Set<Integer>> usedIn = new HashMap<>();
        for (StateMachine.State state : machine.states()) {
            for (Stmt stmt : state.statements()) {
                for (Code code : stmt.codes()) {
                    for (LocalVar var : code.vars()) {
                        usedIn.computeIfAbsent(var, k -> new HashSet<>()).add(state.id());
                    }
                    fields.addAll(code.blockVars());
                }
            }
        }
        for (LocalVar var : machine.vars()) {
            if (var.kind() == LocalVar.Kind.PARAMETER || var.kind() == LocalVar.Kind.BINDING
                    || usedIn.getOrDefault(var, Set.of()).size() > 1 || var.equals(machine.returnVar())) {
                fields.add(var);
            }
        }
        for (Code bodyClass : machine.bodyClasses()) {
            fields.addAll(bodyClass.vars()); // read where instances are created, in any state
        }
        for (StateMachine.Handler handler : machine.handlers()) {
            for (StateMachine.Step step : handler.steps()) {
                if (step instanceof StateMachine.Catch catchStep) {
                    fields.add(catchStep.param());
                }
            }
        }
        return fields;
    }
}
