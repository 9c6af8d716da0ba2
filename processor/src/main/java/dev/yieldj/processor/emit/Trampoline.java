package dev.yieldj.processor.emit;

import static dev.yieldj.processor.emit.MachineBase.CURRENT;
import static dev.yieldj.processor.emit.MachineBase.DEEPEST;
import static dev.yieldj.processor.emit.MachineBase.DELEGATE;
import static dev.yieldj.processor.emit.MachineBase.INNER;
import static dev.yieldj.processor.emit.MachineBase.OUTER;
import static dev.yieldj.processor.emit.MachineBase.RAISED;
import static dev.yieldj.processor.emit.MachineBase.SENT;
import static dev.yieldj.processor.emit.MachineBase.STATE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The base class's delegation part, for files with a {@code yieldAll}: the trampoline that runs a
 * chain of delegations innermost first, so that recursion through delegation does not grow the
 * Java stack and each step costs the same however deep the chain is, and closing the chain.
 */
final class Trampoline {
    private static final ClassName ITERATOR = ClassName.get(Iterator.class);

    private Trampoline() {}

    static void addFields(TypeSpec.Builder type, ClassName base) {
        TypeName self = MachineBase.anyMachine(base);
        type.addField(FieldSpec.builder(self, INNER)
                .addJavadoc("The generator of this file that a {@code yieldAll} delegates to; the trampoline runs it.\n")
                .build());
        type.addField(FieldSpec.builder(self, OUTER)
                .addJavadoc("The generator delegating to this one through the trampoline, while it does.\n").build());
        type.addField(FieldSpec.builder(self, DEEPEST)
                .addJavadoc("The innermost generator of this one's delegation chain that last ran (kept so that each"
                        + " step costs the same\nhowever deep the chain is).\n").build());
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ITERATOR, WildcardTypeName.subtypeOf(Object.class)),
                DELEGATE).addJavadoc("Any other iterator a {@code yieldAll} delegates to; the body pulls it.\n").build());
    }

    /** {@code flattens()} and the trampoline {@code run()}. */
    static void addTo(TypeSpec.Builder type, TypeVariableName t, ClassName base, boolean throwsIn) {
        type.addMethod(MethodSpec.methodBuilder("flattens")
                .addJavadoc("Whether the trampoline may run this generator's delegations (not for primitive ones).\n")
                .returns(boolean.class)
                .addStatement("return true")
                .build());
        type.addMethod(run(t, MachineBase.anyMachine(base), throwsIn));
    }

    /**
     * The trampoline: resumes the innermost generator of the delegation chain with the value sent
     * or the exception raised; a generator that ends hands control back to the one delegating to it.
     */
    private static MethodSpec run(TypeVariableName t, TypeName self, boolean throwsIn) {
        CodeBlock body = CodeBlock.builder()
                .add(MachineBase.refuseReentry())
                .addStatement("int own = $N", STATE)
                .addStatement("$N = RUNNING", STATE)
                .beginControlFlow("try")
                .addStatement("$T send = toSend", Object.class)
                .addStatement("$T raise = toRaise", Throwable.class)
                .beginControlFlow("while (true)")
                .addStatement("$T leaf = $N != null ? $N : this", self, DEEPEST, DEEPEST)
                .beginControlFlow("while (leaf.$N != null)", INNER)
                .addStatement("leaf.$N.$N = leaf", INNER, OUTER)
                .addStatement("leaf = leaf.$N", INNER)
                .endControlFlow()
                .addStatement("$T parent = leaf == this ? null : leaf.$N", self, OUTER)
                .beginControlFlow("if (parent != null && leaf.$N < RUNNING && raise == null)", STATE)
                .addStatement("leaf.$N -= READY", STATE)
                .addStatement("$N = ($T) leaf.take()", CURRENT, t)
                .addStatement("$N = leaf", DEEPEST)
                .addStatement("return true")
                .endControlFlow()
                .add(resumeLeaf(throwsIn))
                .add(afterOutcome(t))
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("$N = own", STATE)
                .endControlFlow()
                .build();
        return MethodSpec.methodBuilder("run")
                .addJavadoc("Runs the innermost generator of the delegation chain, resumed with {@code toSend} or"
                        + " {@code toRaise}, until\nsome generator of the chain yields (true) or this one ends"
                        + " (false). A generator that ends hands control\nback to the one delegating to it; one"
                        + " that fails raises its exception there. Each step starts\nwhere the last one left"
                        + " off, so its cost does not grow with the depth of the chain. This generator's\nown state"
                        + " waits in {@code own} meanwhile; no value waits in it after the run.\n")
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
                        .build())
                .addModifiers(javax.lang.model.element.Modifier.FINAL)
                .returns(boolean.class)
                .addParameter(Object.class, "toSend")
                .addParameter(RuntimeException.class, "toRaise")
                .addCode(body)
                .build();
    }

    /** The trampoline's step: resumes the leaf generator, or hands its failure to the one delegating to it. */
    private static CodeBlock resumeLeaf(boolean throwsIn) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int outcome")
                .addStatement("int from = parent == null ? own : leaf.$N", STATE)
                .beginControlFlow("if (from == FINISHED)")
                .addStatement("outcome = FINISHED")
                .nextControlFlow("else if (from == RUNNING)")
                .addStatement("throw new $T($S)", IllegalStateException.class, "generator already executing")
                .nextControlFlow("else");
        if (throwsIn) {
            code.addStatement("leaf.$N = send", SENT).addStatement("send = null");
        }
        return code.addStatement("leaf.$N = raise", RAISED)
                .addStatement("raise = null")
                .addStatement("leaf.$N = RUNNING", STATE)
                .beginControlFlow("try")
                .addStatement("outcome = leaf.advance(from)")
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .beginControlFlow("if (parent == null)")
                .addStatement("own = FINISHED")
                .addStatement("$N = null", DEEPEST)
                .addStatement("throw failed(failure)")
                .endControlFlow()
                .addStatement("leaf.$N = FINISHED", STATE)
                .addStatement("parent.$N = null", INNER)
                .addStatement("leaf.$N = null", OUTER)
                .addStatement("$N = parent", DEEPEST)
                .addStatement("raise = failure")
                .addStatement("continue")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** The trampoline after a step: a yield returns, an end hands control back to the parent. */
    private static CodeBlock afterOutcome(TypeVariableName t) {
        return CodeBlock.builder()
                .beginControlFlow("if (outcome < RUNNING)")
                .beginControlFlow("if (parent == null)")
                .addStatement("own = outcome - READY")
                .nextControlFlow("else")
                .addStatement("leaf.$N = outcome - READY", STATE)
                .addStatement("$N = ($T) leaf.take()", CURRENT, t)
                .endControlFlow()
                .addStatement("$N = leaf", DEEPEST)
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (parent == null)")
                .addStatement("own = outcome")
                .nextControlFlow("else")
                .addStatement("leaf.$N = outcome", STATE)
                .endControlFlow()
                .beginControlFlow("if (outcome == FINISHED)")
                .beginControlFlow("if (parent == null)")
                .addStatement("$N = null", DEEPEST)
                .addStatement("if (raise != null) throw failed(raise)")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("parent.$N = null", INNER)
                .addStatement("leaf.$N = null", OUTER)
                .addStatement("$N = parent", DEEPEST)
                .nextControlFlow("else")
                .addStatement("$N = leaf", DEEPEST)
                .endControlFlow()
                .build();
    }

    /** {@code close()}: closes the generators of the delegation chain, innermost first. */
    static MethodSpec closeChain(ClassName base) {
        TypeName self = MachineBase.anyMachine(base);
        return MethodSpec.methodBuilder("close")
                .addJavadoc("Ends the generator: closes the generators it delegates to, innermost first, then runs its"
                        + " pending\n{@code finally} blocks and closes its open resources. Idempotent.\n")
                .addAnnotation(Override.class)
                .addModifiers(javax.lang.model.element.Modifier.PUBLIC)
                .addCode(MachineBase.refuseReentry())
                .beginControlFlow("if ($N == null)", INNER)
                .beginControlFlow("try")
                .addStatement("closeOwn()")
                .nextControlFlow("catch ($T failure)", Throwable.class)
                .addStatement("throw failed(failure)")
                .endControlFlow()
                .addStatement("return")
                .endControlFlow()
                .addStatement("$N = null", DEEPEST)
                .addStatement("$T<$T> chain = new $T<>()", List.class, self, ArrayList.class)
                .beginControlFlow("for ($T link = this; link != null; link = link.$N)", self, INNER)
                .addStatement("chain.add(link)")
                .endControlFlow()
                .addStatement("$T failure = null", Throwable.class)
                .beginControlFlow("for (int i = chain.size() - 1; i >= 0; i--)")
                .addStatement("$T link = chain.get(i)", self)
                .addStatement("link.$N = null", INNER)
                .addStatement("link.$N = null", OUTER)
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
                .addStatement("if (failure != null) throw failed(failure)")
                .build();
    }

    /** What {@code yieldAll} delegates to. */
    static MethodSpec iterate() {
        return MethodSpec.methodBuilder("iterate")
                .addJavadoc("What {@code yieldAll} delegates to: the source itself when it is an iterator (a started"
                        + " generator goes on),\nelse a new iterator of it.\n")
                .addModifiers(javax.lang.model.element.Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ITERATOR, WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(Object.class, "source")
                .addStatement("if (source instanceof $T<?> iterator) return iterator", ITERATOR)
                .addStatement("return (($T<?>) source).iterator()", Iterable.class)
                .build();
    }
}
