package dev.yieldj.processor.analysis;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Finds, in the code one translation copies, every name whose meaning would change inside the
 * generated class, and what replaces it; jumps leaving the copied code go to the lowering's
 * {@link Translator.Escapes}. Also notes the local classes the code names, for the lowering to
 * check against the state the code lands in.
 */
final class NameEdits extends TreePathScanner<Void, Void> {
    private final Translator translator;
    private final ManagedVariables managed;
    private final Translator.Escapes escapes;
    private final List<Translator.Edit> edits = new ArrayList<>();
    private final List<Translation.LocalClassUse> localClassUses = new ArrayList<>();
    /** Lambdas and class bodies we are inside (captures see values at capture time). */
    private int captureDepth;
    /** Local and anonymous classes we are inside: their members shadow the template's. */
    private final Deque<TypeElement> localClasses = new ArrayDeque<>();
    /** Statements inside the root that break, continue or yield may target. */
    private final Set<Tree> innerTargets = new HashSet<>();
    /**
     * Pattern variables declared in the code being translated: it keeps their declarations, so
     * a use inside it reads the pattern variable itself (a lambda there captures its value),
     * and only code elsewhere reads the field the match copied it into.
     */
    private final Set<Element> bindingsDeclaredHere;
    /** Names that stay as the template writes them (an inner class after {@code receiver.new}). */
    private final Set<Tree> asWritten = new HashSet<>();
    /** Copied try statements with a finally block or resources whose try or catch block we are in. */
    private int guardingTries;

    NameEdits(Translator translator, Tree root, ManagedVariables managed, Translator.Escapes escapes,
            Set<Element> bindingsDeclaredHere) {
        this.translator = translator;
        this.managed = managed;
        this.escapes = escapes;
        this.bindingsDeclaredHere = bindingsDeclaredHere;
        noteTarget(root); // scanning from a path visits the root without scan(Tree)
    }

    /** The edits found, in the order the scan met them. */
    List<Translator.Edit> edits() {
        return edits;
    }

    /** The local classes named, in source order, nested translations included. */
    List<Translation.LocalClassUse> localClassUses() {
        return localClassUses;
    }

    /** Translates a subtree whose translation replaces it (its uses counted here, where it stands). */
    private Code translated(TreePath path) {
        return taken(translator.translate(path, managed, escapes));
    }

    private Code taken(Translation translation) {
        localClassUses.addAll(translation.localClassUses());
        return translation.code();
    }

    private void replace(Tree tree, Code replacement) {
        long from = translator.start(tree);
        // an identifier is exactly its name (javac may extend its end over a following ';')
        long to = tree instanceof IdentifierTree identifier ? from + identifier.getName().length() : translator.end(tree);
        edits.add(new Translator.Edit(tree, from, to, replacement, false));
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        captureDepth++;
        try {
            return super.visitLambdaExpression(node, unused);
        } finally {
            captureDepth--;
        }
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        Element element = translator.trees.getElement(getCurrentPath());
        captureDepth++;
        if (element instanceof TypeElement type) {
            localClasses.push(type);
        }
        try {
            return super.visitClass(node, unused);
        } finally {
            if (element instanceof TypeElement) {
                localClasses.pop();
            }
            captureDepth--;
        }
    }

    /** Loops, switches and labelled statements inside the root are where its own jumps go. */
    @Override
    public Void scan(Tree tree, Void unused) {
        noteTarget(tree);
        return super.scan(tree, unused);
    }

    private void noteTarget(Tree tree) {
        if (tree != null) {
            switch (tree.getKind()) {
                case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, ENHANCED_FOR_LOOP, SWITCH, SWITCH_EXPRESSION,
                        LABELED_STATEMENT -> innerTargets.add(tree);
                default -> {}
            }
        }
    }

    @Override
    public Void visitTry(TryTree node, Void unused) {
        boolean guards = node.getFinallyBlock() != null || !node.getResources().isEmpty();
        if (guards) {
            guardingTries++;
        }
        scan(node.getResources(), unused);
        scan(node.getBlock(), unused);
        scan(node.getCatches(), unused);
        if (guards) {
            guardingTries--;
        }
        scan(node.getFinallyBlock(), unused);
        return null;
    }

