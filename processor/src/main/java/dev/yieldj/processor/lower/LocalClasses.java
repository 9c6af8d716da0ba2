package dev.yieldj.processor.lower;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.yieldj.processor.ir.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The local classes a template body declares. One declared once is hoisted: declared at the top
 * of the resume method, where every state sees it (the locals it captures are copied when an
 * instance is created, as javac does). One whose name the body declares twice stays in its block,
 * where only its own state sees it.
 */
final class LocalClasses {
    private final Set<String> repeatedNames;
    private final Set<String> hoistedNames = new HashSet<>();
    private final Set<Element> hoisted = new HashSet<>();
    private final List<Code> declarations = new ArrayList<>();
    private final Map<Element, Integer> declaringStates = new HashMap<>();

    LocalClasses(Tree body) {
        this.repeatedNames = repeatedNames(body);
    }

    /** Hoists {@code declared} if it can be; returns whether it was. */
    boolean hoist(ClassTree tree, Element declared, Code declaration) {
        String name = tree.getSimpleName().toString();
        if (repeatedNames.contains(name) || !hoistedNames.add(name)) {
            return false;
        }
        declarations.add(declaration);
        hoisted.add(declared);
        return true;
    }

    /** Notes a class that stays in {@code state}, the only state that can use it. */
    void keep(Element declared, int state) {
        declaringStates.put(declared, state);
    }

    /** Whether a use of {@code type} in {@code state} cannot see its declaration. */
    boolean usedAcrossStates(Element type, int state) {
        Integer declaredIn = declaringStates.get(type);
        return declaredIn != null && declaredIn != state;
    }

    Set<Element> hoisted() {
        return Set.copyOf(hoisted);
    }

    List<Code> declarations() {
        return List.copyOf(declarations);
    }

    private static Set<String> repeatedNames(Tree body) {
        Map<String, Integer> counts = new HashMap<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                if (!node.getSimpleName().isEmpty()) {
                    counts.merge(node.getSimpleName().toString(), 1, Integer::sum);
                }
                return super.visitClass(node, unused);
            }
        }.scan(body, null);
        Set<String> repeated = new HashSet<>();
        counts.forEach((name, count) -> {
            if (count > 1) {
                repeated.add(name);
            }
        });
        return repeated;
    }
}
