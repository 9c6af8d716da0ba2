package dev.yieldj.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The tree paths of a holder's methods, found in one pass over the holder per round. Each
 * {@code Trees.getPath(Element)} searches the file from its top, and a round asks for each
 * template's path several times: with many templates in a class that grows as their square.
 */
final class MethodPaths {
    private final Trees trees;
    private final Map<Element, TreePath> paths = new HashMap<>();
    private final Set<Element> indexed = new HashSet<>();

    MethodPaths(Trees trees) {
        this.trees = trees;
    }

    /** The path of {@code method}'s declaration, or null when it has no source. */
    TreePath of(ExecutableElement method) {
        TreePath path = paths.get(method);
        if (path == null && indexed.add(method.getEnclosingElement())) {
            index(method.getEnclosingElement());
            path = paths.get(method);
        }
        // a method the holder's tree does not list (another processor may have added it)
        return path != null ? path : trees.getPath(method);
    }

    private void index(Element holder) {
        TreePath classPath = trees.getPath(holder);
        if (classPath == null || !(classPath.getLeaf() instanceof ClassTree type)) {
            return;
        }
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree) {
                TreePath memberPath = new TreePath(classPath, member);
                // a declaration's element is its entered symbol: reading it attributes nothing
                Element element = trees.getElement(memberPath);
                if (element != null) {
                    paths.put(element, memberPath);
                }
            }
        }
    }

    /** Forgets every path: the next round enters the trees anew, with new elements. */
    void clear() {
        paths.clear();
        indexed.clear();
    }
}
