package dev.yieldj.processor.lower;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.yieldj.processor.analysis.PatternBindings;
import dev.yieldj.processor.analysis.TypeSpelling;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Lowers the statements of a template body: a statement without a suspension is copied as it
 * is (its names translated); around suspensions, control flow becomes states. Loops, switches and
 * {@code try} statements have their own lowerings; expressions that suspend go to
 * {@link ExpressionLowering}.
 */
final class StatementLowering {
    private final Lowering env;
    private final StateGraph graph;
    private final Locals locals;
    private final LocalClasses localClasses;
    private final ExpressionLowering expressions;
    private final LoopLowering loops;
    private final SwitchLowering switches;
    private final TryLowering tries;
    private final Set<String> suppressedWarnings = new LinkedHashSet<>();

    StatementLowering(Lowering env) {
        this.env = env;
        this.graph = env.graph();
        this.locals = env.locals();
        this.localClasses = env.localClasses();
        this.expressions = new ExpressionLowering(env, this);
        this.loops = new LoopLowering(env, this, expressions);
        this.switches = new SwitchLowering(env, this, expressions);
        this.tries = new TryLowering(env, this, expressions);
    }

    /** The warnings the template's locals suppress (the generated class suppresses them instead). */
    Set<String> suppressedWarnings() {
        return Set.copyOf(suppressedWarnings);
    }

    SwitchLowering switches() {
        return switches;
    }

    /** Lowers the statement at {@code path}. */
    void lower(TreePath path) {
        Tree tree = path.getLeaf();
        if (!graph.isReachable() && !(tree instanceof BlockTree)) {
            return; // unreachable: the code before cannot complete normally
        }
        if (tree instanceof BreakTree || tree instanceof ContinueTree) {
            env.jumps().jump(path);
        } else if (tree instanceof VariableTree variable) {
            lowerVariable(path, variable);
        } else if (tree instanceof BlockTree block && env.yields().contains(tree)) {
            for (StatementTree statement : block.getStatements()) {
                lower(Lowering.child(path, statement));
            }
        } else if (!env.yields().contains(tree) && !(tree instanceof ReturnTree) && !(tree instanceof YieldTree)) {
            copy(path);
        } else {
            lowerSuspending(path, tree);
        }
    }

    private void lowerSuspending(TreePath path, Tree tree) {
        switch (tree.getKind()) {
            case EXPRESSION_STATEMENT -> lowerExpressionStatement(path, (ExpressionStatementTree) tree);
            case IF -> lowerIf(path, (IfTree) tree);
            case WHILE_LOOP -> loops.lowerWhile(path, (WhileLoopTree) tree, List.of(tree));
            case DO_WHILE_LOOP -> loops.lowerDoWhile(path, (DoWhileLoopTree) tree, List.of(tree));
            case FOR_LOOP -> loops.lowerFor(path, (ForLoopTree) tree, List.of(tree));
            case ENHANCED_FOR_LOOP -> loops.lowerEnhancedFor(path, (EnhancedForLoopTree) tree, List.of(tree));
            case LABELED_STATEMENT -> lowerLabeled(path, (LabeledStatementTree) tree);
            case SWITCH -> switches.lowerSwitch(path, (SwitchTree) tree, List.of(tree));
            case TRY -> tries.lowerTry(path, (TryTree) tree);
            case RETURN -> {
                ReturnTree returnTree = (ReturnTree) tree;
                if (returnTree.getExpression() != null && env.returnVar() != null) {
                    Code value = expressions.lower(Lowering.child(path, returnTree.getExpression()));
                    graph.emit(new Stmt.Assign(env.returnVar(), value));
                }
                env.jumps().jump(env.finish(), 0);
            }
            case THROW -> {
                Code value = expressions.lower(Lowering.child(path, ((ThrowTree) tree).getExpression()));
                graph.emit(new Stmt.Exec(Code.text("throw ").then(value, ";"), false));
            }
            case YIELD -> env.jumps().yieldValue(path,
                    expressions.lower(Lowering.child(path, ((YieldTree) tree).getValue())));
            default -> env.problems().report(tree, Messages.YIELD_IN_STATEMENT.format(ExpressionLowering.describe(tree)));
        }
    }

