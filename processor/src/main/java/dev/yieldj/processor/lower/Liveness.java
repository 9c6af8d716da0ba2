package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each managed variable lives, from a liveness analysis over the states (backward, to a
 * fixed point; a mention in copied code counts as a use, so the answer errs towards keeping). A
 * variable live where the resume method is entered — after a suspension, at a close entry — must
 * survive between two calls and becomes a field, as must those the machine's own bookkeeping
 * writes or a lambda or local class captures. A variable live where some state is entered, but
 * across no suspension, is a local of the resume method, declared once above its dispatch loop; any
 * other is a local of each state that uses it (each assigns it before reading it). At each
 * suspension, the reference fields that die there are cleared, so that a suspended generator keeps
 * no garbage alive.
 *
 * @param fields the variables that are fields of the generated class
 * @param resumeLocals the variables declared once in the resume method (fields instead when it is split)
 * @param clearedAt for each state a suspension resumes at, the reference fields to clear as it suspends
 */
public record Liveness(Set<LocalVar> fields, Set<LocalVar> resumeLocals, Map<Integer, Set<LocalVar>> clearedAt) {

    /** Every variable that outlives one state: fields and locals of the resume method. */
    public Set<LocalVar> outlivingAState() {
        Set<LocalVar> all = new LinkedHashSet<>(fields);
        all.addAll(resumeLocals);
        return all;
    }

    public static Liveness of(StateMachine machine) {
        Map<Integer, Set<LocalVar>> liveIn = liveIn(machine);
        Set<LocalVar> pinned = bookkeeping(machine);
        Set<LocalVar> fields = new LinkedHashSet<>(pinned);
        for (int entry : entries(machine)) {
            fields.addAll(liveIn.getOrDefault(entry, Set.of()));
        }
        Map<LocalVar, Set<Integer>> usedIn = new HashMap<>();
        for (StateMachine.State state : machine.states()) {
            for (LocalVar var : mentions(state.statements())) {
                usedIn.computeIfAbsent(var, k -> new HashSet<>()).add(state.id());
            }
        }
        Set<LocalVar> liveSomewhere = new HashSet<>();
        liveIn.values().forEach(liveSomewhere::addAll);
        Set<LocalVar> resumeLocals = new LinkedHashSet<>();
        for (LocalVar var : machine.vars()) {
            if (!fields.contains(var) && usedIn.getOrDefault(var, Set.of()).size() > 1) {
                if (var.fieldType() != null) {
                    fields.add(var); // a local-class type is visible only in the case that declares the class
                } else if (liveSomewhere.contains(var)) {
                    resumeLocals.add(var);
                }
                // else each state that uses it assigns it first (the copies of a rotated loop): a local of each
            }
        }
        // the value sent in is the base class's field, read where the body resumes: no variable of its own
        fields.remove(machine.sentVar());
        resumeLocals.remove(machine.sentVar());
        return new Liveness(fields, resumeLocals, clearings(machine, liveIn, fields, pinned));
    }

    /** The variables the machine itself writes or reads outside the states' code. */
    private static Set<LocalVar> bookkeeping(StateMachine machine) {
        Set<LocalVar> pinned = new LinkedHashSet<>();
        for (LocalVar var : machine.vars()) {
            if (var.kind() == LocalVar.Kind.PARAMETER || var.kind() == LocalVar.Kind.BINDING
                    || var.equals(machine.returnVar())) {
                pinned.add(var);
            }
        }
        for (StateMachine.State state : machine.states()) {
            for (Stmt stmt : state.statements()) {
                for (Code code : stmt.codes()) {
                    pinned.addAll(code.blockVars()); // assigned by jumps out of copied code
                    pinned.addAll(code.capturedVars()); // a capture copies the value of its moment
                }
            }
        }
        for (Code bodyClass : machine.bodyClasses()) {
            pinned.addAll(bodyClass.vars()); // read where instances are created, in any state
        }
        for (StateMachine.Handler handler : machine.handlers()) {
            for (StateMachine.Step step : handler.steps()) {
                if (step instanceof StateMachine.Catch catchStep) {
                    pinned.add(catchStep.param());
                }
            }
        }
        return pinned;
    }

