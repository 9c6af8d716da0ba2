package dev.yieldj.processor.lower;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** Rewrites every state number a state machine mentions: in statements, copied jumps, handlers and close entries. */
public final class Retargeting {
    private Retargeting() {}

    /** The states that the statements of {@code states} go on to (also from the jumps of copied code). */
    public static Set<Integer> targetsOf(List<StateMachine.State> states) {
        Set<Integer> targets = new HashSet<>();
        for (StateMachine.State state : states) {
            retarget(state.statements(), id -> {
                targets.add(id);
                return id;
            });
        }
        return targets;
    }

    /**
     * {@code machine} with {@code states}, and the handlers and close entries retargeted ({@code target}
     * sees every state they name; the shared tail is kept as it is).
     */
    static StateMachine rebuild(
            StateMachine machine, List<StateMachine.State> states, IntUnaryOperator target) {
        List<StateMachine.Handler> handlers = new ArrayList<>();
        for (StateMachine.Handler handler : machine.handlers()) {
            List<StateMachine.Step> steps = new ArrayList<>();
            for (StateMachine.Step step : handler.steps()) {
                if (step instanceof StateMachine.Catch catchStep) {
                    steps.add(new StateMachine.Catch(catchStep.types(), catchStep.paramType(), catchStep.param(),
                            target.applyAsInt(catchStep.entry())));
                } else if (step instanceof StateMachine.Finally finallyStep) {
                    steps.add(new StateMachine.Finally(finallyStep.region(),
                            target.applyAsInt(finallyStep.entry()), target.applyAsInt(finallyStep.rethrowState())));
                }
            }
            handlers.add(new StateMachine.Handler(handler.suppressInto(), steps));
        }
        Map<Integer, Integer> closeEntries = new LinkedHashMap<>();
        for (Map.Entry<Integer, Integer> entry : machine.closeEntries().entrySet()) {
            closeEntries.put(entry.getKey(), target.applyAsInt(entry.getValue()));
        }
        return new StateMachine(states, handlers, machine.finallyRegions(), machine.vars(), machine.returnVar(),
                machine.sentVar(), closeEntries, machine.delegatePulls(), machine.bodyClasses(), machine.sharedTail());
    }

    static List<Stmt> retarget(List<Stmt> statements, IntUnaryOperator target) {
        List<Stmt> result = new ArrayList<>();
        for (Stmt stmt : statements) {
            result.add(retarget(stmt, target));
        }
        return result;
    }

    private static Stmt retarget(Stmt stmt, IntUnaryOperator target) {
        if (stmt instanceof Stmt.Goto jump) {
            return new Stmt.Goto(target.applyAsInt(jump.state()));
        } else if (stmt instanceof Stmt.DeferredGoto jump) {
            return new Stmt.DeferredGoto(target.applyAsInt(jump.state()));
        } else if (stmt instanceof Stmt.Branch branch) {
            return new Stmt.Branch(retarget(branch.condition(), target),
                    target.applyAsInt(branch.whenTrue()), target.applyAsInt(branch.whenFalse()));
        } else if (stmt instanceof Stmt.If choice) {
            return new Stmt.If(retarget(choice.condition(), target), retarget(choice.then(), target),
                    retarget(choice.otherwise(), target));
        } else if (stmt instanceof Stmt.Switch choice) {
            List<Stmt.Switch.Case> cases = new ArrayList<>();
            for (Stmt.Switch.Case option : choice.cases()) {
                cases.add(new Stmt.Switch.Case(option.labels(), target.applyAsInt(option.state())));
            }
            return new Stmt.Switch(retarget(choice.selector(), target), cases,
                    target.applyAsInt(choice.defaultState()));
        } else if (stmt instanceof Stmt.Suspend suspend) {
            return new Stmt.Suspend(retarget(suspend.value(), target), target.applyAsInt(suspend.resume()),
                    suspend.origin(), suspend.inFinally(), suspend.primitive());
        } else if (stmt instanceof Stmt.Delegate delegate) {
            List<Code> ownArguments = null;
            if (delegate.recurses()) {
                ownArguments = new ArrayList<>();
                for (Code argument : delegate.ownArguments()) {
                    ownArguments.add(retarget(argument, target));
                }
            }
            return new Stmt.Delegate(retarget(delegate.source(), target), target.applyAsInt(delegate.resume()),
                    delegate.origin(), delegate.forwards(), delegate.inFinally(), ownArguments);
        } else if (stmt instanceof Stmt.PullDelegate pull) {
            return new Stmt.PullDelegate(target.applyAsInt(pull.resume()), pull.forwards());
        } else if (stmt instanceof Stmt.SetFinallyNext set) {
            return new Stmt.SetFinallyNext(set.region(), target.applyAsInt(set.state()));
        } else if (stmt instanceof Stmt.Exec exec) {
            return new Stmt.Exec(retarget(exec.code(), target), exec.completesNormally());
        } else if (stmt instanceof Stmt.Declare declare) {
            return new Stmt.Declare(declare.var(),
                    declare.init() == null ? null : retarget(declare.init(), target), declare.arrayInitializer());
        } else if (stmt instanceof Stmt.Assign assign) {
            return new Stmt.Assign(assign.var(), retarget(assign.value(), target));
        }
        return stmt;
    }

    private static Code retarget(Code code, IntUnaryOperator target) {
        boolean hasBlock = false;
        for (Code.Piece piece : code.pieces()) {
            hasBlock |= piece instanceof Code.Block;
        }
        if (!hasBlock) {
            return code;
        }
        Code.Builder builder = Code.builder();
        for (Code.Piece piece : code.pieces()) {
            builder.add(piece instanceof Code.Block block
                    ? new Code.Block(retarget(block.statements(), target))
                    : piece);
        }
        return builder.build();
    }
}
