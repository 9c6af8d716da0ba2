package dev.yieldj.examples.coroutines;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/**
 * An immutable binary tree whose traversals are recursive generators: each delegates to the
 * traversal of its children with {@code yieldAll}, Python's {@code yield from}. Pulling a traversal
 * does not grow the Java stack with the depth of the tree.
 *
 * <pre>{@code
 * Tree<Integer> tree = Tree.of(50, 30, 70, 20, 40);
 * for (int value : TreeGenerators.inOrder(tree)) { ... } // 20 30 40 50 70
 * }</pre>
 *
 * @param left the left subtree, or {@code null}
 * @param value the value of this node
 * @param right the right subtree, or {@code null}
 */
public record Tree<T>(Tree<T> left, T value, Tree<T> right) {

    /** A leaf. */
    public static <T> Tree<T> leaf(T value) {
        return new Tree<>(null, value, null);
    }

    /** The binary search tree made by inserting {@code values} in order into an empty tree. */
    @SafeVarargs
    public static <T extends Comparable<? super T>> Tree<T> of(T... values) {
        Tree<T> tree = null;
        for (T value : values) {
            tree = insert(tree, value);
        }
        return tree;
    }

    /**
     * A binary search tree with {@code value} added.
     *
     * <pre>{@code
     * def insert(tree, value):
     *     if tree is None:
     *         return Tree(None, value, None)
     *     if value < tree.value:
     *         return Tree(insert(tree.left, value), tree.value, tree.right)
     *     return Tree(tree.left, tree.value, insert(tree.right, value))
     * }</pre>
     */
    public static <T extends Comparable<? super T>> Tree<T> insert(Tree<T> tree, T value) {
        if (tree == null) {
            return leaf(value);
        }
        if (value.compareTo(tree.value()) < 0) {
            return new Tree<>(insert(tree.left(), value), tree.value(), tree.right());
        }
        return new Tree<>(tree.left(), tree.value(), insert(tree.right(), value));
    }

    /**
     * Left subtree, this value, right subtree.
     *
     * <pre>{@code
     * def in_order(tree):
     *     if tree.left is not None:
     *         yield from in_order(tree.left)
     *     yield tree.value
     *     if tree.right is not None:
     *         yield from in_order(tree.right)
     * }</pre>
     */
    @Generator
    public void inOrder(Yield<T> out) {
        if (left() != null) {
            out.yieldAll(TreeGenerators.inOrder(left()));
        }
        out.yield(value());
        if (right() != null) {
            out.yieldAll(TreeGenerators.inOrder(right()));
        }
    }

    /** This value, left subtree, right subtree. */
    @Generator
    public void preOrder(Yield<T> out) {
        out.yield(value());
        if (left() != null) {
            out.yieldAll(TreeGenerators.preOrder(left()));
        }
        if (right() != null) {
            out.yieldAll(TreeGenerators.preOrder(right()));
        }
    }

    /** Left subtree, right subtree, this value. */
    @Generator
    public void postOrder(Yield<T> out) {
        if (left() != null) {
            out.yieldAll(TreeGenerators.postOrder(left()));
        }
        if (right() != null) {
            out.yieldAll(TreeGenerators.postOrder(right()));
        }
        out.yield(value());
    }
}
