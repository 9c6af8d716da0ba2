package dev.yieldj.processor.analysis;

import java.util.List;

/**
 * One statement of a lowered state. The last statement of a state transfers control (a jump, a
 * yield, the end of the body, or a verbatim statement that cannot complete normally).
 */
public sealed interface Stmt {

    /** The fragments this statement renders, for variable-use analysis. */
    List<Code> codes();

    /** Whether control can flow past this statement to the next one of the state. */
    default boolean completesNormally() {
        return true;
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
        @Override
        public List<Code> codes() {
            return List.of();
        }
    }

    /** Continues with another state. */
    record Goto(int state) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of();
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /** {@code if (condition)} continue with one state, else with the other. */
    record Branch(Code condition, int whenTrue, int whenFalse) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of(condition);
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /** A {@code switch} on {@code selector} choosing the next state. */
    record Switch(Code selector, List<Case> cases, int defaultState) implements Stmt {
        /** The labels of one case (empty for {@code default}) and where they lead. */
        public record Case(List<Code> labels, int state) {}

        @Override
        public List<Code> codes() {
            return List.of(selector);
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /** Suspends with {@code value}; the next resume continues at {@code resume}. */
    record Suspend(Code value, int resume, String origin) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of(value);
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /**
     * Starts delegating to {@code source} (an {@code Iterator}, an {@code Iterable} or a generated
     * generator); once it is exhausted the body continues at {@code resume}.
     */
    record Delegate(Code source, int resume, String origin) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of(source);
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /** Throws the exception a {@code finally} region holds for rethrow. */
    record RethrowPending(int region) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of();
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /** Continues where the {@code finally} region's pending completion says. */
    record EndFinally(int region) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of();
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

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
    record PullDelegate(int resume) implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of();
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }

    /** Ends the body: the generator is finished. */
    record Finish() implements Stmt {
        @Override
        public List<Code> codes() {
            return List.of();
        }

        @Override
        public boolean completesNormally() {
            return false;
        }
    }
}
