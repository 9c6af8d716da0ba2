package dev.yieldj.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders IR code fragments as JavaPoet code: text as it is, types imported, managed variables by
 * their names (a field of a body-declared class through a cast, a captured one through its
 * snapshot), the receiver, and jumps out of copied code on one line where the jump stood.
 */
final class CodeRenderer {
    private final BodyNames n;
    private final StateMachine machine;

    CodeRenderer(BodyNames names, StateMachine machine) {
        this.n = names;
        this.machine = machine;
    }

    /** A type fragment as a JavaPoet type (fragments naming unresolved types become plain text). */
    TypeName typeName(Code type) {
        if (type.pieces().size() == 1 && type.pieces().get(0) instanceof Code.TypeRef ref) {
            return PoetTypes.of(ref.type());
        }
        throw new IllegalStateException("not a type: " + type);
    }

    /** A statement of a jump out of copied code, on one line where the jump stood. */
    CodeBlock jumpStatement(Stmt stmt, Map<LocalVar, String> snapshots) {
        if (stmt instanceof Stmt.Assign assign) {
            return CodeBlock.of("$N = $L;", n.varNames.get(assign.var()), render(assign.value(), snapshots));
        } else if (stmt instanceof Stmt.SetFinallyNext set) {
            return CodeBlock.of("$N = $L; $N = null;", n.finallyNext.get(set.region()), set.state(),
                    n.finallyThrown.get(set.region()));
        } else if (stmt instanceof Stmt.Goto jump) {
            return CodeBlock.of("$N = $L; continue $N;", n.state, jump.state(), n.dispatch);
        } else if (stmt instanceof Stmt.DeferredGoto jump) {
            return CodeBlock.of("break $N;", n.copiedLabel(jump.state()));
        }
        throw new IllegalStateException("not a jump statement: " + stmt);
    }

    CodeBlock continueDispatch(boolean nested) {
        return nested ? CodeBlock.of("continue $L;\n", n.dispatch) : CodeBlock.of("continue;\n");
    }

    /** Whether an initializer's type comes from its target: a lambda, a method reference, a diamond. */
    static boolean needsTargetType(Code init) {
        String text = init.toString();
        return text.contains("->") || text.contains("::") || text.contains("<>");
    }

    /** Renders a fragment; captured variables listed in {@code snapshots} read their snapshot. */
    CodeBlock render(Code code, Map<LocalVar, String> snapshots) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (Code.Piece piece : code.pieces()) {
            if (piece instanceof Code.Text text) {
                out.add("$L", text.text());
            } else if (piece instanceof Code.TypeRef type) {
                out.add("$T", PoetTypes.of(type.type()));
            } else if (piece instanceof Code.ReceiverRef) {
                out.add("$N", n.receiver);
            } else if (piece instanceof Code.VarRef ref && ref.var().equals(machine.sentVar())) {
                TypeName sentType = typeName(ref.var().type());
                if (sentType.equals(ClassName.OBJECT)) {
                    out.add("$N", n.sent); // a cast to Object would be redundant
                } else {
                    out.add("(($T) $N)", sentType, n.sent);
                }
            } else if (piece instanceof Code.VarRef ref) {
                String snapshot = ref.captured() ? snapshots.get(ref.var()) : null;
                if (snapshot == null && !ref.written() && ref.var().fieldType() != null && n.hoisted.contains(ref.var())) {
                    // a local of a class declared in the body: its field has a supertype
                    out.add("(($L) $N)", render(ref.var().type(), Map.of()), n.varNames.get(ref.var()));
                } else {
                    out.add("$N", snapshot != null ? snapshot : n.varNames.get(ref.var()));
                }
            } else if (piece instanceof Code.Block block) {
                out.add("{");
                for (Stmt stmt : block.statements()) {
                    out.add(" ").add(jumpStatement(stmt, snapshots));
                }
                out.add(" }");
            }
        }
        return out.build();
    }

    /** {@code condition} without the parentheses around all of it, if it has them ({@code if} adds its own). */
    static Code unparenthesized(Code condition) {
        String text = condition.toString();
        if (!text.startsWith("(") || !text.endsWith(")")
                || !(condition.pieces().get(0) instanceof Code.Text first)
                || !(condition.pieces().get(condition.pieces().size() - 1) instanceof Code.Text last)) {
            return condition;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return condition; // (a) && (b)
            }
        }
        List<Code.Piece> pieces = new ArrayList<>(condition.pieces());
        if (pieces.size() == 1) {
            return Code.text(first.text().substring(1, first.text().length() - 1));
        }
        pieces.set(0, new Code.Text(first.text().substring(1)));
        pieces.set(pieces.size() - 1, new Code.Text(last.text().substring(0, last.text().length() - 1)));
        return Code.of(pieces.toArray(Code.Piece[]::new));
    }
}
