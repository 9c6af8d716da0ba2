package dev.yieldj.processor.lower;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Code;
import dev.yieldj.processor.analysis.Completion;
import dev.yieldj.processor.analysis.Denotable;
import dev.yieldj.processor.analysis.GeneratedTypes;
import dev.yieldj.processor.analysis.Jumps;
import dev.yieldj.processor.analysis.LocalVar;
import dev.yieldj.processor.analysis.Stmt;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.analysis.Yields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;
import javax.lang.model.util.Types;

/**
 * Lowers a template body to a {@link StateMachine}: statements that contain no suspension are
 * copied as they are; the control flow around suspensions becomes numbered states, {@code try}
 * statements around them become regions with explicit pending-{@code finally} bookkeeping, and
 * expressions that suspend are evaluated left to right into temporaries.
 */
public final class Lowerer {

    /** Where the lowering reports what it cannot honour. */
    public interface Problems {
        void report(Tree tree, String message);
    }

    private enum Part {
        TRY,
        CATCH,
        FINALLY
    }

    /** One enclosing region of the code being lowered. */
    private record Frame(int region, Part part) {}

    /** Where jumps to a statement go, and in which region context that is. */
    private record Target(int breakState, int continueState, LocalVar result, int depth) {}

    /** What the lowering knows of a region while lowering its parts. */
    private static final class Region {
        final int id;
        final List<StateMachine.Catch> catches = new ArrayList<>();
        int finallyEntry = -1;
        int rethrowState = -1;

        Region(int id) {
            this.id = id;
        }
    }

    private static final class StateBuilder {
        final int id;
        final List<Stmt> statements = new ArrayList<>();
        List<Frame> frames;
        String resumeOrigin;

        StateBuilder(int id) {
            this.id = id;
        }
    }

    private final Trees trees;
    private final Types types;
    private final Translator translator;
    private final GeneratedTypes generatedTypes;
    private final Yields yields;
    private final Completion completion;
    private final Denotable denotable;
    private final Map<Element, LocalVar> managed;
    private final boolean coroutine;
    private final String sourceFile;
    private final String packageName;
    private final Problems problems;
    private final boolean primitiveSink;
    private final TypeName primitiveArray;

    private final List<StateBuilder> states = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<LocalVar> vars = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<Tree, Target> targets = new HashMap<>();
    private final Map<Integer, Integer> closeEntries = new LinkedHashMap<>();
    private final List<Integer> delegatePulls = new ArrayList<>();
    private final Map<LocalVar, Unnameable> unnameable = new HashMap<>();
    private Unnameable pendingUnnameable;
    private Code pendingFieldType;
    private final java.util.Set<String> suppressedWarnings = new java.util.LinkedHashSet<>();
    /** Local classes the lowered code declares, and the state that declares each. */
    private final Map<Element, Integer> localClassStates = new HashMap<>();
    /** Local classes that capture nothing of the body: declared at the top of the resume method. */
    private final List<Code> bodyClasses = new ArrayList<>();
    private final java.util.Set<Element> hoistedClasses = new java.util.HashSet<>();
    private final java.util.Set<String> bodyClassNames = new java.util.HashSet<>();
    /** Names of local classes the body declares more than once. */
    private final java.util.Set<String> repeatedClassNames = new java.util.HashSet<>();
    private final LocalVar returnVar;
    private final LocalVar sentVar;
    private final int finish;
    private StateBuilder current;

    public Lowerer(
            Trees trees,
            Types types,
            Translator translator,
            GeneratedTypes generatedTypes,
            Yields yields,
            Map<Element, LocalVar> managed,
            Code returnType,
            Code sentType,
            TypeName primitiveElement,
            String sourceFile,
            String packageName,
            Problems problems) {
        this.trees = trees;
        this.types = types;
        this.translator = translator;
        this.generatedTypes = generatedTypes;
        this.yields = yields;
        this.completion = new Completion(trees);
        this.denotable = new Denotable(types);
        this.managed = managed;
        this.coroutine = sentType != null;
        this.sourceFile = sourceFile;
        this.packageName = packageName;
        this.problems = problems;
        this.primitiveSink = primitiveElement != null;
        this.primitiveArray = primitiveElement == null ? null : com.palantir.javapoet.ArrayTypeName.of(primitiveElement);
        this.returnVar = returnType == null ? null : newVar("result", returnType, LocalVar.Kind.SYNTHETIC);
        this.sentVar = sentType == null ? null : newVar("sent", sentType, LocalVar.Kind.SYNTHETIC);
        translator.onLocalClassUse((tree, type) -> {
            Integer declaredIn = localClassStates.get(type);
            if (declaredIn != null && current != null && declaredIn != current.id) {
                problems.report(tree, "the local class " + type.getSimpleName() + " is used across a yield, where the"
                        + " generated state machine cannot see it: declare it as a nested class of the enclosing type");
            }
        });
        StateBuilder entry = newStateBuilder();
        entry.frames = List.of();
        this.current = entry;
        this.finish = newState();
    }

    /** Registers a template parameter as a managed variable. */
    public LocalVar parameter(VariableElement parameter) {
        LocalVar var = newVar(
                parameter.getSimpleName().toString(),
                Code.type(TypeName.get(parameter.asType())),
                LocalVar.Kind.PARAMETER);
        managed.put(parameter, var);
        return var;
    }

    /** Lowers the body at {@code body}. */
    public StateMachine lower(TreePath body) {
        repeatedClassNames.addAll(repeatedLocalClassNames(body.getLeaf()));
        lowerStatement(body);
        place(finish);
        emit(new Stmt.Finish());
        List<StateMachine.State> built = new ArrayList<>();
        Map<List<Frame>, Integer> handlerIndex = new HashMap<>();
        List<StateMachine.Handler> handlers = new ArrayList<>();
        for (StateBuilder state : states) {
            List<Frame> context = state.frames == null ? List.of() : state.frames;
            int handler = -1;
            if (!context.isEmpty()) {
                handler = handlerIndex.computeIfAbsent(context, key -> {
                    handlers.add(handlerFor(key));
                    return handlers.size() - 1;
                });
            }
            built.add(new StateMachine.State(
                    state.id, List.copyOf(state.statements), state.resumeOrigin, handler));
        }
        List<Integer> finallyRegions = new ArrayList<>();
        for (Region region : regions) {
            if (region.finallyEntry >= 0) {
                finallyRegions.add(region.id);
            }
        }
        return new StateMachine(
                built,
                handlers,
                finallyRegions,
                List.copyOf(vars),
                returnVar,
                sentVar,
                Map.copyOf(closeEntries),
                List.copyOf(delegatePulls),
                List.copyOf(bodyClasses));
    }

    // ---- states ------------------------------------------------------------------------------

    private StateBuilder newStateBuilder() {
        StateBuilder state = new StateBuilder(states.size());
        states.add(state);
        return state;
    }

    private int newState() {
        return newStateBuilder().id;
    }

    /** Continues lowering in {@code state}; the code before falls into it. */
    private void place(int state) {
        if (current != null) {
            current.statements.add(new Stmt.Goto(state));
        }
        current = states.get(state);
        current.frames = List.copyOf(frameList());
    }

    private List<Frame> frameList() {
        List<Frame> list = new ArrayList<>(frames);
        java.util.Collections.reverse(list);
        return list;
    }

    private void emit(Stmt statement) {
        if (current == null) {
            return;
        }
        current.statements.add(statement);
        if (!statement.completesNormally()) {
            current = null;
        }
    }