    /** The states the resume method may be entered at: the start, after a suspension, a close entry. */
    private static Set<Integer> entries(StateMachine machine) {
        Set<Integer> entries = new LinkedHashSet<>();
        entries.add(0);
        for (StateMachine.State state : machine.states()) {
            entries.addAll(resumes(state.statements()));
        }
        entries.addAll(machine.closeEntries().values());
        return entries;
    }

    /** The states the suspensions among {@code statements} resume at. */
    private static Set<Integer> resumes(List<Stmt> statements) {
        Set<Integer> resumes = new LinkedHashSet<>();
        for (Stmt stmt : statements) {
            if (stmt instanceof Stmt.Suspend suspend) {
                resumes.add(suspend.resume());
            } else if (stmt instanceof Stmt.Delegate delegate) {
                resumes.add(delegate.resume());
            } else if (stmt instanceof Stmt.If choice) {
                resumes.addAll(resumes(choice.then()));
                resumes.addAll(resumes(choice.otherwise()));
            }
        }
        return resumes;
    }

    /** The variables live at the entry of each state, to a fixed point. */
    private static Map<Integer, Set<LocalVar>> liveIn(StateMachine machine) {
        Successors successors = new Successors(machine);
        List<StateMachine.State> states = machine.states();
        Map<Integer, Set<Integer>> next = new HashMap<>();
        for (StateMachine.State state : states) {
            next.put(state.id(), successors.of(state)); // computed once: the fixed point visits states many times
        }
        Map<Integer, Set<LocalVar>> liveIn = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = states.size() - 1; i >= 0; i--) {
                StateMachine.State state = states.get(i);
                Set<LocalVar> live = new HashSet<>();
                for (int successor : next.get(state.id())) {
                    live.addAll(liveIn.getOrDefault(successor, Set.of()));
                }
                live = throughStatements(state.statements(), live, live);
                if (!live.equals(liveIn.getOrDefault(state.id(), Set.of()))) {
                    liveIn.put(state.id(), live);
                    changed = true;
                }
            }
        }
        return liveIn;
    }

    /**
     * What is live before {@code statements}, given what is live after them and what is live out of
     * the state (after a branch that jumps away, which the statements after it do not see).
     */
    private static Set<LocalVar> throughStatements(List<Stmt> statements, Set<LocalVar> liveAfter,
            Set<LocalVar> liveOut) {
        Set<LocalVar> live = new HashSet<>(liveAfter);
        for (int i = statements.size() - 1; i >= 0; i--) {
            Stmt stmt = statements.get(i);
            if (stmt instanceof Stmt.If choice) {
                Set<LocalVar> afterBranch = new HashSet<>(live);
                afterBranch.addAll(liveOut);
                live = throughStatements(choice.then(), afterBranch, liveOut);
                live.addAll(throughStatements(choice.otherwise(), afterBranch, liveOut));
                live.addAll(choice.condition().vars());
            } else if (stmt instanceof Stmt.Declare declare) {
                live.remove(declare.var());
                if (declare.init() != null) {
                    live.addAll(declare.init().vars());
                }
            } else if (stmt instanceof Stmt.Assign assign) {
                live.remove(assign.var());
                live.addAll(assign.value().vars());
            } else {
                live.addAll(mentions(List.of(stmt)));
            }
        }
        return live;
    }

    /** Every variable {@code statements} mention, in branches and copied code too. */
    static Set<LocalVar> mentions(List<Stmt> statements) {
        Set<LocalVar> vars = new LinkedHashSet<>();
        for (Stmt stmt : statements) {
            for (Code code : stmt.codes()) {
                vars.addAll(code.vars());
            }
            if (stmt instanceof Stmt.Declare declare) {
                vars.add(declare.var());
            } else if (stmt instanceof Stmt.Assign assign) {
                vars.add(assign.var());
            } else if (stmt instanceof Stmt.CloseResource close) {
                vars.add(close.resource());
            }
        }
        return vars;
    }

    /**
     * For each state a suspension resumes at, the reference fields to clear as it suspends: those
     * the suspending state may have held a value in (mentioned there or live into it) that no path
     * from the resume — nor closing from there — reads again.
     */
    private static Map<Integer, Set<LocalVar>> clearings(StateMachine machine, Map<Integer, Set<LocalVar>> liveIn,
            Set<LocalVar> fields, Set<LocalVar> pinned) {
        Map<Integer, Set<LocalVar>> clearedAt = new LinkedHashMap<>();
        for (StateMachine.State state : machine.states()) {
            for (int resume : resumes(state.statements())) {
                Set<LocalVar> held = new LinkedHashSet<>(mentions(state.statements()));
                held.addAll(liveIn.getOrDefault(state.id(), Set.of()));
                held.removeAll(liveIn.getOrDefault(resume, Set.of()));
                Integer closeEntry = machine.closeEntries().get(resume);
                if (closeEntry != null) {
                    held.removeAll(liveIn.getOrDefault(closeEntry, Set.of()));
                }
                held.retainAll(fields);
                held.removeAll(pinned);
                held.removeIf(var -> isPrimitive(var.type()));
                if (!held.isEmpty()) {
                    clearedAt.computeIfAbsent(resume, k -> new LinkedHashSet<>()).addAll(held);
                }
            }
        }
        return clearedAt;
    }

    private static boolean isPrimitive(Code type) {
        return type.pieces().size() == 1 && type.pieces().get(0) instanceof Code.TypeRef ref
                && ref.type() instanceof JavaType.Primitive;
    }

    /** Where control may go from each state: its jumps, its handlers, the ends of finally blocks. */
    private static final class Successors {
        private final StateMachine machine;
        /** For each finally region, the states its end may continue at. */
        private final Map<Integer, Set<Integer>> finallyExits = new HashMap<>();

        Successors(StateMachine machine) {
            this.machine = machine;
            Set<Integer> exits = new LinkedHashSet<>();
            for (StateMachine.State state : machine.states()) {
                collectFinallyNexts(state.statements(), exits);
            }
            for (StateMachine.Handler handler : machine.handlers()) {
                for (StateMachine.Step step : handler.steps()) {
                    if (step instanceof StateMachine.Finally finallyStep) {
                        exits.add(finallyStep.rethrowState());
                    }
                }
            }
            for (int region : machine.finallyRegions()) {
                finallyExits.put(region, exits); // any continuation recorded anywhere: errs towards live
            }
        }

        Set<Integer> of(StateMachine.State state) {
            Set<Integer> next = new LinkedHashSet<>();
            collect(state.statements(), next);
            if (state.handler() >= 0) {
                for (StateMachine.Step step : machine.handlers().get(state.handler()).steps()) {
                    next.add(step instanceof StateMachine.Catch catchStep ? catchStep.entry()
                            : ((StateMachine.Finally) step).entry());
                }
            }
            return next;
        }

        private void collect(List<Stmt> statements, Set<Integer> next) {
            for (Stmt stmt : statements) {
                Retargeting.retarget(List.of(stmt), id -> {
                    next.add(id);
                    return id;
                });
                if (stmt instanceof Stmt.EndFinally end) {
                    next.addAll(finallyExits.getOrDefault(end.region(), Set.of()));
                }
            }
        }

        private static void collectFinallyNexts(List<Stmt> statements, Set<Integer> into) {
            for (Stmt stmt : statements) {
                if (stmt instanceof Stmt.SetFinallyNext set) {
                    into.add(set.state());
                } else if (stmt instanceof Stmt.If choice) {
                    collectFinallyNexts(choice.then(), into);
                    collectFinallyNexts(choice.otherwise(), into);
                }
                for (Code code : stmt.codes()) {
                    for (Code.Piece piece : code.pieces()) {
                        if (piece instanceof Code.Block block) {
                            collectFinallyNexts(block.statements(), into); // jumps out of copied code
                        }
                    }
                }
            }
        }
    }
}
