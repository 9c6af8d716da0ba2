package dev.yieldj.benchmarks;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** W3: a node of an immutable binary tree of ints, with its in-order traversal as a recursive yieldj template. */
public final class Node {
    final Node left;
    final int value;
    final Node right;

    Node(Node left, int value, Node right) {
        this.left = left;
        this.value = value;
        this.right = right;
    }

    /** A balanced tree holding {@code 1..size} (in order), or {@code null} when size is 0. */
    public static Node balanced(int size) {
        return balanced(1, size);
    }

    private static Node balanced(int from, int to) {
        if (from > to) {
            return null;
        }
        int mid = (from + to) >>> 1;
        return new Node(balanced(from, mid - 1), mid, balanced(mid + 1, to));
    }

    /** Left subtree, this value, right subtree: Python's {@code yield from in_order(tree.left)}. */
    @Generator
    public static void inOrder(Node node, Yield<Integer> out) {
        if (node.left != null) {
            out.yieldAll(NodeGenerators.inOrder(node.left));
        }
        out.yield(node.value);
        if (node.right != null) {
            out.yieldAll(NodeGenerators.inOrder(node.right));
        }
    }
}
