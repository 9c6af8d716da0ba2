package dev.yieldj.processor.analysis;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Translates template source into {@link Code}: the text as written, with every name whose meaning
 * would change inside the generated class made explicit — managed variables symbolic, types
 * imported, unqualified members of the template's type qualified by that type or the receiver,
 * {@code this} replaced by the receiver — and jumps that leave the translated statement handed to
 * the lowering.
 */
public final class Translator {

    /** Decides what a jump leaving the translated tree becomes. */
    public interface Escapes {
        /**
         * Code replacing {@code jump} (a break, continue, return or switch-expression yield);
         * {@code throughFinally} when it leaves a copied {@code try} with a {@code finally} block or
         * resources on its way.
         */
        Code escape(TreePath jump, boolean throughFinally);
    }

    private final Trees trees;
    private final Elements elements;
    private final CompilationUnitTree unit;
    private final CharSequence source;
    private final SourcePositions positions;
    private final TypeElement holder;
    private final boolean hasReceiver;
    private final Map<Element, LocalVar> managed;
    private final SynthesizedTrees synthesized;
    private java.util.function.BiConsumer<Tree, TypeElement> localClassUses = (tree, type) -> {};

    public Translator(
            Trees trees,
            Elements elements,
            CompilationUnitTree unit,
            CharSequence source,
            TypeElement holder,
            boolean hasReceiver,
            Map<Element, LocalVar> managed) {
        this.trees = trees;
        this.elements = elements;
        this.unit = unit;
        this.source = source;
        this.positions = trees.getSourcePositions();
        this.holder = holder;
        this.hasReceiver = hasReceiver;
        this.managed = managed;
        this.synthesized = new SynthesizedTrees(new SynthesizedTrees.Spans() {
            @Override
            public long start(Tree tree) {
                return Translator.this.start(tree);
            }

            @Override
            public long end(Tree tree) {
                return Translator.this.end(tree);
            }
        }, source);
    }

    public long start(Tree tree) {
        return positions.getStartPosition(unit, tree);
    }

    public long end(Tree tree) {
        return positions.getEndPosition(unit, tree);
    }

    /** The line of {@code tree} in the template's source file. */
    public long line(Tree tree) {
        return unit.getLineMap().getLineNumber(start(tree));
    }

    /** The source text of {@code tree}, untranslated. */
    public String rawText(Tree tree) {
        return source.subSequence((int) start(tree), (int) end(tree)).toString();
    }

    /** Tells {@code listener} of every use of a local class in translated code. */
    public void onLocalClassUse(java.util.function.BiConsumer<Tree, TypeElement> listener) {
        this.localClassUses = listener;
    }

    /** The source text between two trees (an operator, say). */
    public String between(Tree before, Tree after) {
        return source.subSequence((int) end(before), (int) start(after)).toString();
    }

    /**
     * Translates the tree at {@code path}; jumps leaving it go through {@code escapes}. The source
     * text is copied with the edits applied; nodes without text of their own (added by another
     * processor) are printed from their structure.
     */
    public Code translate(TreePath path, Escapes escapes) {
        Tree root = path.getLeaf();
        List<Edit> edits = new ArrayList<>();
        new EditFinder(root, escapes, edits, bindingsDeclaredIn(path)).scan(path, null);
        if (synthesized.hasText(root)) {
            return copied(root, edits);
        }
        Map<Tree, Code> replacements = new IdentityHashMap<>();
        Map<Tree, Code> prefixes = new IdentityHashMap<>();
        for (Edit edit : edits) {
            (edit.prefix() ? prefixes : replacements).put(edit.tree(), edit.replacement());
        }
        return synthesized.print(root, replacements, prefixes, subtree -> copied(subtree, edits));
    }

    /** The source text of {@code tree}, with the edits that lie inside it. */
    private Code copied(Tree tree, List<Edit> edits) {
        long from = start(tree);
        long to = end(tree);
        List<Edit> inside = new ArrayList<>();
        for (Edit edit : edits) {
            if (edit.start() >= from && edit.end() <= to && synthesized.hasText(edit.tree())) {
                inside.add(edit);
            }
        }
        inside.sort(Comparator.comparingLong(Edit::start));
        Code.Builder code = Code.builder();
        long at = from;
        for (Edit edit : inside) {
            if (edit.start() < at) {
                continue;
            }
            code.add(source.subSequence((int) at, (int) edit.start()).toString());
            code.add(edit.replacement());
            at = edit.end();
        }
        code.add(source.subSequence((int) at, (int) to).toString());
        return outdented(code.build(), lineIndentation(from));
    }

