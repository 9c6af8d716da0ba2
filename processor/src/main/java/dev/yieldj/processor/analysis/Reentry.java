package dev.yieldj.processor.analysis;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a body may resume its own generator while it runs: only through code that is not its
 * own (a method or constructor it calls, a class initializer a static field starts, a {@code
 * toString()} that string concatenation calls). A body without any (a counter, a filter over an
 * array) needs no guard against it, and its {@code hasNext()} stores no {@code RUNNING}.
 *
 * <p>The test admits only the trees it knows to run nothing else, so that a construct it does not
 * know (a newer Java's) counts as running other code.
 */
public final class Reentry {
    private static final Set<Tree.Kind> PLAIN = EnumSet.of(
            Tree.Kind.BLOCK, Tree.Kind.EMPTY_STATEMENT, Tree.Kind.EXPRESSION_STATEMENT, Tree.Kind.IF,
            Tree.Kind.WHILE_LOOP, Tree.Kind.DO_WHILE_LOOP, Tree.Kind.FOR_LOOP, Tree.Kind.BREAK, Tree.Kind.CONTINUE,
            Tree.Kind.RETURN, Tree.Kind.LABELED_STATEMENT, Tree.Kind.VARIABLE, Tree.Kind.MODIFIERS, Tree.Kind.THROW,
            Tree.Kind.CATCH, Tree.Kind.PARENTHESIZED, Tree.Kind.CONDITIONAL_EXPRESSION, Tree.Kind.ASSIGNMENT,
            Tree.Kind.ARRAY_ACCESS, Tree.Kind.NEW_ARRAY, Tree.Kind.TYPE_CAST, Tree.Kind.INSTANCE_OF,
            Tree.Kind.BINDING_PATTERN, Tree.Kind.PRIMITIVE_TYPE, Tree.Kind.ARRAY_TYPE, Tree.Kind.PARAMETERIZED_TYPE,
            Tree.Kind.UNBOUNDED_WILDCARD, Tree.Kind.EXTENDS_WILDCARD, Tree.Kind.SUPER_WILDCARD,
            // literals
            Tree.Kind.INT_LITERAL, Tree.Kind.LONG_LITERAL, Tree.Kind.FLOAT_LITERAL, Tree.Kind.DOUBLE_LITERAL,
            Tree.Kind.BOOLEAN_LITERAL, Tree.Kind.CHAR_LITERAL, Tree.Kind.STRING_LITERAL, Tree.Kind.NULL_LITERAL,
            // operators (boxing and unboxing run only the JDK's own code)
            Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.POSTFIX_DECREMENT, Tree.Kind.PREFIX_INCREMENT,
            Tree.Kind.PREFIX_DECREMENT, Tree.Kind.UNARY_PLUS, Tree.Kind.UNARY_MINUS, Tree.Kind.BITWISE_COMPLEMENT,
            Tree.Kind.LOGICAL_COMPLEMENT, Tree.Kind.MULTIPLY, Tree.Kind.DIVIDE, Tree.Kind.REMAINDER, Tree.Kind.PLUS,
            Tree.Kind.MINUS, Tree.Kind.LEFT_SHIFT, Tree.Kind.RIGHT_SHIFT, Tree.Kind.UNSIGNED_RIGHT_SHIFT,
            Tree.Kind.LESS_THAN, Tree.Kind.GREATER_THAN, Tree.Kind.LESS_THAN_EQUAL, Tree.Kind.GREATER_THAN_EQUAL,
            Tree.Kind.EQUAL_TO, Tree.Kind.NOT_EQUAL_TO, Tree.Kind.AND, Tree.Kind.XOR, Tree.Kind.OR,
            Tree.Kind.CONDITIONAL_AND, Tree.Kind.CONDITIONAL_OR, Tree.Kind.MULTIPLY_ASSIGNMENT,
            Tree.Kind.DIVIDE_ASSIGNMENT, Tree.Kind.REMAINDER_ASSIGNMENT, Tree.Kind.PLUS_ASSIGNMENT,
            Tree.Kind.MINUS_ASSIGNMENT, Tree.Kind.LEFT_SHIFT_ASSIGNMENT, Tree.Kind.RIGHT_SHIFT_ASSIGNMENT,
            Tree.Kind.UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, Tree.Kind.AND_ASSIGNMENT, Tree.Kind.XOR_ASSIGNMENT,
            Tree.Kind.OR_ASSIGNMENT,
            // checked below
            Tree.Kind.IDENTIFIER, Tree.Kind.MEMBER_SELECT, Tree.Kind.METHOD_INVOCATION, Tree.Kind.ENHANCED_FOR_LOOP,
            Tree.Kind.TRY);

    private Reentry() {}

    /** Whether the body at {@code body} may run code other than its own (and so resume its generator). */
    public static boolean possible(Trees trees, Yields yields, TreePath body) {
        boolean[] found = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == null || found[0]) {
                    return null;
                }
                if (!PLAIN.contains(tree.getKind())) {
                    found[0] = true;
                    return null;
                }
                return super.scan(tree, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (!"yield".equals(yields.sinkMethod(node))) {
                    found[0] = true;
                    return null;
                }
                return scan(node.getArguments(), unused);
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                found[0] |= startsOtherCode(trees.getElement(getCurrentPath()));
                return null;
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                found[0] |= startsOtherCode(trees.getElement(getCurrentPath()));
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
                // over an Iterable, the loop calls iterator(), hasNext() and next()
                found[0] |= typeOf(node.getExpression()).getKind() != TypeKind.ARRAY;
                return super.visitEnhancedForLoop(node, unused);
            }

            @Override
            public Void visitTry(TryTree node, Void unused) {
                found[0] |= !node.getResources().isEmpty(); // close()
                return super.visitTry(node, unused);
            }

            @Override
            public Void visitBinary(BinaryTree node, Void unused) {
                found[0] |= node.getKind() == Tree.Kind.PLUS && callsToString(node, node.getLeftOperand(),
                        node.getRightOperand());
                return super.visitBinary(node, unused);
            }

            @Override
            public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
                found[0] |= node.getKind() == Tree.Kind.PLUS_ASSIGNMENT && callsToString(node, node.getVariable(),
                        node.getExpression());
                return super.visitCompoundAssignment(node, unused);
            }

            /** A string concatenation with an operand whose {@code toString()} may be the user's. */
            private boolean callsToString(Tree concatenation, ExpressionTree left, ExpressionTree right) {
                return isString(typeOf(concatenation)) && (!printsItself(typeOf(left)) || !printsItself(typeOf(right)));
            }

            private TypeMirror typeOf(Tree tree) {
                return trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
            }
        }.scan(body, null);
        return found[0];
    }

    /**
     * Whether naming {@code element} may run other code: a static field that is not a constant may
     * first initialize its class. Locals, parameters, instance fields and type names run nothing.
     */
    private static boolean startsOtherCode(Element element) {
        if (element == null) {
            return true;
        }
        return switch (element.getKind()) {
            case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, BINDING_VARIABLE, CLASS, INTERFACE, ENUM, RECORD,
                    ANNOTATION_TYPE, TYPE_PARAMETER, PACKAGE -> false;
            case FIELD -> element.getModifiers().contains(Modifier.STATIC)
                    && ((VariableElement) element).getConstantValue() == null;
            default -> true;
        };
    }

    /** Whether a value of {@code type} in a string concatenation runs only the JDK's code. */
    private static boolean printsItself(TypeMirror type) {
        return type.getKind().isPrimitive() || isString(type) || type.getKind() == TypeKind.NULL
                || (type instanceof DeclaredType declared && isBoxedPrimitive(declared));
    }

    private static boolean isString(TypeMirror type) {
        return type instanceof DeclaredType declared && nameOf(declared).equals("java.lang.String");
    }

    private static boolean isBoxedPrimitive(DeclaredType type) {
        return Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
                "java.lang.Character", "java.lang.Boolean", "java.lang.Float", "java.lang.Double")
                .contains(nameOf(type));
    }

    private static String nameOf(DeclaredType type) {
        Element element = type.asElement();
        return element instanceof TypeElement typeElement ? typeElement.getQualifiedName().toString() : "";
    }
}
