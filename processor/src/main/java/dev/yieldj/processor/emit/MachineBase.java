package dev.yieldj.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The private base class every generator of one generated file extends: the iterator protocol
 * around a state machine, and the trampoline that runs a chain of {@code yieldAll} delegations
 * innermost first, so that recursion through delegation does not grow the Java stack.
 *
 * <p>Its member names are allocated once per file, distinct from every name the file's templates
 * declare, so that no copied statement can shadow them.
 */
public final class MachineBase {
    private static final ClassName ITERATOR = ClassName.get(Iterator.class);

    final ClassName name;
    final String state;
    final String ready;
    final String current;
    final String running;
    final String closing;
    final String handedOut;
    final String inner;
    final String delegate;
    final String sent;
    final String raised;
    final String outerLink;
    final String deepest;
    final String dispatch;
    /** Whether a generator of this file can have an exception thrown into it (the file has a coroutine). */
    final boolean throwsIn;

    public MachineBase(ClassName outer, Set<String> templateNames, boolean throwsIn) {
        this.throwsIn = throwsIn;
        Names names = new Names(templateNames);
        this.name = outer.nestedClass(names.internal("Machine"));
        this.state = names.internal("state");
        this.ready = names.internal("ready");
        this.current = names.internal("current");
        this.running = names.internal("running");
        this.closing = names.internal("closing");
        this.handedOut = names.internal("handedOut");
        this.inner = names.internal("inner");
        this.delegate = names.internal("delegate");
        this.sent = names.internal("sent");
        this.raised = names.internal("raised");
        this.outerLink = names.internal("outer");
        this.deepest = names.internal("deepest");
        this.dispatch = names.internal("dispatch");
    }

    /** The names a template of this file must leave to the base class. */
    Set<String> reservedNames() {
        return Set.of(name.simpleName(), state, ready, current, running, closing, handedOut, inner, delegate, sent,
                raised, outerLink, deepest, dispatch, "FINISHED", "YIELDED", "ENDED", "DELEGATED", "CONTINUE");
    }

    public TypeSpec type() {
        TypeVariableName t = TypeVariableName.get("T");
        ParameterizedTypeName self = ParameterizedTypeName.get(name, WildcardTypeName.subtypeOf(Object.class));
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("What every generator of this file shares: the iterator protocol around a state machine,"
                        + " and the trampoline\nthat runs a chain of {@code yieldAll} delegations innermost first.\n")
                .addModifiers(Modifier.ABSTRACT, Modifier.STATIC)
                .addTypeVariable(t)
                .addSuperinterface(ParameterizedTypeName.get(ITERATOR, t))
                .addSuperinterface(AutoCloseable.class);
        addFields(type, t, self);
        addAbstractMethods(type);
        addIteratorProtocol(type, t);
        addDelegationAndClosing(type, t, self);
        addUtilities(type);
        return type.build();
    }

