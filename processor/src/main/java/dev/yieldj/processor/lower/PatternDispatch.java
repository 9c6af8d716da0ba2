package dev.yieldj.processor.lower;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.yieldj.processor.analysis.ManagedVariables;
import dev.yieldj.processor.analysis.PatternBindings;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The dispatch of a switch whose cases suspend, when only javac can pick the case as the template
 * means it: a switch with pattern labels or {@code case null}, or a switch expression without
 * {@code default} (what it throws when nothing matches depends on the release). javac itself picks
 * the case: a switch expression with the template's own labels and guards, in the
 * template's order, yields the index of the case that matches, so that first match, dominance,
 * guards, {@code case null}, the {@code NullPointerException} of a null without it and the
 * {@code MatchException} of an exhaustive switch that nothing matches are exactly javac's. The
 * arm that matches copies the case's pattern variables into their fields (the case's code may
 * run in later states); a plain switch on the index then enters the case's state.
 */
final class PatternDispatch {
    private final Lowering env;
    private final Locals locals;

    PatternDispatch(Lowering env) {
        this.env = env;
        this.locals = env.locals();
    }

    /** Emits the dispatch on {@code selector} to {@code entries}, one state per case of {@code cases}. */
    void emit(TreePath switchPath, Code selector, List<? extends CaseTree> cases, List<Integer> entries) {
        // javac keeps the selector's parentheses as a tree of their own
        boolean parenthesized = selectorTree(switchPath).getKind() == Tree.Kind.PARENTHESIZED;
        Code.Builder choose = parenthesized ? Code.builder().add("switch ").add(selector).add(" {")
                : Code.builder().add("switch (").add(selector).add(") {");
        for (int i = 0; i < cases.size(); i++) {
            choose.add("\n    ").add(arm(Lowering.child(switchPath, cases.get(i)), i));
        }
        LocalVar index = locals.newVar("caseIndex", Code.type(JavaType.Primitive.INT), LocalVar.Kind.SYNTHETIC);
        env.graph().emit(new Stmt.Assign(index, choose.add("\n}").build()));
        List<Stmt.Switch.Case> dispatch = new ArrayList<>();
        for (int i = 0; i < cases.size() - 1; i++) {
            dispatch.add(new Stmt.Switch.Case(List.of(Code.text(String.valueOf(i))), entries.get(i)));
        }
        // the index is always one of the cases': the last one needs no label of its own
        env.graph().emit(new Stmt.Switch(Code.var(index), dispatch, entries.get(cases.size() - 1)));
    }

    private static Tree selectorTree(TreePath switchPath) {
        return switchPath.getLeaf() instanceof SwitchTree statement ? statement.getExpression()
                : ((SwitchExpressionTree) switchPath.getLeaf()).getExpression();
    }

    /** {@code case <labels> when <guard> -> { <store pattern variables> yield <index>; }} */
    private Code arm(TreePath casePath, int index) {
        CaseHead head = CaseHead.of(casePath);
        Set<Element> bindings = new HashSet<>();
        List<PatternBindings.Stored> stored = new ArrayList<>();
        Code.Builder arm = Code.builder();
        for (int i = 0; i < head.labels().size(); i++) {
            TreePath label = head.labels().get(i);
            arm.add(i == 0 ? "" : ", ");
            if (CaseHead.isDefault(label)) {
                arm.add("default");
                continue;
            }
            arm.add(env.translateJumpFree(label));
            for (TreePath variable : PatternBindings.variables(label)) {
                Element element = env.trees().getElement(variable);
                if (element != null) {
                    bindings.add(element);
                    stored.add(new PatternBindings.Stored(element.getSimpleName().toString(), bind(element),
                            element.asType().getKind().isPrimitive()));
                }
            }
        }
        Code labels = arm.build();
        Code guard = guard(head, bindings);
        boolean onlyDefault = head.labels().size() == 1 && CaseHead.isDefault(head.labels().get(0));
        Code.Builder result = Code.builder().add(onlyDefault ? "" : "case ").add(labels);
        if (guard != null) {
            result.add(" when ").add(guard);
        }
        if (stored.isEmpty()) {
            return result.add(" -> " + index + ";").build();
        }
        result.add(" -> {");
        for (PatternBindings.Stored binding : stored) {
            result.add(" this.").add(Code.var(binding.var())).add(" = " + binding.name() + ";");
        }
        return result.add(" yield " + index + "; }").build();
    }

    /** The case's pattern variable, managed: the case's code may run in later states. */
    private LocalVar bind(Element element) {
        LocalVar var = locals.lookup(element);
        if (var == null) {
            var = locals.newVar(element.getSimpleName().toString(), env.spelling().typeCode(element.asType()),
                    LocalVar.Kind.BINDING);
            locals.manage(element, var);
        }
        return var;
    }

    /** The guard, reading the case's pattern variables themselves (they are stored only once it holds). */
    private Code guard(CaseHead head, Set<Element> bindings) {
        if (head.guard() == null) {
            return null;
        }
        if (env.yields().contains(head.guard().getLeaf())) {
            env.problems().report(head.guard().getLeaf(), Messages.YIELD_IN_GUARD.format());
            return Code.text("false");
        }
        ManagedVariables outsideTheCase = element -> bindings.contains(element) ? null : locals.lookup(element);
        return env.translateJumpFree(head.guard(), outsideTheCase);
    }
}
