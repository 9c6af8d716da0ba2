package dev.yieldj.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.Tree;
import dev.yieldj.processor.check.SupportedTrees;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closed set of tree kinds: every kind of the running JDK is either handled or rejected with a clear error
 * (a new JDK cannot slip a construct in that would be miscompiled).
 */
class SupportedTreesTest {

    @Test
    void everyTreeKindOfThisJdkIsHandledOrRejected() {
        List<String> unclassified = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (Tree.Kind kind : Tree.Kind.values()) {
            boolean supported = SupportedTrees.SUPPORTED.contains(kind.name());
            boolean rejected = SupportedTrees.REJECTED.containsKey(kind.name());
            if (!supported && !rejected) {
                unclassified.add(kind.name());
            }
            if (supported && rejected) {
                both.add(kind.name());
            }
        }
        assertEquals(List.of(), unclassified, "tree kinds of JDK " + Runtime.version().feature()
                + " that yieldj neither handles nor rejects");
        assertEquals(List.of(), both, "tree kinds both handled and rejected");
    }
}
