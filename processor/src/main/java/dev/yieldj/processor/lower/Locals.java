package dev.yieldj.processor.lower;

import dev.yieldj.processor.analysis.ManagedVariables;
import dev.yieldj.processor.analysis.TypeSpelling;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The variables of one template that the rewrite manages, in the order the lowering meets them:
 * parameters, locals declared outside lambdas and class bodies, pattern variables the lowering
 * splits from their code, temporaries. The translation of copied code reads them through
 * {@link ManagedVariables}; only the lowering adds to them.
 */
final class Locals implements ManagedVariables {
    private final List<LocalVar> vars = new ArrayList<>();
    private final Map<Element, LocalVar> managed = new HashMap<>();
    private final Map<LocalVar, TypeSpelling.Unnameable> unnameable = new LinkedHashMap<>();

    LocalVar newVar(String name, Code type, LocalVar.Kind kind) {
        LocalVar var = new LocalVar(vars.size(), named(name), type, kind, null);
        vars.add(var);
        return var;
    }

    /** A managed local of the template, declared by {@code element}. */
    LocalVar declare(Element element, String name, TypeSpelling.LocalType type, LocalVar.Kind kind) {
        LocalVar var = new LocalVar(vars.size(), named(name), type.type(), kind, type.fieldType());
        vars.add(var);
        if (type.unnameable() != null) {
            unnameable.put(var, type.unnameable());
        }
        managed.put(element, var);
        return var;
    }

    /** javac names an unnamed variable {@code _} with the empty name; its value still needs a variable. */
    private static String named(String name) {
        return name.isEmpty() || name.equals("_") ? "unnamed" : name;
    }

    void manage(Element element, LocalVar var) {
        managed.put(element, var);
    }

    @Override
    public LocalVar lookup(Element element) {
        return managed.get(element);
    }

    boolean isManaged(Element element) {
        return managed.containsKey(element);
    }

    List<LocalVar> all() {
        return List.copyOf(vars);
    }

    Map<LocalVar, TypeSpelling.Unnameable> unnameable() {
        return Map.copyOf(unnameable);
    }
}