    /** The leading white space of the source line that contains {@code position}. */
    private long lineIndentation(long position) {
        long lineStart = unit.getLineMap().getStartPosition(unit.getLineMap().getLineNumber(position));
        long at = lineStart;
        while (at < position && (source.charAt((int) at) == ' ' || source.charAt((int) at) == '\t')) {
            at++;
        }
        return at - lineStart;
    }

    /** Removes the template's indentation from continuation lines; the emitter indents anew. */
    private static Code outdented(Code code, long indentation) {
        if (indentation <= 0) {
            return code;
        }
        java.util.regex.Pattern margin = java.util.regex.Pattern.compile("\n[ \t]{0," + indentation + "}");
        Code.Builder builder = Code.builder();
        for (Code.Piece piece : code.pieces()) {
            builder.add(piece instanceof Code.Text text
                    ? new Code.Text(margin.matcher(text.text()).replaceAll("\n"))
                    : piece);
        }
        return builder.build();
    }

    /** Translates an expression or type that contains no jumps. */
    public Code translate(TreePath path) {
        return translate(
                path,
                (jump, throughFinally) -> {
                    throw new IllegalStateException("jump in an expression: " + jump.getLeaf());
                });
    }

    /** A replacement of {@code tree} (or, when {@code prefix}, code inserted before it) at its span. */
    private record Edit(Tree tree, long start, long end, Code replacement, boolean prefix) {}

    /** Finds the names to translate and the jumps that leave the root. */
    private final class EditFinder extends TreePathScanner<Void, Void> {
        private final Escapes escapes;
        private final List<Edit> edits;
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

        EditFinder(Tree root, Escapes escapes, List<Edit> edits, Set<Element> bindingsDeclaredHere) {
            this.escapes = escapes;
            this.edits = edits;
            this.bindingsDeclaredHere = bindingsDeclaredHere;
            noteTarget(root); // scanning from a path visits the root without scan(Tree)
        }

        private void replace(Tree tree, Code replacement) {
            long from = start(tree);
            // an identifier is exactly its name (javac may extend its end over a following ';')
            long to = tree instanceof IdentifierTree identifier ? from + identifier.getName().length() : end(tree);
            edits.add(new Edit(tree, from, to, replacement, false));
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
            Element element = trees.getElement(getCurrentPath());
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
                replace(node, escapes.escape(getCurrentPath(), guardingTries > 0));
            }
            return null;
        }

        @Override
        public Void visitContinue(ContinueTree node, Void unused) {
            if (captureDepth == 0 && !innerTargets.contains(Jumps.target(getCurrentPath()))) {
                replace(node, escapes.escape(getCurrentPath(), guardingTries > 0));
            }
            return null;
        }

        @Override
        public Void visitYield(YieldTree node, Void unused) {
            if (captureDepth == 0 && !innerTargets.contains(Jumps.target(getCurrentPath()))) {
                replace(node, escapes.escape(getCurrentPath(), guardingTries > 0));
                return null;
            }
            return super.visitYield(node, unused);
        }

