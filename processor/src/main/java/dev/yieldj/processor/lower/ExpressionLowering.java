package dev.yieldj.processor.lower;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import dev.yieldj.processor.analysis.PatternBindings;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Lowers expressions that suspend, keeping Java's left-to-right evaluation: the operands before
 * the last one that suspends are evaluated into temporaries first (spilled), those after it stay
 * in place; {@code &&}, {@code ||} and {@code ?:} become branches. What remains is the code that
 * computes the value once the suspensions are done.
 */
final class ExpressionLowering {
    private final Lowering env;
    private final StateGraph graph;
    private final Locals locals;
    private final StatementLowering statements;

    ExpressionLowering(Lowering env, StatementLowering statements) {
        this.env = env;
        this.graph = env.graph();
        this.locals = env.locals();
        this.statements = statements;
    }

    /**
     * Lowers an expression that may suspend: whatever must be evaluated before a suspension is
     * evaluated now (into temporaries); returns the code that computes the value afterwards.
     */
    Code lower(TreePath path) {
        Tree tree = path.getLeaf();
        if (!env.yields().contains(tree)) {
            return env.translate(path);
        }
        String sinkMethod = env.yields().sinkMethod(tree);
        if (sinkMethod != null) {
            if (!env.coroutine() || !sinkMethod.equals("yield")) {
                env.problems().report(tree, Messages.SINK_CALL_AS_VALUE.format(sinkMethod));
                return Code.text("null");
            }
            // a coroutine's yield is a value: what the consumer sends in when it resumes
            MethodInvocationTree call = (MethodInvocationTree) tree;
            TreePath argument = Lowering.child(path, call.getArguments().get(0));
            statements.suspend(lower(argument), call, isPrimitive(argument));
            return Code.var(env.sentVar());
        }
        Code lowered = lowerSuspending(path, tree);
        if (lowered == null) {
            env.problems().report(tree, Messages.YIELD_IN_EXPRESSION.format(describe(tree)));
            return Code.text("null");
        }
        return lowered;
    }

    /** An expression that contains a suspension, lowered; null when its kind cannot be. */
    private Code lowerSuspending(TreePath path, Tree tree) {
        switch (tree.getKind()) {
            case PARENTHESIZED -> {
                return Code.text("(").then(lower(Lowering.child(path, ((ParenthesizedTree) tree).getExpression())), ")");
            }
            case TYPE_CAST -> {
                TypeCastTree cast = (TypeCastTree) tree;
                Code type = env.translateJumpFree(Lowering.child(path, cast.getType()));
                return Code.text("(").then(type, ") ", lower(Lowering.child(path, cast.getExpression())));
            }
            case CONDITIONAL_AND, CONDITIONAL_OR -> {
                return lowerShortCircuit(path, (BinaryTree) tree);
            }
            case CONDITIONAL_EXPRESSION -> {
                return lowerConditional(path, (ConditionalExpressionTree) tree);
            }
            case ASSIGNMENT -> {
                AssignmentTree assignment = (AssignmentTree) tree;
                Code target = lowerAssignable(Lowering.child(path, assignment.getVariable()), assignment.getExpression());
                return target.then(" = ", lower(Lowering.child(path, assignment.getExpression())));
            }
            case SWITCH_EXPRESSION -> {
                return statements.switches().lowerSwitchExpression(path, (SwitchExpressionTree) tree);
            }
            case METHOD_INVOCATION -> {
                return lowerInvocation(path, (MethodInvocationTree) tree);
            }
            case NEW_CLASS -> {
                return lowerCreation(path, (NewClassTree) tree);
            }
            case NEW_ARRAY -> {
                return lowerArrayCreation(path, (NewArrayTree) tree);
            }
            case ARRAY_ACCESS -> {
                ArrayAccessTree access = (ArrayAccessTree) tree;
                List<Code> parts = lowerInOrder(path, List.of(access.getExpression(), access.getIndex()));
                return parts.get(0).then("[", parts.get(1), "]");
            }
            case MEMBER_SELECT -> {
                MemberSelectTree select = (MemberSelectTree) tree;
                return lower(Lowering.child(path, select.getExpression())).then("." + select.getIdentifier());
            }
            case INSTANCE_OF -> {
                return lowerInstanceOf(path, (InstanceOfTree) tree);
            }
            default -> {
                return lowerOperator(path, tree);
            }
        }
    }

