package dev.yieldj.processor.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of Java source translated out of the template: text, with the names whose spelling in
 * the generated class is decided later kept symbolic (managed variables, types, the receiver).
 * Immutable; the currency between analysis, lowering and emission.
 */
public final class Code {

    /** One part of a code fragment. */
    public sealed interface Piece permits Text, VarRef, TypeRef, ReceiverRef, Block {}

    /** Literal source text. */
    public record Text(String text) implements Piece {}

    /**
     * A managed variable. {@code captured} when the reference stands inside a lambda or class body
     * (it must then see the value at capture time).
     */
    public record VarRef(LocalVar var, boolean captured, boolean written) implements Piece {
        public VarRef(LocalVar var, boolean captured) {
            this(var, captured, false);
        }
    }

    /** A type name, imported by the emitter. */
    public record TypeRef(JavaType type) implements Piece {}

    /** The template's receiver ({@code this} of the template). */
    public record ReceiverRef() implements Piece {}

    /** A nested fragment of statements the lowering produced (e.g. a jump leaving a verbatim loop). */
    public record Block(List<Stmt> statements) implements Piece {}

    /** The empty fragment. */
    public static final Code EMPTY = new Code(List.of());

    private final List<Piece> pieces;

    private Code(List<Piece> pieces) {
        this.pieces = pieces;
    }

    public static Code of(Piece... pieces) {
        return new Code(List.of(pieces)).normalized();
    }

    public static Code text(String text) {
        return of(new Text(text));
    }

    public static Code var(LocalVar var) {
        return of(new VarRef(var, false));
    }

    public static Code type(JavaType type) {
        return of(new TypeRef(type));
    }

    public List<Piece> pieces() {
        return pieces;
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** This fragment followed by {@code others}. */
    public Code then(Object... others) {
        Builder builder = builder().add(this);
        for (Object other : others) {
            if (other instanceof Code code) {
                builder.add(code);
            } else if (other instanceof Piece piece) {
                builder.add(piece);
            } else {
                builder.add(String.valueOf(other));
            }
        }
        return builder.build();
    }

    /** The managed variables this fragment mentions (directly or in nested blocks). */
    public Set<LocalVar> vars() {
        Set<LocalVar> vars = new LinkedHashSet<>();
        collectVars(vars, false);
        return vars;
    }

    /** The managed variables mentioned inside nested statement blocks (jumps out of copied code). */
    public Set<LocalVar> blockVars() {
        Set<LocalVar> vars = new LinkedHashSet<>();
        for (Piece piece : pieces) {
            if (piece instanceof Block block) {
                for (Stmt stmt : block.statements()) {
                    if (stmt instanceof Stmt.Assign assign) {
                        vars.add(assign.var());
                    }
                    for (Code code : stmt.codes()) {
                        vars.addAll(code.vars());
                    }
                }
            }
        }
        return vars;
    }

    /** Whether a nested block of this fragment jumps only after leaving the copied statement. */
    public boolean hasDeferredJump() {
        return !deferredTargets().isEmpty();
    }

    /** The states the nested blocks of this fragment jump to after leaving the copied statement, in order. */
    public Set<Integer> deferredTargets() {
        Set<Integer> targets = new LinkedHashSet<>();
        collectDeferredTargets(targets);
        return targets;
    }

    private void collectDeferredTargets(Set<Integer> into) {
        for (Piece piece : pieces) {
            if (piece instanceof Block block) {
                for (Stmt stmt : block.statements()) {
                    if (stmt instanceof Stmt.DeferredGoto jump) {
                        into.add(jump.state());
                    }
                    for (Code code : stmt.codes()) {
                        code.collectDeferredTargets(into);
                    }
                }
            }
        }
    }

    /** The managed variables this fragment mentions from inside lambdas or class bodies. */
    public Set<LocalVar> capturedVars() {
        Set<LocalVar> vars = new LinkedHashSet<>();
        collectVars(vars, true);
        return vars;
    }

    private void collectVars(Set<LocalVar> into, boolean capturedOnly) {
        for (Piece piece : pieces) {
            if (piece instanceof VarRef ref && (!capturedOnly || ref.captured())) {
                into.add(ref.var());
            } else if (piece instanceof Block block) {
                for (Stmt stmt : block.statements()) {
                    for (Code code : stmt.codes()) {
                        code.collectVars(into, capturedOnly);
                    }
                }
            }
        }
    }

    /** Whether the fragment is plain text equal to {@code text}. */
    public boolean isText(String text) {
        return pieces.size() == 1 && pieces.get(0) instanceof Text t && t.text().equals(text);
    }

    private Code normalized() {
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Text text && text.text().isEmpty()) {
                continue;
            }
            if (piece instanceof Text text
                    && !merged.isEmpty()
                    && merged.get(merged.size() - 1) instanceof Text previous) {
                merged.set(merged.size() - 1, new Text(previous.text() + text.text()));
            } else {
                merged.add(piece);
            }
        }
        return new Code(Collections.unmodifiableList(merged));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects pieces. */
    public static final class Builder {
        private final List<Piece> pieces = new ArrayList<>();

        public Builder add(String text) {
            pieces.add(new Text(text));
            return this;
        }

        public Builder add(Piece piece) {
            pieces.add(piece);
            return this;
        }

        public Builder add(Code code) {
            pieces.addAll(code.pieces);
            return this;
        }

        public Code build() {
            return new Code(List.copyOf(pieces)).normalized();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Code that && that.pieces.equals(pieces);
    }

    @Override
    public int hashCode() {
        return pieces.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof Text text) {
                out.append(text.text());
            } else if (piece instanceof VarRef ref) {
                out.append(ref.var().name());
            } else if (piece instanceof TypeRef type) {
                out.append(type.type().canonical());
            } else if (piece instanceof ReceiverRef) {
                out.append("this");
            } else {
                out.append("{...}");
            }
        }
        return out.toString();
    }
}