    @Override
    public Void visitBreak(BreakTree node, Void unused) {
        if (captureDepth == 0 && !innerTargets.contains(Jumps.target(getCurrentPath()))) {
            replace(node, taken(escapes.escape(getCurrentPath(), guardingTries > 0)));
        }
        return null;
    }

    @Override
    public Void visitContinue(ContinueTree node, Void unused) {
        if (captureDepth == 0 && !innerTargets.contains(Jumps.target(getCurrentPath()))) {
            replace(node, taken(escapes.escape(getCurrentPath(), guardingTries > 0)));
        }
        return null;
    }

    @Override
    public Void visitYield(YieldTree node, Void unused) {
        if (captureDepth == 0 && !innerTargets.contains(Jumps.target(getCurrentPath()))) {
            replace(node, taken(escapes.escape(getCurrentPath(), guardingTries > 0)));
            return null;
        }
        return super.visitYield(node, unused);
    }

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
        if (captureDepth == 0) {
            replace(node, taken(escapes.escape(getCurrentPath(), guardingTries > 0)));
            return null;
        }
        return super.visitReturn(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        Element selected = translator.trees.getElement(getCurrentPath());
        if (translator.hasReceiver && translator.isRecordComponent(selected)
                && node.getExpression() instanceof IdentifierTree qualifier
                && qualifier.getName().contentEquals("this") && localClasses.isEmpty()) {
            replace(node, Code.of(new Code.ReceiverRef(), new Code.Text("." + node.getIdentifier() + "()")));
            return null;
        }
        if (selected != null && selected.getEnclosingElement() instanceof TypeElement record
                && Records.isComponentField(selected, record) && localClasses.isEmpty()
                && !(node.getExpression() instanceof IdentifierTree self && self.getName().contentEquals("this"))
                && !translator.isAssigned(getCurrentPath())) {
            // a record's component fields are private: the generated class reads them through the accessor
            Code qualifier = translated(new TreePath(getCurrentPath(), node.getExpression()));
            replace(node, qualifier.then("." + node.getIdentifier() + "()"));
            return null;
        }
        if (node.getIdentifier().contentEquals("this")) {
            Element outer = translator.trees.getElement(new TreePath(getCurrentPath(), node.getExpression()));
            if (translator.hasReceiver && translator.holder.equals(outer)) {
                replace(node, Code.of(new Code.ReceiverRef()));
            }
            return null;
        }
        return super.visitMemberSelect(node, unused);
    }

    @Override
    public Void visitInstanceOf(InstanceOfTree node, Void unused) {
        if (captureDepth == 0 && node.getPattern() != null) {
            TreePath patternPath = new TreePath(getCurrentPath(), node.getPattern());
            List<PatternBindings.Stored> stored = PatternBindings.stored(patternPath, translator.trees, managed);
            if (!stored.isEmpty()) {
                // the pattern variables outlive the condition's state: copy them into their fields
                Code expression = translated(new TreePath(getCurrentPath(), node.getExpression()));
                replace(node, PatternBindings.storing(
                        expression.then(" instanceof ", pattern(patternPath)), stored));
                return null;
            }
        }
        return super.visitInstanceOf(node, unused);
    }

