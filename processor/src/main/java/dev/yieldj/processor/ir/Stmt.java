package dev.yieldj.processor.ir;

import java.util.List;

/**
 * One statement of a lowered state. The last statement of a state transfers control (a jump, a
 * yield, the end of the body, or a verbatim statement that cannot complete normally).
 */
public sealed interface Stmt {

    /** The fragments this statement renders, for variable-use analysis. */
    default List<Code> codes() {
        return List.of();
    }

    /** Whether control can flow past this statement to the next one of the state. */
    default boolean completesNormally() {
        return true;
    }

    /** A statement that transfers control: nothing after it in its state runs. */
    sealed interface Transfer extends Stmt {
        @Override
        default boolean completesNormally() {
            return false;
        }
    }

    /** A template statement copied as it was written (with names translated). */
    record Exec(Code code, boolean completesNormally) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of(code);
        }
    }

    /** Declares a managed variable, initialised with {@code init} when that is not null. */
    record Declare(LocalVar var, Code init, boolean arrayInitializer) implements Stmt {
        @Override
        public List<Code> codes() {
            return init == null ? List.of(Code.var(var)) : List.of(Code.var(var), init);
        }
    }

    /** {@code var = value;} */
    record Assign(LocalVar var, Code value) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of(Code.var(var), value);
        }
    }

    /**
     * Records where a {@code finally} region goes on once its block completes normally, with no
     * exception pending.
     */
    record SetFinallyNext(int region, int state) implements Stmt {
    }

    /** Continues with another state. */
    record Goto(int state) implements Transfer {}

    /**
     * Continues with another state once the copied statement it stands in has been left: a jump
     * out of a copied {@code try} whose {@code finally} might still throw, in which case the
     * exception must be handled where the jump started.
     */
    record DeferredGoto(int state) implements Transfer {}

    /** {@code if (condition)} continue with one state, else with the other. */
    record Branch(Code condition, int whenTrue, int whenFalse) implements Transfer {
        @Override
        public List<Code> codes() {
            return List.of(condition);
        }
    }

    /**
     * {@code if (condition) then else otherwise}, both ending in a transfer: a branch whose small
     * target states were copied in, saving a dispatch.
     */
    record If(Code condition, List<Stmt> then, List<Stmt> otherwise) implements Transfer {
        @Override
        public List<Code> codes() {
            List<Code> codes = new java.util.ArrayList<>();
            codes.add(condition);
            for (Stmt stmt : then) {
                codes.addAll(stmt.codes());
            }
            for (Stmt stmt : otherwise) {
                codes.addAll(stmt.codes());
            }
            return codes;
        }
    }

    /** A {@code switch} on {@code selector} choosing the next state. */
    record Switch(Code selector, List<Case> cases, int defaultState) implements Transfer {
        /** The labels of one case (empty for {@code default}) and where they lead. */
        public record Case(List<Code> labels, int state) {}

        @Override
        public List<Code> codes() {
            return List.of(selector);
        }
    }

    /**
     * Suspends with {@code value}; the next resume continues at {@code resume}. {@code inFinally}:
     * it stands in a finally block, the only place close() can reach it. {@code primitive}: the
     * value is of a primitive type (a boxed sink may keep it unboxed until it is taken).
     */
    record Suspend(Code value, int resume, String origin, boolean inFinally, boolean primitive)
            implements Transfer {
        public Suspend(Code value, int resume, String origin, boolean inFinally) {
            this(value, resume, origin, inFinally, false);
        }

        @Override
        public List<Code> codes() {
            return List.of(value);
        }
    }

    /**
     * Starts delegating to {@code source} (an {@code Iterator}, an {@code Iterable} or a generated
     * generator); once it is exhausted the body continues at {@code resume}. {@code forwards}: the
     * source is a coroutine generated elsewhere, to which sent and thrown-in values go on.
     */
    record Delegate(Code source, int resume, String origin, boolean forwards, boolean inFinally,
            List<Code> ownArguments) implements Transfer {
        public Delegate(Code source, int resume, String origin, boolean forwards, boolean inFinally) {
            this(source, resume, origin, forwards, inFinally, null);
        }

        /**
         * Whether {@code source} is a fresh generator of the delegating template itself, made from
         * {@link #ownArguments} (a recursion the body class may run as a frame of its own).
         */
        public boolean recurses() {
            return ownArguments != null;
        }

        @Override
        public List<Code> codes() {
            if (ownArguments == null) {
                return List.of(source);
            }
            List<Code> codes = new java.util.ArrayList<>(ownArguments);
            codes.add(source);
            return codes;
        }
    }

    /** Throws the exception a {@code finally} region holds for rethrow. */
    record RethrowPending(int region) implements Transfer {}

    /** Continues where the {@code finally} region's pending completion says. */
    record EndFinally(int region) implements Transfer {}

    /**
     * Closes a try-with-resources resource if it is not null; a failure is suppressed into the
     * exception the region holds, if it holds one.
     */
    record CloseResource(LocalVar resource, int region) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of(Code.var(resource));
        }
    }

    /** Pulls the next value of the delegate; once it is exhausted, continues at {@code resume}. */
    record PullDelegate(int resume, boolean forwards) implements Transfer {}

    /** Ends the body: the generator is finished. */
    record Finish() implements Transfer {}
}