    /** A statement without a suspension, copied; a local class declaration is hoisted when it can be. */
    private void copy(TreePath path) {
        Tree tree = path.getLeaf();
        registerFlowScopedBindings(path);
        Code code = env.translate(path);
        if (tree instanceof ClassTree classTree) {
            Element declared = env.trees().getElement(path);
            if (localClasses.hoist(classTree, declared, code)) {
                return;
            }
            localClasses.keep(declared, graph.currentState());
        }
        graph.emit(new Stmt.Exec(code, env.completion().canComplete(path)));
    }

    /** Declares the managed local {@code variable} declares, named as in the template. */
    LocalVar declare(TreePath path, VariableElement element) {
        TypeSpelling.LocalType type = env.spelling().localType(path, element, localClasses.hoisted(), locals);
        env.reportLocalClassesAcrossStates(type.localClassUses());
        return locals.declare(element, element.getSimpleName().toString(), type, LocalVar.Kind.LOCAL);
    }

    private void lowerVariable(TreePath path, VariableTree variable) {
        VariableElement element = (VariableElement) env.trees().getElement(path);
        collectSuppressions(element);
        LocalVar var = declare(path, element);
        ExpressionTree initializer = variable.getInitializer();
        if (initializer == null) {
            graph.emit(new Stmt.Declare(var, null, false));
            return;
        }
        Code value = expressions.lower(Lowering.child(path, initializer));
        boolean bareArrayInitializer = initializer.getKind() == Tree.Kind.NEW_ARRAY
                && ((NewArrayTree) initializer).getType() == null
                && !env.yields().contains(initializer);
        graph.emit(new Stmt.Declare(var, value, bareArrayInitializer));
    }

    /**
     * A local's {@code @SuppressWarnings} cannot stay on it once its declaration becomes an
     * assignment to a field: the generated class suppresses the same warnings instead.
     */
    private void collectSuppressions(Element element) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            if (!((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals("java.lang.SuppressWarnings")) {
                continue;
            }
            for (AnnotationValue value : annotation.getElementValues().values()) {
                if (value.getValue() instanceof List<?> list) {
                    for (Object item : list) {
                        suppressedWarnings.add(String.valueOf(((AnnotationValue) item).getValue()));
                    }
                }
            }
        }
    }

    /** Lowers an expression statement (also a for-init or for-update expression, which has no ';' of its own). */
    void lowerExpressionStatement(TreePath path, ExpressionStatementTree statement) {
        TreePath expression = Lowering.child(path, statement.getExpression());
        String sinkMethod = env.yields().sinkMethod(statement.getExpression());
        if (sinkMethod == null) {
            graph.emit(new Stmt.Exec(expressions.lower(expression).then(";"), true));
        } else if (sinkMethod.equals("yield")) {
            lowerYield(expression);
        } else {
            lowerYieldAll(expression);
        }
    }

    /** {@code sink.yield(v)}: suspends with the value. */
    private void lowerYield(TreePath call) {
        MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
        TreePath argument = Lowering.child(call, invocation.getArguments().get(0));
        suspend(expressions.lower(argument), invocation, expressions.isPrimitive(argument));
    }

    /** Suspends with {@code value} at the sink call {@code invocation}; lowering goes on where it resumes. */
    void suspend(Code value, MethodInvocationTree invocation, boolean primitive) {
        int resume = graph.newState();
        graph.emit(new Stmt.Suspend(value, resume, env.origin(invocation), graph.inFinally(), primitive));
        Leaps.registerClose(graph, env.finish(), resume);
        graph.place(resume);
        graph.resumes(resume, env.origin(invocation));
    }