    /** A pattern, translated; a type pattern is its type and name (modifiers are not needed). */
    private Code pattern(TreePath patternPath) {
        if (patternPath.getLeaf() instanceof BindingPatternTree binding) {
            TreePath variablePath = new TreePath(patternPath, binding.getVariable());
            return translated(new TreePath(variablePath, binding.getVariable().getType()))
                    .then(" " + binding.getVariable().getName());
        }
        return translated(patternPath);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        if (translator.hasReceiver && node.getEnclosingExpression() == null) {
            Element created = translator.trees.getElement(new TreePath(getCurrentPath(), node.getIdentifier()));
            if (created instanceof TypeElement type
                    && type.getNestingKind() == NestingKind.MEMBER
                    && !type.getModifiers().contains(Modifier.STATIC)
                    && type.getKind() == ElementKind.CLASS
                    && !isLocalMember(type)) {
                long at = translator.start(node);
                edits.add(new Translator.Edit(node, at, at, Code.of(new Code.ReceiverRef(), new Code.Text(".")), true));
                // after 'receiver.new' the class is named by its simple name alone
                Tree className = node.getIdentifier() instanceof com.sun.source.tree.ParameterizedTypeTree generic
                        ? generic.getType() : node.getIdentifier();
                asWritten.add(className);
            }
        }
        return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
        TreePath path = getCurrentPath();
        String name = node.getName().toString();
        if (asWritten.contains(node)) {
            return null;
        }
        if (name.equals("this")) {
            if (translator.hasReceiver && localClasses.isEmpty()) {
                replace(node, Code.of(new Code.ReceiverRef()));
            }
            return null;
        }
        if (name.equals("super")) {
            return null;
        }
        Element element = translator.trees.getElement(path);
        LocalVar var = element == null ? null : managed.lookup(element);
        if (var != null && bindingsDeclaredHere.contains(element) && !translator.isAssigned(path)) {
            return null;
        }
        if (var != null) {
            replace(node, Code.of(new Code.VarRef(var, captureDepth > 0, translator.isAssigned(path))));
            return null;
        }
        if (element == null
                || ((element.getKind().isClass() || element.getKind().isInterface())
                        && element.asType().getKind() == TypeKind.ERROR)) {
            JavaType.Named imported = translator.importedName(name);
            if (imported != null) {
                replace(node, Code.type(imported));
            }
            return null;
        }
        switch (element.getKind()) {
            case FIELD, METHOD, ENUM_CONSTANT -> translateMember(node, path, element);
            case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE -> {
                TypeElement type = (TypeElement) element;
                if (type.getNestingKind() == NestingKind.TOP_LEVEL
                        || type.getNestingKind() == NestingKind.MEMBER) {
                    replace(node, Code.type(TypeSpelling.named(type)));
                } else if (type.getNestingKind() == NestingKind.LOCAL) {
                    localClassUses.add(new Translation.LocalClassUse(node, type));
                }
            }
            default -> {
                // locals of lambdas and class bodies, type variables, packages: as written
            }
        }
        return null;
    }

    private void translateMember(IdentifierTree node, TreePath path, Element member) {
        Tree parent = path.getParentPath().getLeaf();
        // enum constants in case labels stay unqualified (javac 21+ wraps a label in a
        // CONSTANT_CASE_LABEL tree, a kind --release 17 cannot name); other constants are qualified
        // like any member, as the generated class does not see them unqualified
        if (member.getKind() == ElementKind.ENUM_CONSTANT
                && ((parent instanceof CaseTree caseTree && caseTree.getExpressions().contains(node))
                        || parent.getKind().name().equals("CONSTANT_CASE_LABEL"))) {
            return;
        }
        for (TypeElement local : localClasses) {
            if (translator.elements.getAllMembers(local).contains(member)) {
                return;
            }
        }
        TypeElement qualifier = translator.lexicalOwner(member);
        if (member.getModifiers().contains(Modifier.STATIC)) {
            TypeElement type = qualifier != null ? qualifier : (TypeElement) member.getEnclosingElement();
            replace(node, Code.of(new Code.TypeRef(TypeSpelling.named(type)), new Code.Text("." + node.getName())));
        } else if (qualifier == translator.holder && translator.hasReceiver) {
            // a record's component fields are private: read them through their accessors
            String access = translator.isRecordComponent(member) ? "." + node.getName() + "()" : "." + node.getName();
            replace(node, Code.of(new Code.ReceiverRef(), new Code.Text(access)));
        }
    }

    private boolean isLocalMember(TypeElement type) {
        for (TypeElement local : localClasses) {
            if (translator.elements.getAllMembers(local).contains(type)) {
                return true;
            }
        }
        return false;
    }
}