        @Override
        public Void visitReturn(ReturnTree node, Void unused) {
            if (captureDepth == 0) {
                replace(node, escapes.escape(getCurrentPath(), guardingTries > 0));
                return null;
            }
            return super.visitReturn(node, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            Element selected = trees.getElement(getCurrentPath());
            if (hasReceiver && isRecordComponent(selected)
                    && node.getExpression() instanceof IdentifierTree qualifier
                    && qualifier.getName().contentEquals("this") && localClasses.isEmpty()) {
                replace(node, Code.of(new Code.ReceiverRef(), new Code.Text("." + node.getIdentifier() + "()")));
                return null;
            }
            if (selected != null && selected.getEnclosingElement() instanceof TypeElement record
                    && Records.isComponentField(selected, record) && localClasses.isEmpty()
                    && !(node.getExpression() instanceof IdentifierTree self && self.getName().contentEquals("this"))
                    && !isAssigned(getCurrentPath())) {
                // a record's component fields are private: the generated class reads them through the accessor
                Code qualifier = translate(new TreePath(getCurrentPath(), node.getExpression()), escapes);
                replace(node, qualifier.then("." + node.getIdentifier() + "()"));
                return null;
            }
            if (node.getIdentifier().contentEquals("this")) {
                Element outer = trees.getElement(new TreePath(getCurrentPath(), node.getExpression()));
                if (hasReceiver && holder.equals(outer)) {
                    replace(node, Code.of(new Code.ReceiverRef()));
                }
                return null;
            }
            return super.visitMemberSelect(node, unused);
        }

        @Override
        public Void visitInstanceOf(InstanceOfTree node, Void unused) {
            if (captureDepth == 0 && node.getPattern() instanceof BindingPatternTree binding) {
                TreePath patternPath = new TreePath(getCurrentPath(), binding);
                TreePath variablePath = new TreePath(patternPath, binding.getVariable());
                LocalVar var = managed.get(trees.getElement(variablePath));
                if (var != null) {
                    // the pattern variable outlives the condition's state: copy it into its field
                    String name = binding.getVariable().getName().toString();
                    Code expression = translate(new TreePath(getCurrentPath(), node.getExpression()), escapes);
                    Code type = translate(new TreePath(variablePath, binding.getVariable().getType()), escapes);
                    replace(node, Code.text("(").then(expression, " instanceof ", type, " " + name + " && (this.",
                            Code.var(var), " = " + name + ") == " + name + ")"));
                    return null;
                }
            }
            return super.visitInstanceOf(node, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            if (hasReceiver && node.getEnclosingExpression() == null) {
                Element created = trees.getElement(new TreePath(getCurrentPath(), node.getIdentifier()));
                if (created instanceof TypeElement type
                        && type.getNestingKind() == NestingKind.MEMBER
                        && !type.getModifiers().contains(Modifier.STATIC)
                        && type.getKind() == ElementKind.CLASS
                        && !isLocalMember(type)) {
                    long at = start(node);
                    edits.add(new Edit(node, at, at, Code.of(new Code.ReceiverRef(), new Code.Text(".")), true));
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
                if (hasReceiver && localClasses.isEmpty()) {
                    replace(node, Code.of(new Code.ReceiverRef()));
                }
                return null;
            }
            if (name.equals("super")) {
                return null;
            }
            Element element = trees.getElement(path);
            LocalVar var = element == null ? null : managed.get(element);
            if (var != null && bindingsDeclaredHere.contains(element) && !isAssigned(path)) {
                return null;
            }
            if (var != null) {
                replace(node, Code.of(new Code.VarRef(var, captureDepth > 0, isAssigned(path))));
                return null;
            }
            if (element == null
                    || ((element.getKind().isClass() || element.getKind().isInterface())
                            && element.asType().getKind() == TypeKind.ERROR)) {
                JavaType.Named imported = importedName(name);
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
                        localClassUses.accept(node, type);
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
                if (elements.getAllMembers(local).contains(member)) {
                    return;
                }
            }
            TypeElement qualifier = lexicalOwner(member);
            if (member.getModifiers().contains(Modifier.STATIC)) {
                TypeElement type = qualifier != null ? qualifier : (TypeElement) member.getEnclosingElement();
                replace(node, Code.of(new Code.TypeRef(TypeSpelling.named(type)), new Code.Text("." + node.getName())));
            } else if (qualifier == holder && hasReceiver) {
                // a record's component fields are private: read them through their accessors
                String access = isRecordComponent(member) ? "." + node.getName() + "()" : "." + node.getName();
                replace(node, Code.of(new Code.ReceiverRef(), new Code.Text(access)));
            }
        }

        private boolean isLocalMember(TypeElement type) {
            for (TypeElement local : localClasses) {
                if (elements.getAllMembers(local).contains(type)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The pattern variables of the instanceof patterns in the code at {@code path} (not in lambdas or classes). */
    private Set<Element> bindingsDeclaredIn(TreePath path) {
        Set<Element> declared = new HashSet<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitBindingPattern(BindingPatternTree node, Void unused) {
                Element element = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
                if (element != null) {
                    declared.add(element);
                }
                return super.visitBindingPattern(node, unused);
            }
        }.scan(path, null);
        return declared;
    }

    private boolean isRecordComponent(Element element) {
        return Records.isComponentField(element, holder);
    }

    /** Whether the identifier at {@code path} is the variable an assignment writes. */
    private static boolean isAssigned(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        return parent instanceof com.sun.source.tree.AssignmentTree assignment
                && assignment.getVariable() == path.getLeaf();
    }

    /** The template's type, or the innermost type enclosing it, that has {@code member}. */
    private TypeElement lexicalOwner(Element member) {
        for (Element type = holder; type != null; type = type.getEnclosingElement()) {
            if (type instanceof TypeElement typeElement
                    && elements.getAllMembers(typeElement).contains(member)) {
                return typeElement;
            }
            if (!(type instanceof TypeElement)) {
                break;
            }
        }
        return null;
    }

    /** A type the template imports by {@code simpleName}, for names that do not resolve yet. */
    public JavaType.Named importedName(String simpleName) {
        for (ImportTree imported : unit.getImports()) {
            if (imported.isStatic()) {
                continue;
            }
            String qualified = imported.getQualifiedIdentifier().toString();
            if (qualified.endsWith("." + simpleName)) {
                return JavaType.Named.bestGuess(qualified);
            }
        }
        return null;
    }
}
