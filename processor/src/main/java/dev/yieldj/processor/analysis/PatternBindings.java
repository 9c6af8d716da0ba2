package dev.yieldj.processor.analysis;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The pattern variables a pattern declares, at any depth of record patterns, and the code that
 * copies the managed ones into their fields once the pattern matched. Record patterns are Java 21
 * trees, which the processor (built for Java 17) reaches through the running JDK's scanner.
 */
public final class PatternBindings {
    /** A managed pattern variable: its name in the pattern, its field, whether its type is primitive. */
    public record Stored(String name, LocalVar var, boolean primitive) {}

    private PatternBindings() {}

    /** The variables of the binding patterns in {@code pattern}, in source order, as paths; unnamed ones are none. */
    public static List<TreePath> variables(TreePath pattern) {
        List<TreePath> variables = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitBindingPattern(BindingPatternTree node, Void unused) {
                if (!isUnnamed(node)) {
                    variables.add(new TreePath(getCurrentPath(), node.getVariable()));
                }
                return super.visitBindingPattern(node, unused);
            }
        }.scan(pattern, null);
        return variables;
    }

    /** Whether {@code binding} is {@code String _} (Java 22): no variable, nothing to store. */
    public static boolean isUnnamed(BindingPatternTree binding) {
        return binding.getVariable().getName().isEmpty() || binding.getVariable().getName().contentEquals("_");
    }

    /** The pattern variables of {@code pattern} that {@code managed} has, in source order. */
    public static List<Stored> stored(TreePath pattern, com.sun.source.util.Trees trees, ManagedVariables managed) {
        List<Stored> stored = new ArrayList<>();
        for (TreePath variable : variables(pattern)) {
            Element element = trees.getElement(variable);
            LocalVar var = element == null ? null : managed.lookup(element);
            if (var != null) {
                stored.add(new Stored(element.getSimpleName().toString(), var,
                        element.asType().getKind().isPrimitive()));
            }
        }
        return stored;
    }

    /**
     * {@code (test && (this.v = n) == n ...)}: the match, then each stored variable copied into its
     * field. A primitive copy compares with {@code || true}, as a NaN is not equal to itself.
     */
    public static Code storing(Code test, List<Stored> stored) {
        Code code = Code.text("(").then(test);
        for (Stored binding : stored) {
            String name = binding.name();
            code = binding.primitive()
                    ? code.then(" && ((this.", Code.var(binding.var()), " = " + name + ") == " + name + " || true)")
                    : code.then(" && (this.", Code.var(binding.var()), " = " + name + ") == " + name);
        }
        return code.then(")");
    }
}