    private Code lowerCreation(TreePath path, NewClassTree creation) {
        if (creation.getClassBody() != null || creation.getEnclosingExpression() != null) {
            return null;
        }
        List<Code> arguments = lowerInOrder(path, new ArrayList<>(creation.getArguments()));
        Code.Builder code = Code.builder().add("new ");
        code.add(env.translateJumpFree(Lowering.child(path, creation.getIdentifier())));
        return code.add("(").add(join(arguments)).add(")").build();
    }

    private Code lowerArrayCreation(TreePath path, NewArrayTree array) {
        if (!array.getDimensions().isEmpty() || array.getInitializers() == null) {
            return null;
        }
        List<Code> elements = lowerInOrder(path, new ArrayList<>(array.getInitializers()));
        Code prefix = array.getType() == null
                ? Code.text("new ").then(env.spelling().typeCode(env.trees().getTypeMirror(path)))
                : Code.text("new ").then(env.translateJumpFree(Lowering.child(path, array.getType())), "[]");
        return prefix.then(" {", join(elements), "}");
    }

    /** {@code value instanceof P}: the managed pattern variables are also stored where later states read them. */
    private Code lowerInstanceOf(TreePath path, InstanceOfTree instanceOf) {
        Code value = lower(Lowering.child(path, instanceOf.getExpression()));
        if (instanceOf.getPattern() == null) {
            return value.then(" instanceof ", env.translateJumpFree(Lowering.child(path, instanceOf.getType())));
        }
        TreePath patternPath = Lowering.child(path, instanceOf.getPattern());
        Code pattern;
        if (instanceOf.getPattern() instanceof BindingPatternTree binding) {
            TreePath variablePath = Lowering.child(patternPath, binding.getVariable());
            pattern = env.translateJumpFree(Lowering.child(variablePath, binding.getVariable().getType()))
                    .then(" " + (PatternBindings.isUnnamed(binding) ? "_" : binding.getVariable().getName()));
        } else {
            pattern = env.translateJumpFree(patternPath); // a record pattern
        }
        return PatternBindings.storing(value.then(" instanceof ", pattern),
                PatternBindings.stored(patternPath, env.trees(), locals));
    }

    private Code lowerOperator(TreePath path, Tree tree) {
        if (tree instanceof CompoundAssignmentTree compound) {
            return lowerCompoundAssignment(path, compound);
        }
        if (tree instanceof BinaryTree binary) {
            List<Code> parts = lowerInOrder(path, List.of(binary.getLeftOperand(), binary.getRightOperand()));
            String operator = env.translator().between(binary.getLeftOperand(), binary.getRightOperand());
            return parts.get(0).then(operator, parts.get(1));
        }
        if (tree instanceof UnaryTree unary) {
            return lowerUnary(path, unary);
        }
        return null;
    }

    /** How a diagnostic names a kind of tree ("instanceof", "synchronized statement", ...). */
    static String describe(Tree tree) {
        return switch (tree.getKind()) {
            case INSTANCE_OF -> "instanceof";
            case NEW_CLASS -> "class instance creation";
            case LAMBDA_EXPRESSION -> "lambda";
            default -> tree.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    static Code join(List<Code> parts) {
        Code.Builder code = Code.builder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                code.add(", ");
            }
            code.add(parts.get(i));
        }
        return code.build();
    }

    /**
     * Lowers operands evaluated left to right: those before the last one that suspends are
     * evaluated into temporaries first, those after it are left in place.
     */
    List<Code> lowerInOrder(TreePath parent, List<? extends Tree> operands) {
        List<TreePath> paths = new ArrayList<>();
        for (Tree operand : operands) {
            paths.add(Lowering.child(parent, operand));
        }
        return lowerInOrder(paths);
    }

