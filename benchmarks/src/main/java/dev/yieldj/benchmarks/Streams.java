package dev.yieldj.benchmarks;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The {@code java.util.stream} variants: each workload as the stream a Java developer would write. */
public final class Streams {

    private Streams() {
    }

    /** W1, W6: 0 .. n-1, boxed. */
    public static Stream<Integer> count(int n) {
        return IntStream.range(0, n).boxed();
    }

    /** W5: 0 .. n-1. */
    public static IntStream countInts(int n) {
        return IntStream.range(0, n);
    }

    /** W2: nested flatMaps and a filter, in the template's order. */
    public static Stream<Pythagorean> triples(int limit) {
        return IntStream.range(1, limit).boxed().flatMap(c -> IntStream.range(1, c).boxed().flatMap(b ->
                IntStream.rangeClosed(1, b).filter(a -> a * a + b * b == c * c).mapToObj(a -> new Pythagorean(a, b, c))));
    }

    /** W3: concatenated recursively (the stream of each subtree is built before the walk starts). */
    public static Stream<Integer> inOrder(Node node) {
        Stream<Integer> value = Stream.of(node.value);
        Stream<Integer> upToValue = node.left == null ? value : Stream.concat(inOrder(node.left), value);
        return node.right == null ? upToValue : Stream.concat(upToValue, inOrder(node.right));
    }

    /** W4: iterate → filter → map → limit. */
    public static Stream<Integer> pipeline(int k) {
        return Stream.iterate(0, v -> v + 1).filter(v -> v % 3 == 0).map(v -> 2 * v + 1).limit(k);
    }

    /** W7: opens the resource now; closing the stream closes it (as {@code Files.lines} does). */
    public static Stream<Integer> guardedCount(Resources.Resource resource, int n) {
        resource.open();
        return IntStream.rangeClosed(1, n).boxed().onClose(resource::close);
    }
}
