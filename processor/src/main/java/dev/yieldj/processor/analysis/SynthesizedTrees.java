package dev.yieldj.processor.analysis;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SimpleTreeVisitor;
import com.sun.source.util.TreeScanner;
import dev.yieldj.processor.ir.Code;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints the trees of a template body that have no source text of their own: the nodes another
 * processor added (Lombok's {@code @SneakyThrows} and {@code @Cleanup} wrap statements in new
 * {@code try} statements, positioned at the annotation). Copying source text by position would copy
 * the wrong characters there; such nodes are printed from their structure instead, with the same
 * edits (managed variables, qualified members) the text path applies, and every subtree that does
 * have its own text is still copied as written.
 */
final class SynthesizedTrees {
    /** A node's span: start and end in the source, negative when the node has none. */
    interface Spans {
        long start(Tree tree);

        long end(Tree tree);
    }

    private final Spans spans;
    private final CharSequence source;
    private final Map<Tree, Boolean> clean = new IdentityHashMap<>();

    SynthesizedTrees(Spans spans, CharSequence source) {
        this.spans = spans;
        this.source = source;
    }

    /**
     * Whether {@code tree} and every node below it have text of their own: a span inside their
     * parent's, and names where the span says (a node another processor added is positioned at
     * the annotation that made it, whose text is something else).
     */
    boolean hasText(Tree tree) {
        Boolean known = clean.get(tree);
        if (known != null) {
            return known;
        }
        long start = spans.start(tree);
        long end = spans.end(tree);
        if (start < 0 && end < 0 && tree instanceof ModifiersTree modifiers && modifiers.getAnnotations().isEmpty()) {
            clean.put(tree, true);
            return true; // no modifiers written (a local record's implicit static final): nothing to copy
        }
        boolean result = start >= 0 && end >= start && end <= source.length();
        if (result && tree instanceof IdentifierTree identifier) {
            result = textAt(start, identifier.getName());
        } else if (result && tree instanceof MemberSelectTree select) {
            result = textAt(end - select.getIdentifier().length(), select.getIdentifier());
        } else if (result && (tree instanceof LiteralTree || tree instanceof PrimitiveTypeTree)) {
            // a literal written another way (0x10, 1_000) is printed as javac reads it: the same value
            result = source.subSequence((int) start, (int) end).toString().equals(tree.toString());
        }
        for (Tree child : children(tree)) {
            if (tree instanceof VariableTree variable && child == variable.getType() && result
                    && declaresItsName(variable, start, end)) {
                continue; // the type javac put in place of var, or of an implicit lambda parameter's
            }
            if (tree instanceof ClassTree type && type.getMembers().contains(child) && spans.end(child) < 0) {
                continue; // a member javac added (a constructor, a record's accessors): not in the text, not needed
            }
            if (isImplicitSuperCall(tree, child)) {
                continue; // javac adds it to a constructor as it attributes the body; it adds it again to the copy
            }
            // an anonymous class body starts at its brace, after the type it names (in the new expression)
            boolean anonymousSupertype = tree instanceof ClassTree type && type.getSimpleName().isEmpty()
                    && !type.getMembers().contains(child);
            boolean positioned = !anonymousSupertype && (spans.start(child) >= 0 || spans.end(child) >= 0);
            result &= hasText(child) && (!positioned || (spans.start(child) >= start && spans.end(child) <= end));
        }
        clean.put(tree, result);
        return result;
    }

    /**
     * Whether {@code statement} is the {@code super();} javac puts first in a constructor body
     * without one, positioned at the body's brace.
     */
    boolean isImplicitSuperCall(Tree block, Tree statement) {
        return block instanceof BlockTree body && !body.getStatements().isEmpty() && body.getStatements().get(0) == statement
                && statement instanceof ExpressionStatementTree expression
                && expression.getExpression() instanceof MethodInvocationTree call
                && call.getArguments().isEmpty() && call.getMethodSelect() instanceof IdentifierTree name
                && name.getName().contentEquals("super") && spans.start(statement) == spans.start(block);
    }

