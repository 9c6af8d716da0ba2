package dev.yieldj.processor.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.Map;
import java.util.Set;

/**
 * The closed set of tree kinds a template body may contain. The lowering names what it handles;
 * everything else is an error at that tree, never copied through unexamined: a JDK newer than
 * this processor cannot slip a construct in that the rewrite would miscompile. Kinds are compared
 * by name, as the processor is built for Java 17 and runs on later JDKs.
 */
public final class SupportedTrees {
    /** The kinds the body reader and the lowering handle. */
    public static final Set<String> SUPPORTED = Set.of(
            "ANNOTATED_TYPE", "ANNOTATION", "TYPE_ANNOTATION", "ARRAY_ACCESS", "ARRAY_TYPE", "ASSERT", "ASSIGNMENT",
            "BLOCK", "BREAK", "CASE", "CATCH", "CLASS", "INTERFACE", "ENUM", "RECORD", "CONDITIONAL_EXPRESSION",
            "CONTINUE", "DO_WHILE_LOOP", "ENHANCED_FOR_LOOP", "EXPRESSION_STATEMENT", "MEMBER_SELECT",
            "MEMBER_REFERENCE", "FOR_LOOP", "IDENTIFIER", "IF", "INSTANCE_OF", "LABELED_STATEMENT", "METHOD",
            "METHOD_INVOCATION", "MODIFIERS", "NEW_ARRAY", "NEW_CLASS", "LAMBDA_EXPRESSION", "PARENTHESIZED",
            "BINDING_PATTERN", "DECONSTRUCTION_PATTERN", "PATTERN_CASE_LABEL", "DEFAULT_CASE_LABEL",
            "CONSTANT_CASE_LABEL", "ANY_PATTERN",
            "PRIMITIVE_TYPE", "RETURN",
            "EMPTY_STATEMENT", "SWITCH", "SWITCH_EXPRESSION", "SYNCHRONIZED", "THROW", "TRY", "PARAMETERIZED_TYPE",
            "UNION_TYPE", "INTERSECTION_TYPE", "TYPE_CAST", "TYPE_PARAMETER", "VARIABLE", "WHILE_LOOP", "YIELD",
            "POSTFIX_INCREMENT", "POSTFIX_DECREMENT", "PREFIX_INCREMENT", "PREFIX_DECREMENT", "UNARY_PLUS",
            "UNARY_MINUS", "BITWISE_COMPLEMENT", "LOGICAL_COMPLEMENT", "MULTIPLY", "DIVIDE", "REMAINDER", "PLUS",
            "MINUS", "LEFT_SHIFT", "RIGHT_SHIFT", "UNSIGNED_RIGHT_SHIFT", "LESS_THAN", "GREATER_THAN",
            "LESS_THAN_EQUAL", "GREATER_THAN_EQUAL", "EQUAL_TO", "NOT_EQUAL_TO", "AND", "XOR", "OR",
            "CONDITIONAL_AND", "CONDITIONAL_OR", "MULTIPLY_ASSIGNMENT", "DIVIDE_ASSIGNMENT", "REMAINDER_ASSIGNMENT",
            "PLUS_ASSIGNMENT", "MINUS_ASSIGNMENT", "LEFT_SHIFT_ASSIGNMENT", "RIGHT_SHIFT_ASSIGNMENT",
            "UNSIGNED_RIGHT_SHIFT_ASSIGNMENT", "AND_ASSIGNMENT", "XOR_ASSIGNMENT", "OR_ASSIGNMENT", "INT_LITERAL",
            "LONG_LITERAL", "FLOAT_LITERAL", "DOUBLE_LITERAL", "BOOLEAN_LITERAL", "CHAR_LITERAL", "STRING_LITERAL",
            "NULL_LITERAL", "UNBOUNDED_WILDCARD", "EXTENDS_WILDCARD", "SUPER_WILDCARD",
            // javac reports a tree that does not parse itself
            "ERRONEOUS");

    /** The kinds rejected in a template body, with what the message calls them. */
    public static final Map<String, String> REJECTED = Map.ofEntries(
            Map.entry("GUARDED_PATTERN", "a guarded pattern"),
            Map.entry("PARENTHESIZED_PATTERN", "a parenthesized pattern"),
            Map.entry("ANNOTATION_TYPE", "a local annotation interface"),
            Map.entry("OTHER", "a construct javac does not name"),
            // never in a method body
            Map.entry("COMPILATION_UNIT", "a compilation unit"), Map.entry("IMPORT", "an import"),
            Map.entry("PACKAGE", "a package declaration"), Map.entry("MODULE", "a module declaration"),
            Map.entry("EXPORTS", "a module directive"), Map.entry("OPENS", "a module directive"),
            Map.entry("PROVIDES", "a module directive"), Map.entry("REQUIRES", "a module directive"),
            Map.entry("USES", "a module directive"));

    private SupportedTrees() {}

    /** Reports every tree of {@code body} outside the supported set, at the tree. */
    public static void check(TreePath body, CompilationUnitTree unit, Diagnostics diagnostics) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == null) {
                    return null;
                }
                String construct = unsupported(tree);
                if (construct != null) {
                    diagnostics.error(tree, unit, Messages.UNSUPPORTED_CONSTRUCT.format(construct));
                    return null;
                }
                return super.scan(tree, unused);
            }
        }.scan(body, null);
    }

    /** What the message calls {@code tree} if it is unsupported, else null. */
    static String unsupported(Tree tree) {
        String kind = tree.getKind().name();
        if (REJECTED.containsKey(kind)) {
            return REJECTED.get(kind);
        }
        if (!SUPPORTED.contains(kind)) {
            return "the tree kind " + kind;
        }
        return null;
    }
}
