package dev.yieldj.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Optional;

/** The sink interfaces of {@code dev.yieldj}, and what each makes of the generated class. */
public enum SinkKind {
    YIELD("Yield", null, null, null),
    COROUTINE("Coroutine", null, null, null),
    INT_YIELD("IntYield", TypeName.INT, "OfInt", "IntStream"),
    LONG_YIELD("LongYield", TypeName.LONG, "OfLong", "LongStream"),
    DOUBLE_YIELD("DoubleYield", TypeName.DOUBLE, "OfDouble", "DoubleStream");

    private final String simpleName;
    private final TypeName primitive;
    private final String primitiveIterator;
    private final String stream;

    SinkKind(String simpleName, TypeName primitive, String primitiveIterator, String stream) {
        this.simpleName = simpleName;
        this.primitive = primitive;
        this.primitiveIterator = primitiveIterator;
        this.stream = stream;
    }

    /** The sink interface's qualified name. */
    public String qualifiedName() {
        return "dev.yieldj." + simpleName;
    }

    /** The sink kind of the interface named {@code qualifiedName}, if it is one. */
    public static Optional<SinkKind> of(String qualifiedName) {
        for (SinkKind kind : values()) {
            if (kind.qualifiedName().equals(qualifiedName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The element type of a primitive sink, else null. */
    public TypeName primitive() {
        return primitive;
    }

    public boolean isPrimitive() {
        return primitive != null;
    }

    /** {@code PrimitiveIterator.OfInt} etc. for primitive sinks. */
    public ClassName primitiveIterator() {
        return ClassName.get("java.util", "PrimitiveIterator", primitiveIterator);
    }

    /** {@code IntStream} etc. for primitive sinks. */
    public ClassName primitiveStream() {
        return ClassName.get("java.util.stream", stream);
    }

    /** {@code nextInt} etc. for primitive sinks. */
    public String primitiveNext() {
        return "next" + Character.toUpperCase(primitive.toString().charAt(0)) + primitive.toString().substring(1);
    }
}