    /** {@code sink.yieldAll(source)}: delegates, then pulls each value of the source in a state of its own. */
    private void lowerYieldAll(TreePath call) {
        MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
        List<? extends ExpressionTree> arguments = invocation.getArguments();
        TreePath source = Lowering.child(call, arguments.get(0));
        boolean primitiveValues = env.primitiveSink()
                && (arguments.size() != 1 || expressions.isPrimitive(source));
        Code value;
        if (primitiveValues) {
            // primitive yieldAll(int...): the values as an array
            value = Code.text("new ").then(Code.type(new JavaType.ArrayOf(env.primitiveElement())), " {",
                    ExpressionLowering.join(expressions.lowerInOrder(call, new ArrayList<>(arguments))), "}");
        } else {
            value = expressions.lower(source);
        }
        if (primitiveValues || (env.primitiveSink() && expressions.isArray(source))) {
            value = Code.type(JavaType.Named.of("java.util", "Arrays")).then(".stream(", value, ").iterator()");
        }
        boolean forwards = env.coroutine() && !primitiveValues && env.generatedTypes().isCoroutine(source,
                source.getLeaf() instanceof IdentifierTree ? locals.lookup(env.trees().getElement(source)) : null);
        List<Code> ownArguments = null;
        if (!primitiveValues && !env.coroutine() && env.generatedTypes().callsOwnFactory(source)) {
            ownArguments = new ArrayList<>();
            for (ExpressionTree argument : ((MethodInvocationTree) source.getLeaf()).getArguments()) {
                ownArguments.add(env.translateJumpFree(Lowering.child(source, argument)));
            }
        }
        int resume = graph.newState();
        int pull = graph.newState();
        graph.emit(new Stmt.Delegate(value, pull, env.origin(invocation), forwards, graph.inFinally(), ownArguments));
        graph.place(pull);
        graph.resumes(pull, env.origin(invocation));
        graph.delegatePull(pull);
        Leaps.registerClose(graph, env.finish(), pull);
        graph.emit(new Stmt.PullDelegate(resume, forwards));
        graph.place(resume);
    }

    /**
     * Makes the pattern variables a condition declares managed: the code they are in scope for
     * may run in other states than the condition.
     */
    void registerBindings(TreePath condition) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitBindingPattern(BindingPatternTree node, Void unused) {
                TreePath variable = new TreePath(getCurrentPath(), node.getVariable());
                Element element = env.trees().getElement(variable);
                if (element != null && !locals.isManaged(element) && !PatternBindings.isUnnamed(node)) {
                    locals.manage(element, locals.newVar(node.getVariable().getName().toString(),
                            env.spelling().typeCode(element.asType()), LocalVar.Kind.BINDING));
                }
                return super.visitBindingPattern(node, unused);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitCase(CaseTree node, Void unused) {
                return null; // a case's pattern variables stay in the case (PatternDispatch manages its own)
            }
        }.scan(condition, null);
    }

    /**
     * A statement copied whole may still introduce pattern variables into the code after it
     * ({@code if (!(o instanceof Integer n)) continue;} then {@code n}), which may run in other
     * states: those are managed like any local.
     */
    private void registerFlowScopedBindings(TreePath path) {
        Tree tree = path.getLeaf();
        Tree condition = tree instanceof IfTree choice ? choice.getCondition()
                : tree instanceof WhileLoopTree loop ? loop.getCondition()
                : tree instanceof DoWhileLoopTree loop ? loop.getCondition()
                : null;
        if (condition != null) {
            registerBindings(Lowering.child(path, condition));
        }
    }

    private void lowerIf(TreePath path, IfTree tree) {
        registerBindings(Lowering.child(path, tree.getCondition()));
        Code condition = expressions.lower(Lowering.child(path, tree.getCondition()));
        int then = graph.newState();
        int join = graph.newState();
        int otherwise = tree.getElseStatement() == null ? join : graph.newState();
        graph.emit(new Stmt.Branch(condition, then, otherwise));
        graph.place(then);
        lower(Lowering.child(path, tree.getThenStatement()));
        if (tree.getElseStatement() != null) {
            graph.emit(new Stmt.Goto(join));
            graph.place(otherwise);
            lower(Lowering.child(path, tree.getElseStatement()));
        }
        graph.place(join);
    }

    private void lowerLabeled(TreePath path, LabeledStatementTree tree) {
        TreePath body = Lowering.child(path, tree.getStatement());
        List<Tree> keys = List.of(tree, tree.getStatement());
        switch (tree.getStatement().getKind()) {
            case WHILE_LOOP -> loops.lowerWhile(body, (WhileLoopTree) tree.getStatement(), keys);
            case DO_WHILE_LOOP -> loops.lowerDoWhile(body, (DoWhileLoopTree) tree.getStatement(), keys);
            case FOR_LOOP -> loops.lowerFor(body, (ForLoopTree) tree.getStatement(), keys);
            case ENHANCED_FOR_LOOP -> loops.lowerEnhancedFor(body, (EnhancedForLoopTree) tree.getStatement(), keys);
            case SWITCH -> switches.lowerSwitch(body, (SwitchTree) tree.getStatement(), keys);
            default -> {
                int exit = graph.newState();
                env.jumps().register(List.of(tree), exit, -1);
                lower(body);
                graph.place(exit);
            }
        }
    }
}
