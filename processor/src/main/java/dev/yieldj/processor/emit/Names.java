package dev.yieldj.processor.emit;

import java.util.HashSet;
import java.util.Set;

/**
 * Allocates the names of the generated class's fields and locals: unique, and never one the
 * template's own code declares (so no copied statement can shadow a name the machine relies on).
 */
final class Names {
    private final Set<String> templateNames;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> repeated;

    Names(Set<String> templateNames) {
        this(templateNames, Set.of(), Set.of());
    }

    /** Names for a template; {@code reserved} are the base class's, never used again. */
    Names(Set<String> templateNames, Set<String> reserved) {
        this(templateNames, reserved, Set.of());
    }

    /**
     * Names for a template whose body declares each of {@code repeated} more than once (in sibling
     * scopes): a managed variable never keeps such a name, since a copied statement of the same
     * state may declare it again.
     */
    Names(Set<String> templateNames, Set<String> reserved, Set<String> repeated) {
        this.templateNames = Set.copyOf(templateNames);
        this.repeated = Set.copyOf(repeated);
        this.taken.addAll(reserved);
    }

    /** A fresh name for the machine's own use, distinct from every name of the template. */
    String internal(String wanted) {
        return allocate(wanted, true);
    }

    /**
     * The name of a local that hides the base class's field {@code field} where the field is not used:
     * the field's own name, unless the template declares it somewhere (a lambda parameter, say).
     */
    String hiding(String field) {
        return templateNames.contains(field) ? internal(field) : field;
    }

    /**
     * A name for one of the template's variables: its own name while no other variable has it,
     * else a fresh one.
     */
    String variable(String wanted) {
        return allocate(wanted, repeated.contains(wanted));
    }

    private String allocate(String wanted, boolean avoidTemplate) {
        String name = wanted;
        for (int suffix = 2; taken.contains(name) || (avoidTemplate && templateNames.contains(name))
                || (!name.equals(wanted) && templateNames.contains(name)); suffix++) {
            name = wanted + suffix;
        }
        taken.add(name);
        return name;
    }
}
