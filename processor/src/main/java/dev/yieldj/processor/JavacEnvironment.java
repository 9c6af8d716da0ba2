package dev.yieldj.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's own {@link ProcessingEnvironment} behind the one a build tool hands the processor.
 * Gradle's incremental processing gives a delegating class that holds the real environment in a
 * field; IntelliJ IDEA's build gives a {@link Proxy} whose invocation handler holds it. {@link
 * Trees#instance} accepts javac's environment alone, so yieldj unwraps to reach the tree API, and
 * keeps using the wrapper for everything else (its {@code Filer} above all, so that the build tool
 * sees every generated file).
 */
final class JavacEnvironment {
    /** Wrappers seen in practice are one or two deep; the bound only guards against cycles. */
    private static final int MAX_DEPTH = 8;

    private JavacEnvironment() {}

    /** javac's tree API for {@code env}, unwrapping it where needed; empty when no javac is underneath. */
    static Optional<Trees> trees(ProcessingEnvironment env) {
        ProcessingEnvironment candidate = env;
        for (int depth = 0; candidate != null && depth < MAX_DEPTH; depth++) {
            try {
                return Optional.of(Trees.instance(candidate));
            } catch (IllegalArgumentException | LinkageError notJavac) {
                candidate = wrapped(candidate);
            }
        }
        return Optional.empty();
    }

    /** The environment {@code wrapper} delegates to: a field of it, or of its proxy's handler. */
    private static ProcessingEnvironment wrapped(ProcessingEnvironment wrapper) {
        Object holder = Proxy.isProxyClass(wrapper.getClass()) ? Proxy.getInvocationHandler(wrapper) : wrapper;
        for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                Object value = read(field, holder);
                if (value instanceof ProcessingEnvironment inner && inner != wrapper) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static Object read(Field field, Object holder) {
        try {
            field.setAccessible(true);
            return field.get(holder);
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            return null;
        }
    }
}