    private LocalVar newVar(String name, Code type, LocalVar.Kind kind) {
        LocalVar var = new LocalVar(vars.size(), name, type, kind, pendingFieldType);
        pendingFieldType = null;
        vars.add(var);
        if (pendingUnnameable != null) {
            unnameable.put(var, pendingUnnameable);
            pendingUnnameable = null;
        }
        return var;
    }

    /**
     * Managed variables whose type no field can have, with where they are declared and what to
     * report if they live across a yield (null: already reported by javac's own rules).
     */
    public record Unnameable(Tree declaration, String problem) {}

    public Map<LocalVar, Unnameable> unnameable() {
        return unnameable;
    }

    private String origin(Tree tree) {
        return sourceFile + ":" + translator.line(tree);
    }

    // ---- jumps -------------------------------------------------------------------------------

    /** The statements that jump from here to {@code state}, whose context is {@code depth} frames deep. */
    private List<Stmt> leap(int state, int depth) {
        List<Frame> context = frameList();
        List<Integer> crossed = new ArrayList<>();
        for (int i = context.size() - 1; i >= depth; i--) {
            Frame frame = context.get(i);
            Region region = regions.get(frame.region());
            if (frame.part() != Part.FINALLY && region.finallyEntry >= 0) {
                crossed.add(i);
            }
        }
        if (crossed.isEmpty()) {
            return List.of(new Stmt.Goto(state));
        }
        // Chain through the finally blocks innermost first: after each, a small state in the
        // context just outside it sets up the next one; the last goes on to the target.
        int next = state;
        for (int k = crossed.size() - 1; k >= 1; k--) {
            Region region = regions.get(context.get(crossed.get(k)).region());
            StateBuilder step = newStateBuilder();
            step.frames = List.copyOf(context.subList(0, crossed.get(k - 1)));
            step.statements.add(new Stmt.SetFinallyNext(region.id, next));
            step.statements.add(new Stmt.Goto(region.finallyEntry));
            next = step.id;
        }
        Region innermost = regions.get(context.get(crossed.get(0)).region());
        return List.of(new Stmt.SetFinallyNext(innermost.id, next), new Stmt.Goto(innermost.finallyEntry));
    }

    private void jump(int state, int depth) {
        for (Stmt stmt : leap(state, depth)) {
            emit(stmt);
        }
    }

    private Target targetOf(TreePath jump) {
        Tree target = Jumps.target(jump);
        Target found = target == null ? null : targets.get(target);
        if (found == null) {
            throw new IllegalStateException("no target for " + jump.getLeaf());
        }
        return found;
    }

    /**
     * What a jump that leaves a copied statement becomes: the jump's own statements, then the
     * transfer — deferred until the copied statement is left when a copied finally block lies in
     * between (if that block throws, the exception belongs to where the jump started).
     */
    private Code escape(TreePath jump, boolean throughFinally) {
        Tree leaf = jump.getLeaf();
        List<Stmt> stmts = new ArrayList<>();
        int state;
        int depth;
        if (leaf instanceof ReturnTree returnTree) {
            if (returnTree.getExpression() != null && returnVar != null) {
                stmts.add(new Stmt.Assign(
                        returnVar, translator.translate(new TreePath(jump, returnTree.getExpression()), this::escape)));
            }
            state = finish;
            depth = 0;
        } else {
            Target target = targetOf(jump);
            if (leaf instanceof YieldTree yieldTree) {
                stmts.add(new Stmt.Assign(
                        target.result(), translator.translate(new TreePath(jump, yieldTree.getValue()), this::escape)));
            }
            state = leaf instanceof ContinueTree ? target.continueState() : target.breakState();
            depth = target.depth();
        }
        List<Stmt> leap = leap(state, depth);
        stmts.addAll(leap.subList(0, leap.size() - 1));
        Stmt.Goto last = (Stmt.Goto) leap.get(leap.size() - 1);
        stmts.add(throughFinally ? new Stmt.DeferredGoto(last.state()) : last);
        return Code.of(new Code.Block(stmts));
    }

    private Code translate(TreePath path) {
        return translator.translate(path, this::escape);
    }

    private static TreePath child(TreePath parent, Tree tree) {
        return new TreePath(parent, tree);
    }

    // ---- statements --------------------------------------------------------------------------

    private void lowerStatement(TreePath path) {
        Tree tree = path.getLeaf();
        if (current == null && !(tree instanceof BlockTree)) {
            return; // unreachable: the code before cannot complete normally
        }
        if (tree instanceof VariableTree variable) {
            lowerVariable(path, variable);
            return;
        }
        if (tree instanceof BlockTree block && yields.contains(tree)) {
            for (StatementTree statement : block.getStatements()) {
                lowerStatement(child(path, statement));
            }
            return;
        }
        if (tree instanceof BreakTree || tree instanceof ContinueTree) {
            Target target = targetOf(path);
            jump(tree instanceof ContinueTree ? target.continueState() : target.breakState(), target.depth());
            return;
        }
        if (!yields.contains(tree) && !(tree instanceof ReturnTree) && !(tree instanceof YieldTree)) {
            registerFlowScopedBindings(path);
            Code code = translate(path);
            if (tree instanceof com.sun.source.tree.ClassTree classTree && current != null) {
                Element declared = trees.getElement(path);
                String className = classTree.getSimpleName().toString();
                // two local classes of one name (in sibling blocks) stay where they are: at the top of
                // the resume method they would clash
                if (!repeatedClassNames.contains(className) && bodyClassNames.add(className)) {
                    // declared once at the top of the resume method, where every state sees it; the
                    // locals it captures are copied when an instance is created, as javac does
                    bodyClasses.add(code);
                    hoistedClasses.add(declared);
                    return;
                }
                localClassStates.put(declared, current.id);
            }
            emit(new Stmt.Exec(code, completion.canComplete(path)));
            return;
        }
        switch (tree.getKind()) {
            case BLOCK -> {
                for (StatementTree statement : ((BlockTree) tree).getStatements()) {
                    lowerStatement(child(path, statement));
                }
            }
            case EXPRESSION_STATEMENT -> lowerExpressionStatement(path, (ExpressionStatementTree) tree);
            case IF -> lowerIf(path, (IfTree) tree);
            case WHILE_LOOP -> lowerWhile(path, (WhileLoopTree) tree, List.of(tree));
            case DO_WHILE_LOOP -> lowerDoWhile(path, (DoWhileLoopTree) tree, List.of(tree));
            case FOR_LOOP -> lowerFor(path, (ForLoopTree) tree, List.of(tree));
            case ENHANCED_FOR_LOOP -> lowerEnhancedFor(path, (EnhancedForLoopTree) tree, List.of(tree));
            case LABELED_STATEMENT -> lowerLabeled(path, (LabeledStatementTree) tree);
            case SWITCH -> lowerSwitch(path, (SwitchTree) tree, List.of(tree));
            case TRY -> lowerTry(path, (TryTree) tree);
            case RETURN -> {
                ReturnTree returnTree = (ReturnTree) tree;
                if (returnTree.getExpression() != null && returnVar != null) {
                    Code value = lowerExpression(child(path, returnTree.getExpression()));
                    emit(new Stmt.Assign(returnVar, value));
                }
                jump(finish, 0);
            }
            case THROW -> {
                Code value = lowerExpression(child(path, ((ThrowTree) tree).getExpression()));
                emit(new Stmt.Exec(Code.text("throw ").then(value, ";"), false));
            }
            case YIELD -> {
                Target target = targetOf(path);
                Code value = lowerExpression(child(path, ((YieldTree) tree).getValue()));
                emit(new Stmt.Assign(target.result(), value));
                jump(target.breakState(), target.depth());
            }
            default -> problems.report(tree, "a yield inside this " + describe(tree) + " is not supported");
        }
    }

