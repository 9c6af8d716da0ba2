package dev.yieldj.processor.ir;

/**
 * A variable of the template body that the rewrite manages: a parameter, a local declared outside
 * any lambda or class body, or a temporary the lowering introduced. Whether it becomes a field of
 * the state machine or stays a Java local is decided later, from the states that use it.
 *
 * @param id unique within one template
 * @param name the name the template gave it (a hint for temporaries)
 * @param type its type as the generated code spells it (types of the template kept symbolic)
 * @param kind where it came from
 * @param fieldType for a local of a class declared in the body: the type its field has (such a
 *     class is visible only inside the resume method), read back through a cast; else null
 */
public record LocalVar(int id, String name, Code type, Kind kind, Code fieldType) {

    public LocalVar(int id, String name, Code type, Kind kind) {
        this(id, name, type, kind, null);
    }

    /** Where a managed variable came from. */
    public enum Kind {
        /** A parameter of the template (not the sink). */
        PARAMETER,
        /** A local the template declares. */
        LOCAL,
        /**
         * A pattern variable of a condition that the lowering splits from the code it guards: a
         * field, set where the pattern matches.
         */
        BINDING,
        /** A temporary the lowering introduced. */
        SYNTHETIC
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalVar that && that.id == id;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
