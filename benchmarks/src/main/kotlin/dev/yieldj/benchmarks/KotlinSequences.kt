@file:JvmName("KotlinSequences")

package dev.yieldj.benchmarks

// The Kotlin variants: each workload as Kotlin's `sequence {}` builder (a suspend-function state
// machine), shaped like the yieldj templates. Java pulls them through `.iterator()`. Kotlin has no
// primitive sequences (W5) and no way to close a sequence's iterator early (W7b): those are n/a.

/** W1, W6: 0 .. n-1. */
fun count(n: Int): Sequence<Int> = sequence {
    for (i in 0 until n) {
        yield(i)
    }
}

/** W2: a ≤ b < c < limit, in the template's order. */
fun triples(limit: Int): Sequence<Pythagorean> = sequence {
    for (c in 1 until limit) {
        for (b in 1 until c) {
            for (a in 1..b) {
                if (a * a + b * b == c * c) {
                    yield(Pythagorean(a, b, c))
                }
            }
        }
    }
}

/** W3: recursive, `yieldAll` of the subtrees' sequences. */
fun inOrder(node: Node): Sequence<Int> = sequence {
    if (node.left != null) {
        yieldAll(inOrder(node.left))
    }
    yield(node.value)
    if (node.right != null) {
        yieldAll(inOrder(node.right))
    }
}

/** W4 source: 0, 1, 2, ... without end. */
fun naturals(): Sequence<Int> = sequence {
    var v = 0
    while (true) {
        yield(v)
        v++
    }
}

/** W4 filter. */
fun multiplesOf3(source: Iterator<Int>): Sequence<Int> = sequence {
    for (v in source) {
        if (v % 3 == 0) {
            yield(v)
        }
    }
}

/** W4 map. */
fun twicePlusOne(source: Iterator<Int>): Sequence<Int> = sequence {
    for (v in source) {
        yield(2 * v + 1)
    }
}

/** W4 limit. */
fun take(source: Iterator<Int>, k: Int): Sequence<Int> = sequence {
    var i = 0
    while (i < k && source.hasNext()) {
        yield(source.next())
        i++
    }
}

/** W7a: the `finally` runs when the sequence is drained (nothing can run it earlier). */
fun guardedCount(resource: Resources.Resource, n: Int): Sequence<Int> = sequence {
    resource.open()
    try {
        for (i in 1..n) {
            yield(i)
        }
    } finally {
        resource.close()
    }
}