    /** Whether the text of a variable's span names it: a declaration of the source, not an added one. */
    private boolean declaresItsName(VariableTree variable, long start, long end) {
        String text = source.subSequence((int) start, (int) end).toString();
        // javac names an unnamed variable (Java 22) with the empty name; its text is '_'
        String name = variable.getName().isEmpty() ? "_" : variable.getName().toString();
        return java.util.regex.Pattern.compile("(?<![\\w$])" + java.util.regex.Pattern.quote(name)
                + "(?![\\w$])").matcher(text).find();
    }

    private boolean textAt(long at, CharSequence name) {
        return at >= 0 && at + name.length() <= source.length()
                && source.subSequence((int) at, (int) at + name.length()).toString().contentEquals(name);
    }

    private static List<Tree> children(Tree tree) {
        List<Tree> children = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            private boolean entered;

            @Override
            public Void scan(Tree node, Void unused) {
                if (node == null) {
                    return null;
                }
                if (!entered) {
                    entered = true;
                    return super.scan(node, unused);
                }
                children.add(node);
                return null;
            }
        }.scan(tree, null);
        return children;
    }

    /**
     * Prints {@code tree}: a replacement of {@code edits} where there is one, the copied text (via
     * {@code text}) of subtrees that have it, and the structure of the others.
     */
    Code print(Tree tree, Map<Tree, Code> edits, Map<Tree, Code> prefixes, Function<Tree, Code> text) {
        return new Printer(edits, prefixes, text).print(tree);
    }

    private final class Printer extends SimpleTreeVisitor<Code, Void> {
        private final Map<Tree, Code> edits;
        private final Map<Tree, Code> prefixes;
        private final Function<Tree, Code> text;

        Printer(Map<Tree, Code> edits, Map<Tree, Code> prefixes, Function<Tree, Code> text) {
            this.edits = edits;
            this.prefixes = prefixes;
            this.text = text;
        }

        Code print(Tree tree) {
            if (tree == null) {
                return Code.EMPTY;
            }
            Code edit = edits.get(tree);
            if (edit != null) {
                return edit;
            }
            if (hasText(tree)) {
                return text.apply(tree);
            }
            Code printed = tree.accept(this, null);
            Code prefix = prefixes.get(tree);
            return prefix == null ? printed : prefix.then(printed);
        }

        private Code list(List<? extends Tree> trees, String separator) {
            Code.Builder out = Code.builder();
            for (int i = 0; i < trees.size(); i++) {
                if (i > 0) {
                    out.add(separator);
                }
                out.add(print(trees.get(i)));
            }
            return out.build();
        }

        @Override
        protected Code defaultAction(Tree node, Void unused) {
            if (!children(node).isEmpty() && containsEdit(node)) {
                throw new IllegalStateException("cannot print a " + node.getKind() + " that another processor added: "
                        + node);
            }
            return Code.text(node.toString()); // javac's own rendering: a leaf, or nothing to translate inside
        }

        private boolean containsEdit(Tree node) {
            boolean[] found = {false};
            new TreeScanner<Void, Void>() {
                @Override
                public Void scan(Tree tree, Void unused) {
                    found[0] |= tree != null && (edits.containsKey(tree) || prefixes.containsKey(tree));
                    return super.scan(tree, unused);
                }
            }.scan(node, null);
            return found[0];
        }

        @Override
        public Code visitBlock(BlockTree node, Void unused) {
            Code.Builder out = Code.builder().add(node.isStatic() ? "static {\n" : "{\n");
            for (Tree statement : node.getStatements()) {
                out.add(print(statement)).add("\n");
            }
            return out.add("}").build();
        }

        @Override
        public Code visitExpressionStatement(ExpressionStatementTree node, Void unused) {
            return print(node.getExpression()).then(";");
        }

        @Override
        public Code visitIf(IfTree node, Void unused) {
            Code out = Code.text("if ").then(print(node.getCondition()), " ", print(node.getThenStatement()));
            return node.getElseStatement() == null ? out : out.then(" else ", print(node.getElseStatement()));
        }

        @Override
        public Code visitThrow(ThrowTree node, Void unused) {
            return Code.text("throw ").then(print(node.getExpression()), ";");
        }

        @Override
        public Code visitReturn(ReturnTree node, Void unused) {
            return node.getExpression() == null ? Code.text("return;")
                    : Code.text("return ").then(print(node.getExpression()), ";");
        }

        @Override
        public Code visitTry(TryTree node, Void unused) {
            Code out = Code.text("try ");
            if (!node.getResources().isEmpty()) {
                out = out.then("(", list(node.getResources(), "; "), ") ");
            }
            out = out.then(print(node.getBlock()));
            for (CatchTree handler : node.getCatches()) {
                out = out.then(" catch (", print(handler.getParameter()), ") ", print(handler.getBlock()));
            }
            return node.getFinallyBlock() == null ? out : out.then(" finally ", print(node.getFinallyBlock()));
        }

        @Override
        public Code visitVariable(VariableTree node, Void unused) {
            Code out = Code.text(node.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.FINAL)
                    ? "final " : "").then(print(node.getType()), " " + node.getName());
            return node.getInitializer() == null ? out : out.then(" = ", print(node.getInitializer()));
        }

        @Override
        public Code visitMethodInvocation(MethodInvocationTree node, Void unused) {
            Code typeArguments = node.getTypeArguments().isEmpty() ? Code.EMPTY
                    : Code.text("<").then(list(node.getTypeArguments(), ", "), ">");
            ExpressionTree select = node.getMethodSelect();
            if (!typeArguments.pieces().isEmpty() && select instanceof MemberSelectTree member) {
                return print(member.getExpression()).then(".", typeArguments, member.getIdentifier().toString(), "(",
                        list(node.getArguments(), ", "), ")");
            }
            return print(select).then("(", list(node.getArguments(), ", "), ")");
        }

        @Override
        public Code visitMemberSelect(MemberSelectTree node, Void unused) {
            return print(node.getExpression()).then("." + node.getIdentifier());
        }

        @Override
        public Code visitNewClass(NewClassTree node, Void unused) {
            if (node.getClassBody() != null || node.getEnclosingExpression() != null) {
                return defaultAction(node, unused);
            }
            return Code.text("new ").then(print(node.getIdentifier()), "(", list(node.getArguments(), ", "), ")");
        }

        @Override
        public Code visitParameterizedType(ParameterizedTypeTree node, Void unused) {
            return print(node.getType()).then("<", list(node.getTypeArguments(), ", "), ">");
        }

        @Override
        public Code visitParenthesized(ParenthesizedTree node, Void unused) {
            return Code.text("(").then(print(node.getExpression()), ")");
        }

        @Override
        public Code visitAssignment(AssignmentTree node, Void unused) {
            return print(node.getVariable()).then(" = ", print(node.getExpression()));
        }

        @Override
        public Code visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
            return print(node.getVariable()).then(" " + Operators.symbol(node.getKind()) + " ",
                    print(node.getExpression()));
        }

        @Override
        public Code visitBinary(BinaryTree node, Void unused) {
            return Code.text("(").then(print(node.getLeftOperand()), " " + Operators.symbol(node.getKind()) + " ",
                    print(node.getRightOperand()), ")");
        }

        @Override
        public Code visitUnary(UnaryTree node, Void unused) {
            String symbol = Operators.symbol(node.getKind());
            return switch (node.getKind()) {
                case POSTFIX_INCREMENT, POSTFIX_DECREMENT -> print(node.getExpression()).then(symbol);
                default -> Code.text(symbol).then(print(node.getExpression()));
            };
        }

        @Override
        public Code visitConditionalExpression(ConditionalExpressionTree node, Void unused) {
            return Code.text("(").then(print(node.getCondition()), " ? ", print(node.getTrueExpression()), " : ",
                    print(node.getFalseExpression()), ")");
        }

        @Override
        public Code visitTypeCast(TypeCastTree node, Void unused) {
            return Code.text("((").then(print(node.getType()), ") ", print(node.getExpression()), ")");
        }

        @Override
        public Code visitInstanceOf(InstanceOfTree node, Void unused) {
            if (node.getPattern() != null) {
                return defaultAction(node, unused);
            }
            return Code.text("(").then(print(node.getExpression()), " instanceof ", print(node.getType()), ")");
        }

        @Override
        public Code visitArrayAccess(ArrayAccessTree node, Void unused) {
            return print(node.getExpression()).then("[", print(node.getIndex()), "]");
        }
    }
}