    private List<Code> lowerInOrder(List<TreePath> operands) {
        int last = -1;
        for (int i = 0; i < operands.size(); i++) {
            if (env.yields().contains(operands.get(i).getLeaf())) {
                last = i;
            }
        }
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            TreePath operand = operands.get(i);
            if (i < last) {
                codes.add(spill(operand, lower(operand)));
            } else if (i == last) {
                codes.add(lower(operand));
            } else {
                codes.add(env.translate(operand));
            }
        }
        return codes;
    }

    /** Evaluates {@code value} now into a temporary, unless it is a constant. */
    private Code spill(TreePath path, Code value) {
        Tree tree = path.getLeaf();
        if (tree.getKind().asInterface() == com.sun.source.tree.LiteralTree.class) {
            return value;
        }
        if (tree instanceof IdentifierTree || tree instanceof MemberSelectTree) {
            Element element = env.trees().getElement(path);
            if (element != null && (element.getKind().isClass() || element.getKind().isInterface()
                    || element.getKind() == ElementKind.PACKAGE)) {
                return value;
            }
        }
        TypeMirror type = env.trees().getTypeMirror(path);
        LocalVar temp = locals.newVar("temp", env.spelling().typeCode(type), LocalVar.Kind.SYNTHETIC);
        graph.emit(new Stmt.Assign(temp, value));
        return Code.var(temp);
    }

    boolean isArray(TreePath path) {
        TypeMirror type = env.trees().getTypeMirror(path);
        return type != null && type.getKind() == TypeKind.ARRAY;
    }

    boolean isPrimitive(TreePath path) {
        TypeMirror type = env.trees().getTypeMirror(path);
        return type != null && type.getKind().isPrimitive();
    }

    private Code lowerInvocation(TreePath path, MethodInvocationTree call) {
        List<TreePath> operands = new ArrayList<>();
        ExpressionTree select = call.getMethodSelect();
        TreePath selectPath = Lowering.child(path, select);
        boolean hasReceiverExpression = false;
        if (select instanceof MemberSelectTree member) {
            Element qualifier = env.trees().getElement(Lowering.child(selectPath, member.getExpression()));
            hasReceiverExpression = qualifier == null
                    || !(qualifier.getKind().isClass() || qualifier.getKind().isInterface()
                            || qualifier.getKind() == ElementKind.PACKAGE);
            if (member.getExpression() instanceof IdentifierTree identifier
                    && (identifier.getName().contentEquals("super") || identifier.getName().contentEquals("this"))) {
                hasReceiverExpression = false;
            }
            if (hasReceiverExpression) {
                operands.add(Lowering.child(selectPath, member.getExpression()));
            }
        }
        for (ExpressionTree argument : call.getArguments()) {
            operands.add(Lowering.child(path, argument));
        }
        List<Code> codes = lowerInOrder(operands);
        Code.Builder code = Code.builder();
        List<Code> arguments = codes;
        if (select instanceof MemberSelectTree member) {
            if (hasReceiverExpression) {
                code.add(codes.get(0));
                arguments = codes.subList(1, codes.size());
            } else {
                code.add(env.translateJumpFree(Lowering.child(selectPath, member.getExpression())));
            }
            code.add(".");
            if (!call.getTypeArguments().isEmpty()) {
                code.add("<");
                for (int i = 0; i < call.getTypeArguments().size(); i++) {
                    if (i > 0) {
                        code.add(", ");
                    }
                    code.add(env.translateJumpFree(Lowering.child(path, call.getTypeArguments().get(i))));
                }
                code.add(">");
            }
            code.add(member.getIdentifier().toString());
        } else {
            code.add(env.translateJumpFree(selectPath));
        }
        return code.add("(").add(join(arguments)).add(")").build();
    }

    /** The variable an assignment writes, with its array and object evaluated before the value. */
    private Code lowerAssignable(TreePath target, Tree value) {
        Tree tree = target.getLeaf();
        boolean valueSuspends = env.yields().contains(value);
        if (tree instanceof ArrayAccessTree access) {
            List<Code> parts = lowerInOrder(target, List.of(access.getExpression(), access.getIndex()));
            if (valueSuspends) {
                parts = List.of(
                        spill(Lowering.child(target, access.getExpression()), parts.get(0)),
                        spill(Lowering.child(target, access.getIndex()), parts.get(1)));
            }
            return parts.get(0).then("[", parts.get(1), "]");
        }
        if (tree instanceof MemberSelectTree select && valueSuspends) {
            TreePath objectPath = Lowering.child(target, select.getExpression());
            Element object = env.trees().getElement(objectPath);
            if (object == null || object.getKind().isField() || object.getKind() == ElementKind.LOCAL_VARIABLE
                    || object.getKind() == ElementKind.PARAMETER || !(object.getKind().isClass()
                            || object.getKind().isInterface())) {
                Code objectCode = spill(objectPath, lower(objectPath));
                return objectCode.then("." + select.getIdentifier());
            }
        }
        return lower(target);
    }

    private Code lowerCompoundAssignment(TreePath path, CompoundAssignmentTree compound) {
        TreePath targetPath = Lowering.child(path, compound.getVariable());
        Code target = lowerAssignable(targetPath, compound.getExpression());
        // JLS 15.26.2: the variable's value is saved before the right-hand side is evaluated.
        LocalVar saved = locals.newVar("saved", env.spelling().typeCode(env.trees().getTypeMirror(targetPath)), LocalVar.Kind.SYNTHETIC);
        graph.emit(new Stmt.Assign(saved, target));
        Code value = lower(Lowering.child(path, compound.getExpression()));
        String operator = env.translator().between(compound.getVariable(), compound.getExpression());
        graph.emit(new Stmt.Exec(Code.var(saved).then(operator, value, ";"), true));
        return target.then(" = ", Code.var(saved));
    }

    private Code lowerUnary(TreePath path, UnaryTree unary) {
        TreePath operandPath = Lowering.child(path, unary.getExpression());
        Code operand = unary.getKind() == Tree.Kind.POSTFIX_INCREMENT
                        || unary.getKind() == Tree.Kind.POSTFIX_DECREMENT
                        || unary.getKind() == Tree.Kind.PREFIX_INCREMENT
                        || unary.getKind() == Tree.Kind.PREFIX_DECREMENT
                ? lowerAssignable(operandPath, unary.getExpression())
                : lower(operandPath);
        return switch (unary.getKind()) {
            case POSTFIX_INCREMENT -> operand.then("++");
            case POSTFIX_DECREMENT -> operand.then("--");
            case PREFIX_INCREMENT -> Code.text("++").then(operand);
            case PREFIX_DECREMENT -> Code.text("--").then(operand);
            case UNARY_MINUS -> Code.text("-").then(operand);
            case UNARY_PLUS -> Code.text("+").then(operand);
            case BITWISE_COMPLEMENT -> Code.text("~").then(operand);
            default -> Code.text("!").then(operand);
        };
    }

    private Code lowerShortCircuit(TreePath path, BinaryTree tree) {
        boolean and = tree.getKind() == Tree.Kind.CONDITIONAL_AND;
        TreePath rightPath = Lowering.child(path, tree.getRightOperand());
        Code left = lower(Lowering.child(path, tree.getLeftOperand()));
        if (!env.yields().contains(tree.getRightOperand())) {
            return left.then(and ? " && " : " || ", env.translate(rightPath));
        }
        LocalVar result = locals.newVar("condition", Code.type(JavaType.Primitive.BOOLEAN), LocalVar.Kind.SYNTHETIC);
        graph.emit(new Stmt.Assign(result, left));
        int evaluateRight = graph.newState();
        int join = graph.newState();
        graph.emit(and
                ? new Stmt.Branch(Code.var(result), evaluateRight, join)
                : new Stmt.Branch(Code.var(result), join, evaluateRight));
        graph.place(evaluateRight);
        graph.emit(new Stmt.Assign(result, lower(rightPath)));
        graph.place(join);
        return Code.var(result);
    }

    private Code lowerConditional(TreePath path, ConditionalExpressionTree tree) {
        Code condition = lower(Lowering.child(path, tree.getCondition()));
        if (!env.yields().contains(tree.getTrueExpression()) && !env.yields().contains(tree.getFalseExpression())) {
            return condition.then(" ? ", env.translate(Lowering.child(path, tree.getTrueExpression())), " : ",
                    env.translate(Lowering.child(path, tree.getFalseExpression())));
        }
        LocalVar result = locals.newVar("choice", env.spelling().typeCode(env.trees().getTypeMirror(path)), LocalVar.Kind.SYNTHETIC);
        int whenTrue = graph.newState();
        int whenFalse = graph.newState();
        int join = graph.newState();
        graph.emit(new Stmt.Branch(condition, whenTrue, whenFalse));
        graph.place(whenTrue);
        graph.emit(new Stmt.Assign(result, lower(Lowering.child(path, tree.getTrueExpression()))));
        graph.emit(new Stmt.Goto(join));
        graph.place(whenFalse);
        graph.emit(new Stmt.Assign(result, lower(Lowering.child(path, tree.getFalseExpression()))));
        graph.place(join);
        return Code.var(result);
    }
}