    /** The state every generator keeps. */
    private void addFields(TypeSpec.Builder type, TypeVariableName t, ParameterizedTypeName self) {
        constant(type, "FINISHED", -1);
        constant(type, "YIELDED", 0);
        constant(type, "ENDED", 1);
        constant(type, "DELEGATED", 2);
        type.addField(FieldSpec.builder(int.class, state).addJavadoc("The state to resume at; 0 is unstarted.\n")
                .build());
        type.addField(FieldSpec.builder(boolean.class, ready).addJavadoc("Whether a yielded value waits.\n").build());
        type.addField(t, current);
        type.addField(boolean.class, running);
        type.addField(boolean.class, closing);
        type.addField(boolean.class, handedOut);
        type.addField(FieldSpec.builder(self, inner)
                .addJavadoc("The generator of this file that a {@code yieldAll} delegates to; the trampoline runs it.\n")
                .build());
        type.addField(FieldSpec.builder(self, outerLink)
                .addJavadoc("The generator delegating to this one through the trampoline, while it does.\n").build());
        type.addField(FieldSpec.builder(self, deepest)
                .addJavadoc("The innermost generator of this one's delegation chain that last ran (kept so that each"
                        + " step costs the same\nhowever deep the chain is).\n").build());
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ITERATOR, WildcardTypeName.subtypeOf(Object.class)),
                delegate).addJavadoc("Any other iterator a {@code yieldAll} delegates to; the body pulls it.\n").build());
        type.addField(FieldSpec.builder(Object.class, sent).addJavadoc("The value sent in at the last resume.\n")
                .build());
        type.addField(FieldSpec.builder(Throwable.class, raised)
                .addJavadoc("An exception to raise where the body is suspended.\n").build());
    }

    /** What each body class implements. */
    private void addAbstractMethods(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("advance")
                .addJavadoc("Runs the body from its state to its next suspension.\n\n"
                        + "@return {@code YIELDED}, {@code ENDED}, or {@code DELEGATED} to {@code $L}\n", inner)
                .addModifiers(Modifier.ABSTRACT)
                .returns(int.class)
                .addException(Throwable.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("closeEntry")
                .addJavadoc("The state that runs the pending {@code finally} blocks of the current suspension, or"
                        + " {@code FINISHED}.\n")
                .addModifiers(Modifier.ABSTRACT)
                .returns(int.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("label")
                .addModifiers(Modifier.ABSTRACT)
                .returns(String.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("flattens")
                .addJavadoc("Whether the trampoline may run this generator's delegations (not for primitive ones).\n")
                .returns(boolean.class)
                .addStatement("return true")
                .build());
    }

    /** {@code hasNext()}/{@code next()} over the resume method. */
    private void addIteratorProtocol(TypeSpec.Builder type, TypeVariableName t) {
        type.addMethod(MethodSpec.methodBuilder("hasNext")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .beginControlFlow("if (!$N && $N != FINISHED)", ready, state)
                .addStatement("$N = $N == null && !$N ? step() : run(null, null)", ready, inner, running)
                .endControlFlow()
                .addStatement("return $N", ready)
                .build());
        type.addMethod(MethodSpec.methodBuilder("step")
                .addJavadoc("Resumes the body when it delegates to no generator: the common case, kept small"
                        + " enough for the JIT to inline.\n")
                .addModifiers(Modifier.FINAL)
                .returns(boolean.class)
                .addStatement("int outcome")
                .addStatement("$N = true", running)
                .addStatement("$N = null", sent)
                .beginControlFlow("try")
                .addStatement("outcome = advance()")
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("throw failed(failure)")
                .endControlFlow()
                .addStatement("$N = false", running)
                .addStatement("return outcome == YIELDED || (outcome == DELEGATED && run(null, null))")
                .build());
        type.addMethod(MethodSpec.methodBuilder("failed")
                .addJavadoc("Finishes the generator after its body failed; returns the failure to throw, unchecked.\n")
                .addModifiers(Modifier.FINAL)
                .returns(RuntimeException.class)
                .addParameter(Throwable.class, "failure")
                .addStatement("$N = false", running)
                .addStatement("$N = FINISHED", state)
                .addStatement("return unchecked(failure)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("next")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(t)
                .beginControlFlow("if (!hasNext())")
                .addStatement("throw new $T()", NoSuchElementException.class)
                .endControlFlow()
                .addStatement("$N = false", ready)
                .addStatement("return take()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("take")
                .returns(t)
                .addStatement("$T value = $N", t, current)
                .addStatement("$N = null", current)
                .addStatement("return value")
                .build());
    }

    /** The trampoline, throwing in, and closing. */
    private void addDelegationAndClosing(TypeSpec.Builder type, TypeVariableName t, ParameterizedTypeName self) {
        type.addMethod(run(t, self));
        type.addMethod(MethodSpec.methodBuilder("raiseThrownIn")
                .addJavadoc("Raises, where the body resumes, an exception thrown into the generator.\n")
                .addModifiers(Modifier.FINAL)
                .addException(Throwable.class)
                .beginControlFlow("if ($N != null)", raised)
                .addStatement("$T exception = $N", Throwable.class, raised)
                .addStatement("$N = null", raised)
                .addStatement("throw exception")
                .endControlFlow()
                .build());
        type.addMethod(MethodSpec.methodBuilder("checkNotBuffered")
                .beginControlFlow("if ($N)", ready)
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "hasNext() already resumed the generator: take that value with next() first")
                .endControlFlow()
                .build());
        type.addMethod(close(self));
        type.addMethod(closeOwn());
    }

    /** {@code toString()} and the static helpers the bodies call. */
    private void addUtilities(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("String status = $N == FINISHED ? $S : $N ? $S : $N == 0 && !$N ? $S : $S",
                        state, "finished", running, "running", state, ready, "unstarted", "suspended")
                .addStatement("return label() + $S + status + $S", "[", "]")
                .build());
        type.addMethod(MethodSpec.methodBuilder("iterate")
                .addJavadoc("What {@code yieldAll} delegates to: the source itself when it is an iterator (a started"
                        + " generator goes on),\nelse a new iterator of it.\n")
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ITERATOR, WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(Object.class, "source")
                .beginControlFlow("if (source instanceof $T<?> iterator)", ITERATOR)
                .addStatement("return iterator")
                .endControlFlow()
                .addStatement("return (($T<?>) source).iterator()", Iterable.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("unchecked")
                .addJavadoc("A throwable of the body as an unchecked one: {@code IOException} as"
                        + " {@code UncheckedIOException},\nany other checked exception in"
                        + " {@code UndeclaredThrowableException}.\n")
                .addModifiers(Modifier.STATIC)
                .returns(RuntimeException.class)
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("if (failure instanceof $T error)", Error.class)
                .addStatement("throw error")
                .endControlFlow()
                .beginControlFlow("if (failure instanceof $T unchecked)", RuntimeException.class)
                .addStatement("return unchecked")
                .endControlFlow()
                .beginControlFlow("if (failure instanceof $T io)", IOException.class)
                .addStatement("return new $T(io)", UncheckedIOException.class)
                .endControlFlow()
                .addStatement("return new $T(failure)", UndeclaredThrowableException.class)
                .build());
    }

    private static void constant(TypeSpec.Builder type, String name, int value) {
        type.addField(FieldSpec.builder(int.class, name, Modifier.STATIC, Modifier.FINAL).initializer("$L", value)
                .build());
    }

    /**
     * The trampoline: resumes the innermost generator of the delegation chain with the value sent
     * or the exception raised; a generator that ends hands control back to the one delegating to it.
     */
    private MethodSpec run(TypeVariableName t, ParameterizedTypeName self) {
        CodeBlock body = CodeBlock.builder()
                .beginControlFlow("if ($N)", running)
                .addStatement("throw new $T($S)", IllegalStateException.class, "generator already executing")
                .endControlFlow()
                .addStatement("$N = true", running)
                .beginControlFlow("try")
                .addStatement("$T send = toSend", Object.class)
                .addStatement("$T raise = toRaise", Throwable.class)
                .beginControlFlow("while (true)")
                .addStatement("$T leaf = $N != null ? $N : this", self, deepest, deepest)
                .beginControlFlow("while (leaf.$N != null)", inner)
                .addStatement("leaf.$N.$N = leaf", inner, outerLink)
                .addStatement("leaf = leaf.$N", inner)
                .endControlFlow()
                .addStatement("$T parent = leaf == this ? null : leaf.$N", self, outerLink)
                .beginControlFlow("if (parent != null && leaf.$N && raise == null)", ready)
                .addStatement("leaf.$N = false", ready)
                .addStatement("$N = ($T) leaf.take()", current, t)
                .addStatement("$N = leaf", deepest)
                .addStatement("return true")
                .endControlFlow()
                .add(resumeLeaf())
                .add(afterOutcome(t))
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("$N = false", running)
                .endControlFlow()
                .build();
        return MethodSpec.methodBuilder("run")
                .addJavadoc("Runs the innermost generator of the delegation chain, resumed with {@code toSend} or"
                        + " {@code toRaise}, until\nsome generator of the chain yields (true) or this one ends"
                        + " (false). A generator that ends hands control\nback to the one delegating to it; one"
                        + " that fails raises its exception there. Each step starts\nwhere the last one left"
                        + " off, so its cost does not grow with the depth of the chain.\n")
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
                        .build())
                .addModifiers(Modifier.FINAL)
                .returns(boolean.class)
                .addParameter(Object.class, "toSend")
                .addParameter(RuntimeException.class, "toRaise")
                .addCode(body)
                .build();
    }

    /** The trampoline's step: resumes the leaf generator, or hands its failure to the one delegating to it. */
    private CodeBlock resumeLeaf() {
        return CodeBlock.builder()
                .addStatement("int outcome")
                .beginControlFlow("if (leaf.$N == FINISHED)", state)
                .addStatement("outcome = ENDED")
                .nextControlFlow("else if (parent != null && leaf.$N)", running)
                .addStatement("throw new $T($S)", IllegalStateException.class, "generator already executing")
                .nextControlFlow("else")
                .addStatement("leaf.$N = send", sent)
                .addStatement("leaf.$N = raise", raised)
                .addStatement("send = null")
                .addStatement("raise = null")
                .addStatement("leaf.$N = true", running)
                .beginControlFlow("try")
                .addStatement("outcome = leaf.advance()")
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("leaf.$N = FINISHED", state)
                .beginControlFlow("if (parent == null)")
                .addStatement("$N = null", deepest)
                .addStatement("throw unchecked(failure)")
                .endControlFlow()
                .addStatement("parent.$N = null", inner)
                .addStatement("leaf.$N = null", outerLink)
                .addStatement("$N = parent", deepest)
                .addStatement("raise = failure")
                .addStatement("continue")
                .nextControlFlow("finally")
                .beginControlFlow("if (parent != null)")
                .addStatement("leaf.$N = false", running)
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** The trampoline after a step: a yield returns, an end hands control back to the parent. */
    private CodeBlock afterOutcome(TypeVariableName t) {
        return CodeBlock.builder()
                .beginControlFlow("if (outcome == YIELDED)")
                .beginControlFlow("if (parent != null)")
                .addStatement("$N = ($T) leaf.take()", current, t)
                .endControlFlow()
                .addStatement("$N = leaf", deepest)
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (outcome == ENDED)")
                .beginControlFlow("if (parent == null)")
                .addStatement("$N = null", deepest)
                .beginControlFlow("if (raise != null)")
                .addStatement("throw unchecked(raise)")
                .endControlFlow()
                .addStatement("return false")
                .endControlFlow()
                .addStatement("parent.$N = null", inner)
                .addStatement("leaf.$N = null", outerLink)
                .addStatement("$N = parent", deepest)
                .nextControlFlow("else")
                .addStatement("$N = leaf", deepest)
                .endControlFlow()
                .build();
    }

    private MethodSpec close(ParameterizedTypeName self) {
        return MethodSpec.methodBuilder("close")
                .addJavadoc("Ends the generator: closes the generators it delegates to, innermost first, then runs its"
                        + " pending\n{@code finally} blocks and closes its open resources. Idempotent.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .beginControlFlow("if ($N)", running)
                .addStatement("throw new $T($S)", IllegalStateException.class, "generator already executing")
                .endControlFlow()
                .beginControlFlow("if ($N == null)", inner)
                .beginControlFlow("try")
                .addStatement("closeOwn()")
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("throw unchecked(failure)")
                .endControlFlow()
                .addStatement("return")
                .endControlFlow()
                .addStatement("$N = null", deepest)
                .addStatement("$T<$T> chain = new $T<>()", List.class, self, ArrayList.class)
                .beginControlFlow("for ($T link = this; link != null; link = link.$N)", self, inner)
                .addStatement("chain.add(link)")
                .endControlFlow()
                .addStatement("$T failure = null", Throwable.class)
                .beginControlFlow("for (int i = chain.size() - 1; i >= 0; i--)")
                .addStatement("$T link = chain.get(i)", self)
                .addStatement("link.$N = null", inner)
                .addStatement("link.$N = null", outerLink)
                .beginControlFlow("try")
                .addStatement("link.closeOwn()")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .beginControlFlow("if (failure == null)")
                .addStatement("failure = e")
                .nextControlFlow("else")
                .addStatement("failure.addSuppressed(e)")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (failure != null)")
                .addStatement("throw unchecked(failure)")
                .endControlFlow()
                .build();
    }

    private MethodSpec closeOwn() {
        return MethodSpec.methodBuilder("closeOwn")
                .addJavadoc("Closes this generator alone: the iterator it pulls from, then its own pending"
                        + " {@code finally} blocks.\n")
                .addModifiers(Modifier.FINAL)
                .addException(Throwable.class)
                .beginControlFlow("if ($N == FINISHED)", state)
                .addStatement("return")
                .endControlFlow()
                .addStatement("$N = false", ready)
                .addStatement("$N = null", current)
                .addStatement("$T<?> pulled = $N", ITERATOR, delegate)
                .addStatement("$N = null", delegate)
                .addStatement("int entry = $N == 0 ? FINISHED : closeEntry()", state)
                .addStatement("$N = FINISHED", state)
                .addStatement("$T failure = null", Throwable.class)
                .beginControlFlow("if (pulled instanceof $T closeable)", AutoCloseable.class)
                .beginControlFlow("try")
                .addStatement("closeable.close()")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("failure = e")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (entry != FINISHED)")
                .addStatement("$N = entry", state)
                .addStatement("$N = true", closing)
                .addStatement("$N = true", running)
                .beginControlFlow("try")
                .beginControlFlow("if (advance() != ENDED)")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "generator ignored close: it yielded while closing")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", Throwable.class)
                .beginControlFlow("if (failure == null)")
                .addStatement("failure = e")
                .nextControlFlow("else")
                .addStatement("failure.addSuppressed(e)")
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("$N = false", closing)
                .addStatement("$N = false", running)
                .addStatement("$N = FINISHED", state)
                .addStatement("$N = null", current)
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (failure != null)")
                .addStatement("throw failure")
                .endControlFlow()
                .build();
    }
}
