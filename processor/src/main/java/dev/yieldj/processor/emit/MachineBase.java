package dev.yieldj.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The package-private base class every generator of one generated file extends: the state, the
 * end of the iterator protocol ({@code close()}, {@code failed()}, the {@code status()} each
 * public class's {@code toString()} ends with), and only the parts the file's templates use — the
 * value slot {@code current}, the trampoline that runs {@code yieldAll} delegations innermost
 * first, the machinery that sends and throws into coroutines, closing through pending
 * {@code finally} blocks, and {@code advance()} itself when one of those resumes the body.
 *
 * <p>Its member names are fixed, the same in every file; a template variable with one of them is
 * renamed in the generated code instead (see {@link #RESERVED}).
 */
public final class MachineBase {
    static final String STATE = "state";
    static final String CURRENT = "current";
    static final String CLOSING = "closing";
    static final String HANDED_OUT = "handedOut";
    static final String INNER = "inner";
    static final String OUTER = "outer";
    static final String DEEPEST = "deepest";
    static final String DELEGATE = "delegate";
    static final String SENT = "sent";
    static final String RAISED = "raised";

    public Parts parts() {
        return parts;
    }

    /** The names a body class must leave to its base class and to the generated code's constants. */
    static final Set<String> RESERVED = Set.of(STATE, CURRENT, CLOSING, HANDED_OUT, INNER, OUTER, DEEPEST,
            DELEGATE, SENT, RAISED, "FINISHED", "RUNNING", "READY", "CONTINUE");

    private static final ClassName ITERATOR = ClassName.get(Iterator.class);
    private static final String ALREADY_RUNNING = "generator already executing";

    /**
     * Which optional parts the generators of one file use, decided from the templates' declarations
     * and a look at their bodies (before any body is lowered): a part a template might use is in.
     *
     * @param delegates some template has a {@code yieldAll}
     * @param throwsIn some template is a coroutine (values are sent and exceptions thrown into it)
     * @param closes some template has a {@code finally} block or resources that {@code close()} must run
     * @param references some template yields references other than boxed primitives (its value waits in
     *     {@code current}, which {@code close()} clears; without it, each body class keeps its value in a
     *     field of its own, unboxed where it can)
     */
    public record Parts(boolean delegates, boolean throwsIn, boolean closes, boolean references) {
        /** Whether {@code run()} resumes generators with values or exceptions (delegation or coroutines). */
        boolean trampoline() {
            return delegates || throwsIn;
        }

        /** Whether a yielded value may wait in the base class's {@code current}. */
        boolean current() {
            return references || trampoline();
        }

        /**
         * Whether the base class itself resumes the body ({@code close()} through pending {@code finally}
         * blocks, the trampoline, {@code send()}): then it declares {@code advance()}, else each body class
         * keeps it private.
         */
        boolean resumes() {
            return closes || trampoline();
        }
    }

    final ClassName name;
    final Parts parts;

    /** {@code classNames}: the file's other class names, which the base class's own must differ from. */
    public MachineBase(ClassName outer, Set<String> classNames, Parts parts) {
        this.name = outer.nestedClass(new Names(classNames).internal("Machine"));
        this.parts = parts;
    }

    /** The names a body class must leave to its base class: its members and its own class name. */
    Set<String> reservedNames() {
        Set<String> reserved = new HashSet<>(RESERVED);
        reserved.add(name.simpleName());
        return reserved;
    }

    public TypeSpec type() {
        TypeVariableName t = TypeVariableName.get("T");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("What every generator of this file shares: its state, and $L.\n", summary())
                .addModifiers(Modifier.ABSTRACT, Modifier.STATIC)
                .addTypeVariable(t)
                .addSuperinterface(ParameterizedTypeName.get(ITERATOR, t))
                .addSuperinterface(AutoCloseable.class);
        addFields(type, t);
        addBodyHooks(type, t);
        type.addMethod(failed());
        if (parts.delegates()) {
            Trampoline.addTo(type, t, name, parts.throwsIn());
        } else if (parts.throwsIn()) {
            type.addMethod(resume());
        }
        if (parts.throwsIn()) {
            addThrowingIn(type);
        }
        if (parts.delegates()) {
            type.addMethod(Trampoline.closeChain(name));
            type.addMethod(closeOwn());
        } else {
            type.addMethod(closeAlone());
        }
        addUtilities(type);
        return type.build();
    }

    /**
     * {@code failed(failure)}: finishes the generator and makes the failure unchecked, as the spec
     * wants it, also for a checked exception that no template declares (a called method may throw one
     * without declaring it: Lombok's {@code @SneakyThrows}, Kotlin).
     */
    private static MethodSpec failed() {
        return MethodSpec.methodBuilder("failed")
                .addJavadoc("Finishes the generator after a failure; returns the failure to throw, unchecked.\n")
                .addModifiers(Modifier.FINAL)
                .returns(RuntimeException.class)
                .addParameter(Throwable.class, "failure")
                .addStatement("$N = FINISHED", STATE)
                .addStatement("if (failure instanceof $T error) throw error", Error.class)
                .addStatement("if (failure instanceof $T unchecked) return unchecked", RuntimeException.class)
                .addStatement("if (failure instanceof $T io) return new $T(io)", IOException.class,
                        UncheckedIOException.class)
                .addStatement("return new $T(failure)", UndeclaredThrowableException.class)
                .build();
    }

    private String summary() {
        StringBuilder parts = new StringBuilder("the iterator protocol around a state machine");
        if (this.parts.delegates()) {
            parts.append(",\nthe trampoline that runs a chain of {@code yieldAll} delegations innermost first");
        }
        if (this.parts.throwsIn()) {
            parts.append(",\nsending values and throwing exceptions into a coroutine");
        }
        if (this.parts.closes()) {
            parts.append(",\nclosing through the pending {@code finally} blocks");
        }
        return parts.toString();
    }

    private void addFields(TypeSpec.Builder type, TypeVariableName t) {
        constant(type, "FINISHED", -1);
        constant(type, "RUNNING", -2);
        type.addField(FieldSpec.builder(int.class, "READY", Modifier.STATIC, Modifier.FINAL)
                .initializer("Integer.MIN_VALUE").build());
        // one field for the whole protocol: a step loads and stores it once where two would each take their own
        type.addField(FieldSpec.builder(int.class, STATE)
                .addJavadoc("Where the body resumes (0: unstarted); or {@code FINISHED}; or {@code RUNNING} while the"
                        + " body runs; or,\nwhile a value waits, {@code READY} plus where the body resumes (below"
                        + " {@code RUNNING}).\n")
                .build());
        if (parts.current()) {
            type.addField(t, CURRENT);
        }
        if (parts.closes()) {
            type.addField(FieldSpec.builder(boolean.class, CLOSING)
                    .addJavadoc("Whether {@code close()} runs the pending {@code finally} blocks.\n").build());
        }
        type.addField(boolean.class, HANDED_OUT);
        if (parts.delegates()) {
            Trampoline.addFields(type, name);
        }
        if (parts.throwsIn()) {
            type.addField(FieldSpec.builder(Object.class, SENT).addJavadoc("The value sent in at the last resume.\n")
                    .build());
        }
        if (parts.trampoline()) {
            type.addField(FieldSpec.builder(Throwable.class, RAISED)
                    .addJavadoc("An exception to raise where the body is suspended.\n").build());
        }
    }

    /** What each body class implements or may override. */
    private void addBodyHooks(TypeSpec.Builder type, TypeVariableName t) {
        if (parts.resumes()) {
            type.addMethod(MethodSpec.methodBuilder("advance")
                    .addJavadoc(advanceJavadoc(parts.delegates()))
                    .addModifiers(Modifier.ABSTRACT)
                    .returns(int.class)
                    .addParameter(int.class, STATE)
                    .addException(Throwable.class)
                    .build());
        }
        if (parts.closes()) {
            type.addMethod(MethodSpec.methodBuilder("closeEntry")
                    .addJavadoc("The state that runs the pending {@code finally} blocks of the current suspension, or"
                            + " {@code FINISHED}.\n")
                    .returns(int.class)
                    .addStatement("return FINISHED")
                    .build());
        }
        if (parts.trampoline()) {
            type.addMethod(MethodSpec.methodBuilder("take")
                    .addJavadoc("Takes the value waiting (the trampoline and {@code send()} hand it on).\n")
                    .returns(t)
                    .addStatement("$T value = $N", t, CURRENT)
                    .addStatement("$N = null", CURRENT)
                    .addStatement("return value")
                    .build());
        }
    }

    /** What {@code advance(state)} does and returns: the state the field takes after the run. */
    static CodeBlock advanceJavadoc(boolean delegates) {
        return CodeBlock.of("Runs the body from {@code state} to its next suspension; returns the state then: {@code"
                + " READY} plus\nwhere it resumes when it yields$L, or {@code FINISHED} when it ends.\n",
                delegates ? " (just where it resumes when it\ndelegates to {@code inner})" : "");
    }

    /** Resumes a coroutine that delegates to no generator with the value sent or the exception thrown in. */
    private MethodSpec resume() {
        return MethodSpec.methodBuilder("run")
                .addJavadoc("Resumes the body with {@code toSend} or {@code toRaise}: true when it yields, false when"
                        + " it ends.\n")
                .addModifiers(Modifier.FINAL)
                .returns(boolean.class)
                .addParameter(Object.class, "toSend")
                .addParameter(RuntimeException.class, "toRaise")
                .addCode(refuseReentry())
                .addStatement("$N = toSend", SENT)
                .addStatement("$N = toRaise", RAISED)
                .addStatement("int from = $N", STATE)
                .addStatement("$N = RUNNING", STATE)
                .beginControlFlow("try")
                .addStatement("$N = advance(from)", STATE)
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("throw failed(failure)")
                .endControlFlow()
                .addStatement("if ($N == FINISHED) return false", STATE)
                .addStatement("$N -= READY", STATE)
                .addStatement("return true")
                .build();
    }

    private void addThrowingIn(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("raiseThrownIn")
                .addJavadoc("Raises, where the body resumes, an exception thrown into the generator.\n")
                .addModifiers(Modifier.FINAL)
                .addException(Throwable.class)
                .beginControlFlow("if ($N != null)", RAISED)
                .addStatement("$T exception = $N", Throwable.class, RAISED)
                .addStatement("$N = null", RAISED)
                .addStatement("throw exception")
                .endControlFlow()
                .build());
        type.addMethod(MethodSpec.methodBuilder("checkNotBuffered")
                .addStatement("if ($N < RUNNING) throw new $T($S)", STATE, IllegalStateException.class,
                        "hasNext() already resumed the generator: take that value with next() first")
                .build());
    }

    static CodeBlock refuseReentry() {
        return CodeBlock.builder()
                .addStatement("if ($N == RUNNING) throw new $T($S)", STATE, IllegalStateException.class,
                        ALREADY_RUNNING)
                .build();
    }

    /** {@code close()} of a file without delegation: nothing to close but the generator itself. */
    private MethodSpec closeAlone() {
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addJavadoc(parts.closes()
                        ? "Ends the generator: runs its pending {@code finally} blocks and closes its open resources."
                                + " Idempotent.\n"
                        : "Ends the generator. Idempotent.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addCode(refuseReentry());
        if (!parts.closes()) {
            return close.addCode(forget()).addStatement("$N = FINISHED", STATE).build();
        }
        return close.addStatement("if ($N == FINISHED) return", STATE)
                .addCode(forget())
                .addStatement("int entry = $N == 0 ? FINISHED : closeEntry()", STATE)
                .addStatement("$N = FINISHED", STATE)
                .beginControlFlow("if (entry != FINISHED)")
                .addCode(runFinallyBlocks(CodeBlock.of("throw failed(e);\n")))
                .endControlFlow()
                .build();
    }

    /**
     * Closes this generator alone: the iterator it pulls from, then its own pending {@code finally}
     * blocks (the trampoline's {@code close()} calls it for each generator of the chain).
     */
    private MethodSpec closeOwn() {
        MethodSpec.Builder close = MethodSpec.methodBuilder("closeOwn")
                .addJavadoc("Closes this generator alone: the iterator it pulls from$L.\n",
                        parts.closes() ? ", then its own pending {@code finally} blocks" : "")
                .addModifiers(Modifier.FINAL)
                .addException(Throwable.class)
                .addStatement("if ($N == FINISHED) return", STATE)
                .addCode(forget())
                .addStatement("$T<?> pulled = $N", ITERATOR, DELEGATE)
                .addStatement("$N = null", DELEGATE);
        if (parts.closes()) {
            close.addStatement("int entry = $N == 0 ? FINISHED : closeEntry()", STATE);
        }
        close.addStatement("$N = FINISHED", STATE)
                .addStatement("$T failure = null", Throwable.class)
                .beginControlFlow("if (pulled instanceof $T closeable)", AutoCloseable.class)
                .beginControlFlow("try")
                .addStatement("closeable.close()")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("failure = e")
                .endControlFlow()
                .endControlFlow();
        if (parts.closes()) {
            close.beginControlFlow("if (entry != FINISHED)")
                    .addCode(runFinallyBlocks(CodeBlock.builder()
                            .beginControlFlow("if (failure == null)")
                            .addStatement("failure = e")
                            .nextControlFlow("else")
                            .addStatement("failure.addSuppressed(e)")
                            .endControlFlow()
                            .build()))
                    .endControlFlow();
        }
        return close.addStatement("if (failure != null) throw failure")
                .build();
    }

    /** Drops the value waiting, if any (the state stays where the body resumes, for {@code closeEntry()}). */
    private CodeBlock forget() {
        CodeBlock.Builder code = CodeBlock.builder();
        if (parts.closes()) {
            code.addStatement("if ($N < RUNNING) $N -= READY", STATE, STATE);
        }
        if (parts.current()) {
            code.addStatement("$N = null", CURRENT);
        }
        return code.build();
    }

    /** Runs the body from {@code entry} through the pending finally blocks; {@code onFailure} handles {@code e}. */
    private CodeBlock runFinallyBlocks(CodeBlock onFailure) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$N = RUNNING", STATE)
                .addStatement("$N = true", CLOSING)
                .beginControlFlow("try")
                .addStatement("if (advance(entry) != FINISHED) throw new $T($S)", IllegalStateException.class,
                        "generator ignored close: it yielded while closing")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .add(onFailure)
                .nextControlFlow("finally")
                .addStatement("$N = false", CLOSING)
                .addStatement("$N = FINISHED", STATE);
        if (parts.current()) {
            code.addStatement("$N = null", CURRENT);
        }
        return code.endControlFlow().build();
    }

    /** {@code status()}, what each public class's {@code toString()} says after the template's name, and helpers. */
    private void addUtilities(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("status")
                .addModifiers(Modifier.FINAL)
                .returns(String.class)
                .addStatement("return $N == FINISHED ? $S : $N == RUNNING ? $S : $N == 0 ? $S : $S",
                        STATE, "[finished]", STATE, "[running]", STATE, "[unstarted]", "[suspended]")
                .build());
        if (parts.delegates()) {
            type.addMethod(Trampoline.iterate());
        }
    }

    private static void constant(TypeSpec.Builder type, String name, int value) {
        type.addField(FieldSpec.builder(int.class, name, Modifier.STATIC, Modifier.FINAL).initializer("$L", value)
                .build());
    }

    static TypeName anyMachine(ClassName name) {
        return ParameterizedTypeName.get(name, WildcardTypeName.subtypeOf(Object.class));
    }
}
