package dev.yieldj.processor.model;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;

/**
 * What a template's body may need of the machinery its generated class shares with the others of
 * its file, read from the source alone (nothing attributed, so it can be read in the round that
 * writes the public API): a part the body might use counts as used.
 *
 * @param delegates the body calls a {@code yieldAll}
 * @param closes the body has a {@code finally} block or resources, or a Lombok {@code @Cleanup}
 *     local (which becomes one), that {@code close()} may have to run
 */
public record BodyShape(boolean delegates, boolean closes) {

    public static BodyShape of(MethodTree template) {
        Scanner scanner = new Scanner();
        scanner.scan(template.getBody(), null);
        return new BodyShape(scanner.delegates, scanner.closes);
    }

    /** A body with either part when either body has it. */
    public BodyShape and(BodyShape other) {
        return new BodyShape(delegates || other.delegates, closes || other.closes);
    }

    private static final class Scanner extends TreeScanner<Void, Void> {
        boolean delegates;
        boolean closes;

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            if (call.getMethodSelect() instanceof MemberSelectTree select
                    && select.getIdentifier().contentEquals("yieldAll")) {
                delegates = true;
            }
            return super.visitMethodInvocation(call, unused);
        }

        @Override
        public Void visitTry(TryTree tryTree, Void unused) {
            closes |= tryTree.getFinallyBlock() != null || !tryTree.getResources().isEmpty();
            return super.visitTry(tryTree, unused);
        }

        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
            for (AnnotationTree annotation : variable.getModifiers().getAnnotations()) {
                String name = annotation.getAnnotationType().toString();
                closes |= name.equals("Cleanup") || name.endsWith(".Cleanup");
            }
            return super.visitVariable(variable, unused);
        }

        // code in lambdas and class bodies runs in its own frames, never suspending the generator
        @Override
        public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
            return null;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            return null;
        }
    }
}