    private void lowerVariable(TreePath path, VariableTree variable) {
        VariableElement element = (VariableElement) trees.getElement(path);
        collectSuppressions(element);
        LocalVar var = newVar(variable.getName().toString(), typeOf(path, element), LocalVar.Kind.LOCAL);
        managed.put(element, var);
        ExpressionTree initializer = variable.getInitializer();
        if (initializer == null) {
            emit(new Stmt.Declare(var, null, false));
            return;
        }
        Code value = lowerExpression(child(path, initializer));
        boolean bareArrayInitializer = initializer.getKind() == Tree.Kind.NEW_ARRAY
                && ((NewArrayTree) initializer).getType() == null
                && !yields.contains(initializer);
        emit(new Stmt.Declare(var, value, bareArrayInitializer));
    }

    /**
     * A local's {@code @SuppressWarnings} cannot stay on it once its declaration becomes an
     * assignment to a field: the generated class suppresses the same warnings instead.
     */
    private void collectSuppressions(Element element) {
        for (javax.lang.model.element.AnnotationMirror annotation : element.getAnnotationMirrors()) {
            if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals("java.lang.SuppressWarnings")) {
                for (var value : annotation.getElementValues().values()) {
                    if (value.getValue() instanceof List<?> list) {
                        for (Object item : list) {
                            suppressedWarnings.add(String.valueOf(
                                    ((javax.lang.model.element.AnnotationValue) item).getValue()));
                        }
                    }
                }
            }
        }
    }

    /** The warnings the template's locals suppress. */
    public java.util.Set<String> suppressedWarnings() {
        return suppressedWarnings;
    }

    /** The type of a managed local, as the generated code must spell it. */
    private Code typeOf(TreePath declaration, VariableElement element) {
        TypeMirror type = element.asType();
        VariableTree tree = (VariableTree) declaration.getLeaf();
        boolean declaredWithVar = isDeclaredWithVar(tree);
        if (Denotable.hasError(type)) {
            TypeName written = declaredWithVar ? null : writtenType(child(declaration, tree.getType()));
            if (written != null) {
                return Code.type(written);
            }
            // a type that does not resolve: javac reports it at the declaration
            return unnameable(tree, Code.text("var"), null);
        }
        if (Denotable.isLocalClass(type) && hoistedClasses.contains(((DeclaredType) type).asElement())) {
            Code written = declaredWithVar
                    ? Code.text(((DeclaredType) type).asElement().getSimpleName().toString())
                    : translator.translate(child(declaration, tree.getType()));
            pendingFieldType = Code.type(ClassName.OBJECT);
            return written;
        }
        if (declaredWithVar && Denotable.isAnonymous(type)) {
            return unnameable(tree, Code.text("var"), null); // AnonymousVars reports it at the declaration
        }
        List<TypeElement> nestedLocals = Denotable.localClassesIn(type);
        if (!Denotable.isLocalClass(type) && !nestedLocals.isEmpty() && hoistedClasses.containsAll(nestedLocals)) {
            // List<P>, P[], Supplier<P>: only the resume method can name P; the field holds an Object
            Code written = declaredWithVar ? spelled(type) : translator.translate(child(declaration, tree.getType()));
            pendingFieldType = Code.type(ClassName.OBJECT);
            return written;
        }
        if (!nestedLocals.isEmpty()) {
            Code written = declaredWithVar ? Code.text("var") : translator.translate(child(declaration, tree.getType()));
            return unnameable(tree, written, "'" + tree.getName() + "' has the type of a local class declared where"
                    + " the generated class cannot see it from every state, and it is used across a yield: declare"
                    + " the class directly in the template body or as a member of the enclosing type");
        }
        return typeCode(type);
    }

    private static java.util.Set<String> repeatedLocalClassNames(Tree body) {
        Map<String, Integer> counts = new HashMap<>();
        new com.sun.source.util.TreeScanner<Void, Void>() {
            @Override
            public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
                if (!node.getSimpleName().isEmpty()) {
                    counts.merge(node.getSimpleName().toString(), 1, Integer::sum);
                }
                return super.visitClass(node, unused);
            }
        }.scan(body, null);
        java.util.Set<String> repeated = new java.util.HashSet<>();
        counts.forEach((name, count) -> {
            if (count > 1) {
                repeated.add(name);
            }
        });
        return repeated;
    }

    /** {@code type} as source, local classes by their simple names (they are in scope in the resume method). */
    private Code spelled(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return spelled(((javax.lang.model.type.ArrayType) type).getComponentType()).then("[]");
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                Code raw = Denotable.isLocalClass(type) ? Code.text(element.getSimpleName().toString())
                        : Code.type(ClassName.get(element));
                if (declared.getTypeArguments().isEmpty()) {
                    return raw;
                }
                Code arguments = Code.EMPTY;
                for (TypeMirror argument : declared.getTypeArguments()) {
                    arguments = arguments.pieces().isEmpty() ? spelled(argument) : arguments.then(", ", spelled(argument));
                }
                return raw.then("<", arguments, ">");
            }
            case WILDCARD: {
                javax.lang.model.type.WildcardType wildcard = (javax.lang.model.type.WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return Code.text("? extends ").then(spelled(wildcard.getExtendsBound()));
                }
                if (wildcard.getSuperBound() != null) {
                    return Code.text("? super ").then(spelled(wildcard.getSuperBound()));
                }
                return Code.text("?");
            }
            default:
                return typeCode(type);
        }
    }

    /** A local whose type only a local declaration can spell: fine unless it lives across a yield. */
    private Code unnameable(VariableTree tree, Code type, String problem) {
        pendingUnnameable = new Unnameable(tree, problem);
        return type;
    }

    /** Whether a local is declared with {@code var} (whose type tree javac synthesizes). */
    private boolean isDeclaredWithVar(VariableTree tree) {
        Tree type = tree.getType();
        if (type == null) {
            return true;
        }
        long start = translator.start(type);
        long end = translator.end(type);
        return start < 0 || end <= start || translator.rawText(type).equals("var");
    }

    /** The type a type tree names, built from its syntax where it names types not generated yet. */
    private TypeName writtenType(TreePath path) {
        Tree tree = path.getLeaf();
        TypeMirror mirror = trees.getTypeMirror(path);
        if (mirror != null && !Denotable.hasError(mirror) && mirror.getKind() != TypeKind.PACKAGE) {
            return TypeName.get(denotable.of(mirror));
        }
        switch (tree.getKind()) {
            case IDENTIFIER -> {
                String name = ((IdentifierTree) tree).getName().toString();
                ClassName imported = translator.importedName(name);
                return imported != null ? imported : ClassName.get(packageName, name);
            }
            case MEMBER_SELECT -> {
                MemberSelectTree select = (MemberSelectTree) tree;
                TreePath qualifier = child(path, select.getExpression());
                Element element = trees.getElement(qualifier);
                // javac takes an unresolved simple name before a dot for a package; a capitalised
                // one is a class not generated yet (XGenerators.M)
                boolean unresolvedClass = select.getExpression() instanceof IdentifierTree identifier
                        && Character.isUpperCase(identifier.getName().charAt(0));
                if (element instanceof javax.lang.model.element.PackageElement packageElement && !unresolvedClass) {
                    return ClassName.get(packageElement.getQualifiedName().toString(),
                            select.getIdentifier().toString());
                }
                TypeName outerType = writtenType(qualifier);
                return outerType instanceof ClassName outerClass
                        ? outerClass.nestedClass(select.getIdentifier().toString())
                        : null;
            }
            case PARAMETERIZED_TYPE -> {
                com.sun.source.tree.ParameterizedTypeTree parameterized = (com.sun.source.tree.ParameterizedTypeTree) tree;
                TypeName raw = writtenType(child(path, parameterized.getType()));
                List<TypeName> arguments = new ArrayList<>();
                for (Tree argument : parameterized.getTypeArguments()) {
                    TypeName argumentType = writtenType(child(path, argument));
                    if (argumentType == null) {
                        return null;
                    }
                    arguments.add(argumentType);
                }
                return raw instanceof ClassName rawClass
                        ? ParameterizedTypeName.get(rawClass, arguments.toArray(TypeName[]::new))
                        : null;
            }
            case ARRAY_TYPE -> {
                TypeName component = writtenType(child(path, ((com.sun.source.tree.ArrayTypeTree) tree).getType()));
                return component == null ? null : com.palantir.javapoet.ArrayTypeName.of(component);
            }
            case UNBOUNDED_WILDCARD -> {
                return WildcardTypeName.subtypeOf(Object.class);
            }
            case EXTENDS_WILDCARD, SUPER_WILDCARD -> {
                TypeName bound = writtenType(child(path, ((com.sun.source.tree.WildcardTree) tree).getBound()));
                if (bound == null) {
                    return null;
                }
                return tree.getKind() == Tree.Kind.EXTENDS_WILDCARD
                        ? WildcardTypeName.subtypeOf(bound)
                        : WildcardTypeName.supertypeOf(bound);
            }
            default -> {
                return null;
            }
        }
    }

    private Code typeCode(TypeMirror type) {
        if (type instanceof UnionType union) {
            return typeCode(commonSuperclass(union));
        }
        return Code.type(TypeName.get(denotable.of(type)));
    }

    private TypeMirror commonSuperclass(UnionType union) {
        List<? extends TypeMirror> alternatives = union.getAlternatives();
        TypeMirror candidate = alternatives.get(0);
        while (true) {
            TypeMirror erased = types.erasure(candidate);
            boolean all = true;
            for (TypeMirror alternative : alternatives) {
                all &= types.isSubtype(alternative, erased);
            }
            if (all) {
                return candidate;
            }
            candidate = ((TypeElement) types.asElement(candidate)).getSuperclass();
        }
    }

    private void lowerExpressionStatement(TreePath path, ExpressionStatementTree statement) {
        TreePath expression = child(path, statement.getExpression());
        String sinkMethod = yields.sinkMethod(statement.getExpression());
        if (sinkMethod != null) {
            lowerSinkCall(expression, sinkMethod);
            return;
        }
        Code code = lowerExpression(expression);
        emit(new Stmt.Exec(code.then(";"), true));
    }

    private boolean isPrimitiveSink() {
        return primitiveSink;
    }

    /** Lowers {@code sink.yield(v)} or {@code sink.yieldAll(source)}; returns the resume state. */
    private void lowerSinkCall(TreePath call, String sinkMethod) {
        MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
        Code value;
        List<? extends ExpressionTree> arguments = invocation.getArguments();
        boolean primitiveValues = isPrimitiveSink() && sinkMethod.equals("yieldAll")
                && (arguments.size() != 1 || isPrimitive(child(call, arguments.get(0))));
        if (primitiveValues) {
            // primitive yieldAll(int...): the values as an array
            value = Code.text("new ").then(Code.type(primitiveArray), " {",
                    join(lowerInOrder(call, new ArrayList<>(arguments))), "}");
        } else {
            value = lowerExpression(child(call, arguments.get(0)));
        }
        if (primitiveValues || (isPrimitiveSink() && sinkMethod.equals("yieldAll") && isArray(child(call, arguments.get(0))))) {
            value = Code.type(ClassName.get(java.util.Arrays.class)).then(".stream(", value, ").iterator()");
        }
        int resume = newState();
        if (sinkMethod.equals("yield")) {
            emit(new Stmt.Suspend(value, resume, origin(invocation), inFinally()));
            registerClose(resume);
        } else {
            int pull = newState();
            TreePath source = child(call, arguments.get(0));
            boolean forwards = coroutine && !primitiveValues && generatedTypes.isCoroutine(source,
                    source.getLeaf() instanceof IdentifierTree ? managed.get(trees.getElement(source)) : null);
            emit(new Stmt.Delegate(value, pull, origin(invocation), forwards, inFinally()));
            place(pull);
            states.get(pull).resumeOrigin = origin(invocation);
            delegatePulls.add(pull);
            registerClose(pull);
            emit(new Stmt.PullDelegate(resume, forwards));
        }
        place(resume);
        if (sinkMethod.equals("yield")) {
            states.get(resume).resumeOrigin = origin(invocation);
        }
    }

    /** Whether code lowered now stands in a finally block (the only code close() runs). */
    private boolean inFinally() {
        for (Frame frame : frames) {
            if (frame.part() == Part.FINALLY) {
                return true;
            }
        }
        return false;
    }

    /** Records how close() leaves a suspension at {@code state}: through every enclosing finally. */
    private void registerClose(int state) {
        List<Stmt> leap = leap(finish, 0);
        if (leap.size() == 1 && leap.get(0) instanceof Stmt.Goto) {
            return;
        }
        StateBuilder entry = newStateBuilder();
        entry.frames = List.copyOf(frameList());
        entry.statements.addAll(leap);
        closeEntries.put(state, entry.id);
    }

    /**
     * Makes the pattern variables a condition declares managed: the code they are in scope for
     * may run in other states than the condition.
     */
    private void registerBindings(TreePath condition) {
        new com.sun.source.util.TreePathScanner<Void, Void>() {
            @Override
            public Void visitBindingPattern(com.sun.source.tree.BindingPatternTree node, Void unused) {
                TreePath variable = new TreePath(getCurrentPath(), node.getVariable());
                Element element = trees.getElement(variable);
                if (element != null && !managed.containsKey(element)) {
                    managed.put(element, newVar(node.getVariable().getName().toString(),
                            typeCode(element.asType()), LocalVar.Kind.BINDING));
                }
                return super.visitBindingPattern(node, unused);
            }

            @Override
            public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
                return null;
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
                : tree instanceof com.sun.source.tree.WhileLoopTree loop ? loop.getCondition()
                : tree instanceof com.sun.source.tree.DoWhileLoopTree loop ? loop.getCondition()
                : null;
        if (condition != null) {
            registerBindings(child(path, condition));
        }
    }

    private void lowerIf(TreePath path, IfTree tree) {
        registerBindings(child(path, tree.getCondition()));
        Code condition = lowerExpression(child(path, tree.getCondition()));
        int then = newState();
        int join = newState();
        int otherwise = tree.getElseStatement() == null ? join : newState();
        emit(new Stmt.Branch(condition, then, otherwise));
        place(then);
        lowerStatement(child(path, tree.getThenStatement()));
        if (tree.getElseStatement() != null) {
            emit(new Stmt.Goto(join));
            place(otherwise);
            lowerStatement(child(path, tree.getElseStatement()));
        }
        place(join);
    }

    private void register(List<Tree> keys, int breakState, int continueState) {
        Target target = new Target(breakState, continueState, null, frames.size());
        for (Tree key : keys) {
            targets.put(key, target);
        }
    }

    /**
     * Lowers a loop: {@code head} tests {@code condition} (none: always true), the body runs after
     * {@code prologue}, and {@code update} runs where {@code continue} goes.
     */
    private void lowerLoop(List<Tree> keys, java.util.function.Supplier<Code> condition, Runnable prologue,
            TreePath body, Runnable update) {
        int head = newState();
        int bodyState = newState();
        int updateState = newState();
        int exit = newState();
        register(keys, exit, updateState);
        place(head);
        Code test = condition.get();
        if (test != null) {
            emit(new Stmt.Branch(test, bodyState, exit));
        }
        place(bodyState);
        prologue.run();
        lowerStatement(body);
        place(updateState);
        update.run();
        emit(new Stmt.Goto(head));
        place(exit);
    }

    /** The condition of a loop, lowered where the loop tests it. */
    private java.util.function.Supplier<Code> condition(TreePath loop, ExpressionTree condition) {
        return () -> {
            if (condition == null || completion.isConstantTrue(loop, condition)) {
                return null;
            }
            registerBindings(child(loop, condition));
            return lowerExpression(child(loop, condition));
        };
    }

    private void lowerWhile(TreePath path, WhileLoopTree tree, List<Tree> keys) {
        lowerLoop(keys, condition(path, tree.getCondition()), () -> {}, child(path, tree.getStatement()), () -> {});
    }

    private void lowerDoWhile(TreePath path, DoWhileLoopTree tree, List<Tree> keys) {
        int body = newState();
        int condition = newState();
        int exit = newState();
        register(keys, exit, condition);
        place(body);
        lowerStatement(child(path, tree.getStatement()));
        place(condition);
        registerBindings(child(path, tree.getCondition()));
        Code test = lowerExpression(child(path, tree.getCondition()));
        emit(new Stmt.Branch(test, body, exit));
        place(exit);
    }

    private void lowerFor(TreePath path, ForLoopTree tree, List<Tree> keys) {
        for (StatementTree init : tree.getInitializer()) {
            if (init instanceof ExpressionStatementTree expression) {
                // like for-update statements, for-init expressions have no ';' of their own
                lowerExpressionStatement(child(path, init), expression);
            } else {
                lowerStatement(child(path, init));
            }
        }
        lowerLoop(keys, condition(path, tree.getCondition()), () -> {}, child(path, tree.getStatement()), () -> {
            for (ExpressionStatementTree step : tree.getUpdate()) {
                // for-update statements have no ';' of their own in the source
                lowerExpressionStatement(child(path, step), step);
            }
        });
    }

    /** Whether {@code tree} may stand as the receiver of a method call without parentheses. */
    private static boolean isPrimary(Tree tree) {
        return switch (tree.getKind()) {
            case IDENTIFIER, MEMBER_SELECT, METHOD_INVOCATION, NEW_CLASS, PARENTHESIZED, ARRAY_ACCESS -> true;
            default -> false;
        };
    }

    private void lowerEnhancedFor(TreePath path, EnhancedForLoopTree tree, List<Tree> keys) {
        TreePath expressionPath = child(path, tree.getExpression());
        TreePath variablePath = child(path, tree.getVariable());
        VariableElement element = (VariableElement) trees.getElement(variablePath);
        String name = tree.getVariable().getName().toString();
        LocalVar variable = newVar(name, typeOf(variablePath, element), LocalVar.Kind.LOCAL);
        managed.put(element, variable);
        Code source = lowerExpression(expressionPath);
        TypeMirror sourceType = trees.getTypeMirror(expressionPath);
        TreePath body = child(path, tree.getStatement());
        if (sourceType != null && sourceType.getKind() == TypeKind.ARRAY) {
            LocalVar array = newVar(name + "Array", typeCode(sourceType), LocalVar.Kind.SYNTHETIC);
            LocalVar index = newVar(name + "Index", Code.type(TypeName.INT), LocalVar.Kind.SYNTHETIC);
            emit(new Stmt.Assign(array, source));
            emit(new Stmt.Assign(index, Code.text("0")));
            lowerLoop(keys,
                    () -> Code.var(index).then(" < ", Code.var(array), ".length"),
                    () -> emit(new Stmt.Declare(variable, Code.var(array).then("[", Code.var(index), "]"), false)),
                    body,
                    () -> emit(new Stmt.Exec(Code.var(index).then("++;"), true)));
        } else {
            LocalVar iterator = newVar(name + "Iterator", iteratorType(sourceType, element), LocalVar.Kind.SYNTHETIC);
            Code receiver = isPrimary(tree.getExpression()) ? source : Code.text("(").then(source, ")");
            emit(new Stmt.Assign(iterator, receiver.then(".iterator()")));
            lowerLoop(keys,
                    () -> Code.var(iterator).then(".hasNext()"),
                    () -> emit(new Stmt.Declare(variable, Code.var(iterator).then(".next()"), false)),
                    body,
                    () -> {});
        }
    }

    /** {@code Iterator<? extends E>} for an {@code Iterable<E>} source. */
    private Code iteratorType(TypeMirror sourceType, VariableElement variable) {
        ClassName iterator = ClassName.get("java.util", "Iterator");
        TypeMirror element = iterableElement(sourceType);
        if (element == null) {
            TypeMirror declared = variable.asType();
            if (Denotable.hasError(declared)) {
                return Code.type(ParameterizedTypeName.get(iterator, WildcardTypeName.subtypeOf(Object.class)));
            }
            TypeName boxed = TypeName.get(denotable.of(declared)).box();
            return Code.type(ParameterizedTypeName.get(iterator, WildcardTypeName.subtypeOf(boxed)));
        }
        TypeName elementName = TypeName.get(denotable.of(element));
        if (elementName instanceof WildcardTypeName) {
            return Code.type(ParameterizedTypeName.get(iterator, elementName));
        }
        return Code.type(ParameterizedTypeName.get(iterator, WildcardTypeName.subtypeOf(elementName)));
    }

    private TypeMirror iterableElement(TypeMirror type) {
        if (type == null || type.getKind() != TypeKind.DECLARED || Denotable.hasError(type)) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals("java.lang.Iterable")) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.isEmpty() ? null : arguments.get(0);
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            TypeMirror found = iterableElement(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void lowerLabeled(TreePath path, LabeledStatementTree tree) {
        TreePath body = child(path, tree.getStatement());
        List<Tree> keys = List.of(tree, tree.getStatement());
        switch (tree.getStatement().getKind()) {
            case WHILE_LOOP -> lowerWhile(body, (WhileLoopTree) tree.getStatement(), keys);
            case DO_WHILE_LOOP -> lowerDoWhile(body, (DoWhileLoopTree) tree.getStatement(), keys);
            case FOR_LOOP -> lowerFor(body, (ForLoopTree) tree.getStatement(), keys);
            case ENHANCED_FOR_LOOP -> lowerEnhancedFor(body, (EnhancedForLoopTree) tree.getStatement(), keys);
            case SWITCH -> lowerSwitch(body, (SwitchTree) tree.getStatement(), keys);
            default -> {
                int exit = newState();
                register(List.of(tree), exit, -1);
                lowerStatement(body);
                place(exit);
            }
        }
    }

    private void lowerSwitch(TreePath path, SwitchTree tree, List<Tree> keys) {
        Code selector = lowerExpression(child(path, tree.getExpression()));
        int exit = newState();
        register(keys, exit, -1);
        lowerCases(path, selector, tree.getCases(), exit, null);
        place(exit);
    }

    /**
     * Lowers the cases of a switch statement or expression: a dispatch on {@code selector}, then
     * each case's code; rule cases of an expression assign {@code result}.
     */
    private void lowerCases(TreePath path, Code selector, List<? extends CaseTree> cases, int exit, LocalVar result) {
        List<Stmt.Switch.Case> dispatch = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        int defaultState = exit;
        boolean hasDefault = false;
        for (CaseTree caseTree : cases) {
            int entry = newState();
            entries.add(entry);
            TreePath casePath = child(path, caseTree);
            if (caseTree.getExpressions().isEmpty()) {
                defaultState = entry;
                hasDefault = true;
            } else {
                List<Code> labels = new ArrayList<>();
                for (ExpressionTree label : caseTree.getExpressions()) {
                    labels.add(translator.translate(child(casePath, label)));
                }
                dispatch.add(new Stmt.Switch.Case(labels, entry));
            }
        }
        if (!hasDefault && result != null) {
            defaultState = newState();
        }
        emit(new Stmt.Switch(selector, dispatch, defaultState));
        for (int i = 0; i < cases.size(); i++) {
            CaseTree caseTree = cases.get(i);
            TreePath casePath = child(path, caseTree);
            if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
                current = null;
                place(entries.get(i));
                Tree body = caseTree.getBody();
                if (body instanceof ExpressionTree expression) {
                    Code value = lowerExpression(child(casePath, expression));
                    if (result != null) {
                        emit(new Stmt.Assign(result, value));
                    } else {
                        emit(new Stmt.Exec(value.then(";"), true));
                    }
                } else {
                    lowerStatement(child(casePath, body));
                }
                place(exit);
                current = null;
            } else {
                place(entries.get(i)); // falls through from the previous group when it can
                for (StatementTree statement : caseTree.getStatements()) {
                    lowerStatement(child(casePath, statement));
                }
            }
        }
        if (!hasDefault && result != null) {
            place(defaultState);
            emit(new Stmt.Exec(Code.text("throw new ").then(
                    Code.type(ClassName.get(IncompatibleClassChangeError.class)), "();"), false));
        }
        place(exit);
        current = null;
    }

    // ---- try ---------------------------------------------------------------------------------

    private Region newRegion() {
        Region region = new Region(regions.size());
        regions.add(region);
        return region;
    }

    private void lowerTry(TreePath path, TryTree tree) {
        boolean hasCatchOrFinally = !tree.getCatches().isEmpty() || tree.getFinallyBlock() != null;
        if (tree.getResources().isEmpty()) {
            lowerTryCatchFinally(path, tree, () -> lowerStatement(child(path, tree.getBlock())));
        } else if (hasCatchOrFinally) {
            lowerTryCatchFinally(path, tree, () -> lowerResources(path, tree, 0));
        } else {
            lowerResources(path, tree, 0);
        }
    }

    /** Lowers {@code try body catch.. finally..} around whatever {@code body} lowers. */
    private void lowerTryCatchFinally(TreePath path, TryTree tree, Runnable body) {
        Region region = newRegion();
        int after = newState();
        List<Integer> catchEntries = new ArrayList<>();
        for (CatchTree catchTree : tree.getCatches()) {
            TreePath catchPath = child(path, catchTree);
            TreePath parameterPath = child(catchPath, catchTree.getParameter());
            VariableElement parameter = (VariableElement) trees.getElement(parameterPath);
            LocalVar var = newVar(parameter.getSimpleName().toString(), typeCode(parameter.asType()), LocalVar.Kind.LOCAL);
            managed.put(parameter, var);
            int entry = newState();
            catchEntries.add(entry);
            List<Code> typesCaught = new ArrayList<>();
            TypeMirror caught = parameter.asType();
            if (caught instanceof UnionType union) {
                for (TypeMirror alternative : union.getAlternatives()) {
                    typesCaught.add(typeCode(alternative));
                }
            } else {
                typesCaught.add(typeCode(caught));
            }
            region.catches.add(new StateMachine.Catch(typesCaught, var.type(), var, entry));
        }
        if (tree.getFinallyBlock() != null) {
            region.finallyEntry = newState();
            region.rethrowState = newState();
        }
        frames.push(new Frame(region.id, Part.TRY));
        int tryEntry = newState();
        place(tryEntry);
        body.run();
        completeTryPart(region, after);
        frames.pop();
        for (int i = 0; i < tree.getCatches().size(); i++) {
            CatchTree catchTree = tree.getCatches().get(i);
            frames.push(new Frame(region.id, Part.CATCH));
            current = null;
            place(catchEntries.get(i));
            lowerStatement(child(child(path, catchTree), catchTree.getBlock()));
            completeTryPart(region, after);
            frames.pop();
        }
        if (region.finallyEntry >= 0) {
            lowerFinallyBlock(region, () -> lowerStatement(child(path, tree.getFinallyBlock())));
        }
        current = null;
        place(after);
    }

    /** Where the end of a try or catch block goes: through the finally block to {@code after}. */
    private void completeTryPart(Region region, int after) {
        if (current == null) {
            return;
        }
        if (region.finallyEntry >= 0) {
            emit(new Stmt.SetFinallyNext(region.id, after));
            emit(new Stmt.Goto(region.finallyEntry));
        } else {
            emit(new Stmt.Goto(after));
        }
    }

    private void lowerFinallyBlock(Region region, Runnable block) {
        frames.push(new Frame(region.id, Part.FINALLY));
        current = null;
        place(region.finallyEntry);
        block.run();
        emit(new Stmt.EndFinally(region.id));
        frames.pop();
        current = null;
        place(region.rethrowState);
        emit(new Stmt.RethrowPending(region.id));
    }

    /** Lowers resources {@code from..} of a try-with-resources, then its block (JLS 14.20.3.1). */
    private void lowerResources(TreePath path, TryTree tree, int from) {
        if (from == tree.getResources().size()) {
            lowerStatement(child(path, tree.getBlock()));
            return;
        }
        Tree resource = tree.getResources().get(from);
        TreePath resourcePath = child(path, resource);
        LocalVar var;
        if (resource instanceof VariableTree) {
            lowerStatement(resourcePath);
            var = managed.get(trees.getElement(resourcePath));
        } else {
            TypeMirror type = trees.getTypeMirror(resourcePath);
            var = newVar("resource", typeCode(type), LocalVar.Kind.SYNTHETIC);
            emit(new Stmt.Assign(var, lowerExpression(resourcePath)));
        }
        Region region = newRegion();
        region.finallyEntry = newState();
        region.rethrowState = newState();
        int after = newState();
        frames.push(new Frame(region.id, Part.TRY));
        place(newState());
        lowerResources(path, tree, from + 1);
        completeTryPart(region, after);
        frames.pop();
        LocalVar resourceVar = var;
        lowerFinallyBlock(region, () -> emit(new Stmt.CloseResource(resourceVar, region.id)));
        current = null;
        place(after);
    }

    /** The handler steps for states in {@code context}, innermost region first. */
    private StateMachine.Handler handlerFor(List<Frame> context) {
        List<StateMachine.Step> steps = new ArrayList<>();
        int suppressInto = -1;
        Frame innermost = context.get(context.size() - 1);
        if (innermost.part() == Part.FINALLY) {
            suppressInto = innermost.region();
        }
        for (int i = context.size() - 1; i >= 0; i--) {
            Frame frame = context.get(i);
            Region region = regions.get(frame.region());
            if (frame.part() == Part.TRY) {
                for (StateMachine.Catch catchClause : region.catches) {
                    steps.add(catchClause);
                }
            }
            if (frame.part() != Part.FINALLY && region.finallyEntry >= 0) {
                steps.add(new StateMachine.Finally(region.id, region.finallyEntry, region.rethrowState));
                break; // the finally block rethrows; the outer regions handle it from there
            }
        }
        return new StateMachine.Handler(suppressInto, steps);
    }

    // ---- expressions -------------------------------------------------------------------------

    /**
     * Lowers an expression that may suspend: whatever must be evaluated before a suspension is
     * evaluated now (into temporaries); returns the code that computes the value afterwards.
     */
    private Code lowerExpression(TreePath path) {
        Tree tree = path.getLeaf();
        if (!yields.contains(tree)) {
            return translate(path);
        }
        String sinkMethod = yields.sinkMethod(tree);
        if (sinkMethod != null) {
            if (!coroutine || !sinkMethod.equals("yield")) {
                problems.report(tree, "'" + sinkMethod + "' returns nothing here: call it as a statement");
                return Code.text("null");
            }
            MethodInvocationTree call = (MethodInvocationTree) tree;
            Code value = lowerExpression(child(path, call.getArguments().get(0)));
            int resume = newState();
            emit(new Stmt.Suspend(value, resume, origin(call), inFinally()));
            registerClose(resume);
            place(resume);
            states.get(resume).resumeOrigin = origin(call);
            return Code.var(sentVar);
        }
        switch (tree.getKind()) {
            case PARENTHESIZED -> {
                return Code.text("(").then(lowerExpression(child(path, ((ParenthesizedTree) tree).getExpression())), ")");
            }
            case TYPE_CAST -> {
                TypeCastTree cast = (TypeCastTree) tree;
                Code type = translator.translate(child(path, cast.getType()));
                return Code.text("(").then(type, ") ", lowerExpression(child(path, cast.getExpression())));
            }
            case CONDITIONAL_AND, CONDITIONAL_OR -> {
                return lowerShortCircuit(path, (BinaryTree) tree);
            }
            case CONDITIONAL_EXPRESSION -> {
                return lowerConditional(path, (ConditionalExpressionTree) tree);
            }
            case ASSIGNMENT -> {
                AssignmentTree assignment = (AssignmentTree) tree;
                Code target = lowerAssignable(child(path, assignment.getVariable()), assignment.getExpression());
                return target.then(" = ", lowerExpression(child(path, assignment.getExpression())));
            }
            case SWITCH_EXPRESSION -> {
                return lowerSwitchExpression(path, (SwitchExpressionTree) tree);
            }
            case METHOD_INVOCATION -> {
                return lowerInvocation(path, (MethodInvocationTree) tree);
            }
            case NEW_CLASS -> {
                NewClassTree creation = (NewClassTree) tree;
                if (creation.getClassBody() != null || creation.getEnclosingExpression() != null) {
                    break;
                }
                List<Code> arguments = lowerInOrder(path, new ArrayList<>(creation.getArguments()));
                Code.Builder code = Code.builder().add("new ");
                code.add(translator.translate(child(path, creation.getIdentifier())));
                return code.add("(").add(join(arguments)).add(")").build();
            }
            case NEW_ARRAY -> {
                NewArrayTree array = (NewArrayTree) tree;
                if (array.getDimensions().isEmpty() && array.getInitializers() != null) {
                    List<Code> elements = lowerInOrder(path, new ArrayList<>(array.getInitializers()));
                    Code prefix = array.getType() == null
                            ? Code.text("new ").then(typeCode(trees.getTypeMirror(path)))
                            : Code.text("new ").then(translator.translate(child(path, array.getType())), "[]");
                    return prefix.then(" {", join(elements), "}");
                }
            }
            case ARRAY_ACCESS -> {
                ArrayAccessTree access = (ArrayAccessTree) tree;
                List<Code> parts = lowerInOrder(path, List.of(access.getExpression(), access.getIndex()));
                return parts.get(0).then("[", parts.get(1), "]");
            }
            case MEMBER_SELECT -> {
                MemberSelectTree select = (MemberSelectTree) tree;
                return lowerExpression(child(path, select.getExpression())).then("." + select.getIdentifier());
            }
            case INSTANCE_OF -> {
                InstanceOfTree instanceOf = (InstanceOfTree) tree;
                Code value = lowerExpression(child(path, instanceOf.getExpression()));
                if (instanceOf.getPattern() instanceof com.sun.source.tree.BindingPatternTree binding) {
                    TreePath patternPath = child(path, binding);
                    TreePath variablePath = child(patternPath, binding.getVariable());
                    String name = binding.getVariable().getName().toString();
                    Code type = translator.translate(child(variablePath, binding.getVariable().getType()));
                    LocalVar var = managed.get(trees.getElement(variablePath));
                    Code test = Code.text("(").then(value, " instanceof ", type, " " + name);
                    return var == null
                            ? test.then(")")
                            : test.then(" && (this.", Code.var(var), " = " + name + ") == " + name + ")");
                }
                return value.then(" instanceof ", translator.translate(child(path, instanceOf.getType())));
            }
            default -> {
                if (tree instanceof CompoundAssignmentTree compound) {
                    return lowerCompoundAssignment(path, compound);
                }
                if (tree instanceof BinaryTree binary) {
                    List<Code> parts = lowerInOrder(path, List.of(binary.getLeftOperand(), binary.getRightOperand()));
                    String operator = translator.between(binary.getLeftOperand(), binary.getRightOperand());
                    return parts.get(0).then(operator, parts.get(1));
                }
                if (tree instanceof UnaryTree unary) {
                    return lowerUnary(path, unary);
                }
            }
        }
        problems.report(tree, "a yield inside this " + describe(tree) + " is not supported: assign the yielded value"
                + " to a local variable first");
        return Code.text("null");
    }

    /** How a diagnostic names a kind of tree ("instanceof", "synchronized statement", ...). */
    private static String describe(Tree tree) {
        return switch (tree.getKind()) {
            case INSTANCE_OF -> "instanceof";
            case NEW_CLASS -> "class instance creation";
            case LAMBDA_EXPRESSION -> "lambda";
            default -> tree.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    private static Code join(List<Code> parts) {
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
    private List<Code> lowerInOrder(TreePath parent, List<? extends Tree> operands) {
        List<TreePath> paths = new ArrayList<>();
        for (Tree operand : operands) {
            paths.add(child(parent, operand));
        }
        return lowerInOrder(paths);
    }

    private List<Code> lowerInOrder(List<TreePath> operands) {
        int last = -1;
        for (int i = 0; i < operands.size(); i++) {
            if (yields.contains(operands.get(i).getLeaf())) {
                last = i;
            }
        }
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            TreePath operand = operands.get(i);
            if (i < last) {
                codes.add(spill(operand, lowerExpression(operand)));
            } else if (i == last) {
                codes.add(lowerExpression(operand));
            } else {
                codes.add(translate(operand));
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
            Element element = trees.getElement(path);
            if (element != null && (element.getKind().isClass() || element.getKind().isInterface()
                    || element.getKind() == ElementKind.PACKAGE)) {
                return value;
            }
        }
        TypeMirror type = trees.getTypeMirror(path);
        LocalVar temp = newVar("temp", typeCode(type), LocalVar.Kind.SYNTHETIC);
        emit(new Stmt.Assign(temp, value));
        return Code.var(temp);
    }

    private boolean isArray(TreePath path) {
        TypeMirror type = trees.getTypeMirror(path);
        return type != null && type.getKind() == TypeKind.ARRAY;
    }

    private boolean isPrimitive(TreePath path) {
        TypeMirror type = trees.getTypeMirror(path);
        return type != null && type.getKind().isPrimitive();
    }

    private Code lowerInvocation(TreePath path, MethodInvocationTree call) {
        List<TreePath> operands = new ArrayList<>();
        ExpressionTree select = call.getMethodSelect();
        TreePath selectPath = child(path, select);
        boolean hasReceiverExpression = false;
        if (select instanceof MemberSelectTree member) {
            Element qualifier = trees.getElement(child(selectPath, member.getExpression()));
            hasReceiverExpression = qualifier == null
                    || !(qualifier.getKind().isClass() || qualifier.getKind().isInterface()
                            || qualifier.getKind() == ElementKind.PACKAGE);
            if (member.getExpression() instanceof IdentifierTree identifier
                    && (identifier.getName().contentEquals("super") || identifier.getName().contentEquals("this"))) {
                hasReceiverExpression = false;
            }
            if (hasReceiverExpression) {
                operands.add(child(selectPath, member.getExpression()));
            }
        }
        for (ExpressionTree argument : call.getArguments()) {
            operands.add(child(path, argument));
        }
        List<Code> codes = lowerInOrder(operands);
        Code.Builder code = Code.builder();
        List<Code> arguments = codes;
        if (select instanceof MemberSelectTree member) {
            if (hasReceiverExpression) {
                code.add(codes.get(0));
                arguments = codes.subList(1, codes.size());
            } else {
                code.add(translator.translate(child(selectPath, member.getExpression())));
            }
            code.add(".");
            if (!call.getTypeArguments().isEmpty()) {
                code.add("<");
                for (int i = 0; i < call.getTypeArguments().size(); i++) {
                    if (i > 0) {
                        code.add(", ");
                    }
                    code.add(translator.translate(child(path, call.getTypeArguments().get(i))));
                }
                code.add(">");
            }
            code.add(member.getIdentifier().toString());
        } else {
            code.add(translator.translate(selectPath));
        }
        return code.add("(").add(join(arguments)).add(")").build();
    }

    /** The variable an assignment writes, with its array and object evaluated before the value. */
    private Code lowerAssignable(TreePath target, Tree value) {
        Tree tree = target.getLeaf();
        boolean valueSuspends = yields.contains(value);
        if (tree instanceof ArrayAccessTree access) {
            List<Code> parts = lowerInOrder(target, List.of(access.getExpression(), access.getIndex()));
            if (valueSuspends) {
                parts = List.of(
                        spill(child(target, access.getExpression()), parts.get(0)),
                        spill(child(target, access.getIndex()), parts.get(1)));
            }
            return parts.get(0).then("[", parts.get(1), "]");
        }
        if (tree instanceof MemberSelectTree select && valueSuspends) {
            TreePath objectPath = child(target, select.getExpression());
            Element object = trees.getElement(objectPath);
            if (object == null || object.getKind().isField() || object.getKind() == ElementKind.LOCAL_VARIABLE
                    || object.getKind() == ElementKind.PARAMETER || !(object.getKind().isClass()
                            || object.getKind().isInterface())) {
                Code objectCode = spill(objectPath, lowerExpression(objectPath));
                return objectCode.then("." + select.getIdentifier());
            }
        }
        return lowerExpression(target);
    }

    private Code lowerCompoundAssignment(TreePath path, CompoundAssignmentTree compound) {
        TreePath targetPath = child(path, compound.getVariable());
        Code target = lowerAssignable(targetPath, compound.getExpression());
        // JLS 15.26.2: the variable's value is saved before the right-hand side is evaluated.
        LocalVar saved = newVar("saved", typeCode(trees.getTypeMirror(targetPath)), LocalVar.Kind.SYNTHETIC);
        emit(new Stmt.Assign(saved, target));
        Code value = lowerExpression(child(path, compound.getExpression()));
        String operator = translator.between(compound.getVariable(), compound.getExpression());
        emit(new Stmt.Exec(Code.var(saved).then(operator, value, ";"), true));
        return target.then(" = ", Code.var(saved));
    }

    private Code lowerUnary(TreePath path, UnaryTree unary) {
        TreePath operandPath = child(path, unary.getExpression());
        Code operand = unary.getKind() == Tree.Kind.POSTFIX_INCREMENT
                        || unary.getKind() == Tree.Kind.POSTFIX_DECREMENT
                        || unary.getKind() == Tree.Kind.PREFIX_INCREMENT
                        || unary.getKind() == Tree.Kind.PREFIX_DECREMENT
                ? lowerAssignable(operandPath, unary.getExpression())
                : lowerExpression(operandPath);
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
        TreePath rightPath = child(path, tree.getRightOperand());
        Code left = lowerExpression(child(path, tree.getLeftOperand()));
        if (!yields.contains(tree.getRightOperand())) {
            return left.then(and ? " && " : " || ", translate(rightPath));
        }
        LocalVar result = newVar("condition", Code.type(TypeName.BOOLEAN), LocalVar.Kind.SYNTHETIC);
        emit(new Stmt.Assign(result, left));
        int evaluateRight = newState();
        int join = newState();
        emit(and
                ? new Stmt.Branch(Code.var(result), evaluateRight, join)
                : new Stmt.Branch(Code.var(result), join, evaluateRight));
        place(evaluateRight);
        emit(new Stmt.Assign(result, lowerExpression(rightPath)));
        place(join);
        return Code.var(result);
    }

    private Code lowerConditional(TreePath path, ConditionalExpressionTree tree) {
        Code condition = lowerExpression(child(path, tree.getCondition()));
        if (!yields.contains(tree.getTrueExpression()) && !yields.contains(tree.getFalseExpression())) {
            return condition.then(" ? ", translate(child(path, tree.getTrueExpression())), " : ",
                    translate(child(path, tree.getFalseExpression())));
        }
        LocalVar result = newVar("choice", typeCode(trees.getTypeMirror(path)), LocalVar.Kind.SYNTHETIC);
        int whenTrue = newState();
        int whenFalse = newState();
        int join = newState();
        emit(new Stmt.Branch(condition, whenTrue, whenFalse));
        place(whenTrue);
        emit(new Stmt.Assign(result, lowerExpression(child(path, tree.getTrueExpression()))));
        emit(new Stmt.Goto(join));
        place(whenFalse);
        emit(new Stmt.Assign(result, lowerExpression(child(path, tree.getFalseExpression()))));
        place(join);
        return Code.var(result);
    }

    private Code lowerSwitchExpression(TreePath path, SwitchExpressionTree tree) {
        Code selector = lowerExpression(child(path, tree.getExpression()));
        LocalVar result = newVar("switchResult", typeCode(trees.getTypeMirror(path)), LocalVar.Kind.SYNTHETIC);
        int exit = newState();
        targets.put(tree, new Target(exit, -1, result, frames.size()));
        lowerCases(path, selector, tree.getCases(), exit, result);
        place(exit);
        return Code.var(result);
    }
}
