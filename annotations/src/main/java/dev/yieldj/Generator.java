package dev.yieldj;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a template method whose body yields values through a sink parameter ({@link Yield},
 * {@link Coroutine}, {@link IntYield}, {@link LongYield} or {@link DoubleYield}).
 *
 * <p>The yieldj annotation processor turns every such method of a type {@code com.acme.Numbers}
 * into a lazy state-machine class inside {@code com.acme.NumbersGenerators}, reached through a
 * static factory named like the method, taking the method's parameters minus the sink (an
 * instance method's receiver comes first). The template itself stays plain Java: called directly
 * with a lambda sink it runs the same body eagerly, in push mode.
 *
 * <pre>{@code
 * @Generator
 * static void countUpTo(int n, Yield<Integer> out) {
 *     for (int i = 1; i <= n; i++) {
 *         out.yield(i);
 *     }
 * }
 * // NumbersGenerators.countUpTo(3) is a lazy Iterator<Integer> and Iterable<Integer>: 1, 2, 3
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Generator {}
