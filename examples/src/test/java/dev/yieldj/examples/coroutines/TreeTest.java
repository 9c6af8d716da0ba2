package dev.yieldj.examples.coroutines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Tree traversals by recursive delegation, against what the Python twin
 * ({@code src/test/python/coroutines/tree.py}) printed; and a delegation chain 10,000 deep.
 */
class TreeTest {

    private static String joined(Iterable<?> values) {
        StringJoiner joiner = new StringJoiner(" ");
        for (Object value : values) {
            joiner.add(String.valueOf(value));
        }
        return joiner.toString();
    }

    @Test
    void traversalsAsInPython() {
        Transcript t = Transcript.load("tree");
        Integer[][] inputs = {{50, 30, 70, 20, 40, 60, 80, 35, 45, 65}, {3, 1, 2}, {7}};
        for (Integer[] values : inputs) {
            Tree<Integer> tree = Tree.of(values);
            String section = "tree of " + joined(List.of(values));

            List<String> lines = new ArrayList<>();
            lines.add("in-order: " + joined(TreeGenerators.inOrder(tree)));
            lines.add("pre-order: " + joined(TreeGenerators.preOrder(tree)));
            lines.add("post-order: " + joined(TreeGenerators.postOrder(tree)));
            Iterator<Integer> g = TreeGenerators.inOrder(tree);
            lines.add("first two: " + g.next() + " " + (g.hasNext() ? String.valueOf(g.next()) : "end"));
            t.check(section, lines);

            // Push mode: the instance templates called directly on the tree.
            List<Integer> inOrder = new ArrayList<>();
            tree.inOrder(inOrder::add);
            List<Integer> preOrder = new ArrayList<>();
            tree.preOrder(preOrder::add);
            List<Integer> postOrder = new ArrayList<>();
            tree.postOrder(postOrder::add);
            assertEquals(t.section(section).subList(0, 3), List.of(
                    "in-order: " + joined(inOrder), "pre-order: " + joined(preOrder), "post-order: " + joined(postOrder)),
                    "push " + section);
        }
        t.assertAllChecked();
    }

    @Test
    void delegationTenThousandDeepDoesNotOverflowTheStack() {
        int depth = 10_000;
        // A right spine (each node delegates its right subtree) and a left spine, built without recursion.
        Tree<Integer> right = null;
        Tree<Integer> left = null;
        for (int i = depth - 1; i >= 0; i--) {
            right = new Tree<>(null, i, right);
            left = new Tree<>(left, depth - 1 - i, null);
        }
        for (Tree<Integer> spine : List.of(right, left)) {
            // On a thread with a small stack (256 KiB), where 10,000 nested hasNext() calls would overflow.
            List<Integer> values = new ArrayList<>();
            Throwable[] failure = {null};
            Thread puller = new Thread(null, () -> {
                try {
                    for (int value : TreeGenerators.inOrder(spine)) {
                        values.add(value);
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "puller", 256 * 1024);
            puller.start();
            try {
                puller.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertNull(failure[0], () -> "pulling failed: " + failure[0]);
            assertEquals(depth, values.size());
            for (int i = 0; i < depth; i++) {
                assertEquals(i, values.get(i));
            }
        }
    }
}
