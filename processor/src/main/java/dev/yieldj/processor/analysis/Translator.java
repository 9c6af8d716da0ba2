package dev.yieldj.processor.analysis;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Translates template source into {@link Code}: the text as written, with every name whose meaning
 * would change inside the generated class made explicit — managed variables symbolic, types
 * imported, unqualified members of the template's type qualified by that type or the receiver,
 * {@code this} replaced by the receiver — and jumps that leave the translated statement handed to
 * the lowering. Each translation returns the local classes it names with its code, since only the
 * lowering knows the state the code lands in.
 */
public final class Translator {

    /** Decides what a jump leaving the translated tree becomes. */
    public interface Escapes {
        /**
         * Code replacing {@code jump} (a break, continue, return or switch-expression yield);
         * {@code throughFinally} when it leaves a copied {@code try} with a {@code finally} block or
         * resources on its way.
         */
        Translation escape(TreePath jump, boolean throughFinally);
    }

    final Trees trees;
    final Elements elements;
    private final CompilationUnitTree unit;
    private final CharSequence source;
    private final SourcePositions positions;
    final TypeElement holder;
    final boolean hasReceiver;
    private final SynthesizedTrees synthesized;

    public Translator(
            Trees trees,
            Elements elements,
            CompilationUnitTree unit,
            CharSequence source,
            TypeElement holder,
            boolean hasReceiver) {
        this.trees = trees;
        this.elements = elements;
        this.unit = unit;
        this.source = source;
        this.positions = trees.getSourcePositions();
        this.holder = holder;
        this.hasReceiver = hasReceiver;
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

    /** The source text between two trees (an operator, say). */
    public String between(Tree before, Tree after) {
        return source.subSequence((int) end(before), (int) start(after)).toString();
    }

    /**
     * Translates the tree at {@code path}, naming the variables {@code managed} has as managed;
     * jumps leaving it go through {@code escapes}. The source text is copied with the edits
     * applied; nodes without text of their own (added by another processor) are printed from
     * their structure.
     */
    public Translation translate(TreePath path, ManagedVariables managed, Escapes escapes) {
        Tree root = path.getLeaf();
        NameEdits names = new NameEdits(this, root, managed, escapes, bindingsDeclaredIn(path));
        names.scan(path, null);
        List<Edit> edits = names.edits();
        Code code = synthesized.hasText(root) ? copied(root, edits) : printed(root, edits);
        return new Translation(code, names.localClassUses());
    }

    /** {@code root}, which has no source text of its own, printed with the edits applied. */
    private Code printed(Tree root, List<Edit> edits) {
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
    public Translation translate(TreePath path, ManagedVariables managed) {
        return translate(
                path,
                managed,
                (jump, throughFinally) -> {
                    throw new IllegalStateException("jump in an expression: " + jump.getLeaf());
                });
    }

    /** A replacement of {@code tree} (or, when {@code prefix}, code inserted before it) at its span. */
    record Edit(Tree tree, long start, long end, Code replacement, boolean prefix) {}

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

    boolean isRecordComponent(Element element) {
        return Records.isComponentField(element, holder);
    }

    /** Whether the identifier at {@code path} is the variable an assignment writes. */
    static boolean isAssigned(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        return parent instanceof com.sun.source.tree.AssignmentTree assignment
                && assignment.getVariable() == path.getLeaf();
    }

    /** The template's type, or the innermost type enclosing it, that has {@code member}. */
    TypeElement lexicalOwner(Element member) {
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
