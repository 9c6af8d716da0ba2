package dev.yieldj.processor.analysis;

import com.sun.source.tree.Tree;
import dev.yieldj.processor.ir.Code;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What translating one tree gives the lowering: the code, and the local classes it names. Only
 * the lowering knows which state the code lands in, so only it can tell whether a local class's
 * declaration is visible there.
 */
public record Translation(Code code, List<LocalClassUse> localClassUses) {

    /** {@code tree} names the local class {@code type}. */
    public record LocalClassUse(Tree tree, TypeElement type) {}

    public Translation {
        localClassUses = List.copyOf(localClassUses);
    }

    /** Code that names no local class. */
    public static Translation of(Code code) {
        return new Translation(code, List.of());
    }
}
