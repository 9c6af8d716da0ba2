package dev.yieldj.benchmarks;

/** W2's element: a Pythagorean triple a² + b² = c². */
public record Pythagorean(int a, int b, int c) {
}
