package dev.yieldj.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.GeneratedTypes;
import dev.yieldj.processor.analysis.Reentry;
import dev.yieldj.processor.analysis.TemplateNames;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.analysis.TypeSpelling;
import dev.yieldj.processor.analysis.Yields;
import dev.yieldj.processor.check.BodyChecks;
import dev.yieldj.processor.check.Diagnostics;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.check.SupportedTrees;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.lower.Liveness;
import dev.yieldj.processor.lower.Lowerer;
import dev.yieldj.processor.lower.Renumbering;
import dev.yieldj.processor.lower.Simplifier;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import dev.yieldj.processor.model.TemplateReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Compiles one template's body, read when every generated type it may mention exists: checks it,
 * lowers it to a state machine, simplifies it and decides which locals live in fields. Errors are
 * reported at the body; a template with errors gives nothing.
 */
final class BodyCompiler {
    private final ProcessingEnvironment env;
    private final Trees trees;
    private final Diagnostics diagnostics;
    private final TemplateReader reader;
    private final MethodPaths paths;

    BodyCompiler(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics, TemplateReader reader,
            MethodPaths paths) {
        this.env = env;
        this.trees = trees;
        this.diagnostics = diagnostics;
        this.reader = reader;
        this.paths = paths;
    }

    /** A template lowered and ready to be written. */
    record Prepared(
            Template template,
            StateMachine machine,
            Set<String> names,
            Set<String> repeatedNames,
            Liveness liveness,
            Set<LocalVar> assignedParameters) {}

    Optional<Prepared> compile(ExecutableElement method, Template template) {
        TypeElement holder = (TypeElement) method.getEnclosingElement();
        VariableElement sink = reader.sink(method).orElseThrow();
        TreePath methodPath = paths.of(method);
        CompilationUnitTree unit = methodPath.getCompilationUnit();
        MethodTree methodTree = (MethodTree) methodPath.getLeaf();
        String sourceFile = template.sourceFile();
        TreePath body = new TreePath(methodPath, methodTree.getBody());
        attribute(body);
        if (namesAnUnresolvedSymbol(body)) {
            return Optional.empty(); // javac reports it; a copy in the generated class would only repeat it
        }
        int errorsBefore = diagnostics.errorCount();
        if (!passesChecks(body, unit, holder, method, sink)) {
            return Optional.empty();
        }
        CharSequence source;
        try {
            source = unit.getSourceFile().getCharContent(true);
        } catch (IOException e) {
            diagnostics.error(method, Messages.UNREADABLE_SOURCE.format(e.getMessage()));
            return Optional.empty();
        }
        Yields yields = Yields.of(trees, sink, body);
        Translator translator = new Translator(trees, env.getElementUtils(), unit, source, holder,
                !template.isStatic());
        String packageName = env.getElementUtils().getPackageOf(holder).getQualifiedName().toString();
        Lowerer.Input input = new Lowerer.Input(trees, env.getTypeUtils(), translator,
                new TypeSpelling(trees, env.getTypeUtils(), translator, packageName),
                new GeneratedTypes(trees, env.getElementUtils(), env.getTypeUtils(), translator, packageName, method,
                        sink), yields, sourceFile,
                (tree, message) -> diagnostics.error(tree, unit, message));
        Lowerer lowerer = new Lowerer(input, signature(method, sink, template), body);
        Set<LocalVar> assignedParameters = registerParameters(lowerer, method, sink, body);
        Lowerer.Lowered lowered = lowerer.lower(body);
        StateMachine machine = Renumbering.inSourceOrder(Simplifier.simplify(lowered.machine()));
        Liveness liveness = Liveness.of(machine);
        Set<LocalVar> fields = liveness.outlivingAState();
        for (Map.Entry<LocalVar, TypeSpelling.Unnameable> entry : lowered.unnameable().entrySet()) {
            if (fields.contains(entry.getKey())) {
                if (entry.getValue().problem() == null) {
                    return Optional.empty(); // reported already: by javac, or by AnonymousVars
                }
                diagnostics.error(entry.getValue().declaration(), unit, entry.getValue().problem());
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Map<String, Integer> declarations = TemplateNames.declarationCounts(body);
        Template read = template.alsoSuppressing(lowered.suppressedWarnings())
                .runningOtherCode(Reentry.possible(trees, yields, body));
        return Optional.of(new Prepared(read, machine,
                templateNames(method, declarations), repeatedNames(declarations), liveness, assignedParameters));
    }

    /** Makes the parameters but the sink managed variables; returns those the body assigns. */
    private Set<LocalVar> registerParameters(Lowerer lowerer, ExecutableElement method, VariableElement sink,
            TreePath body) {
        Set<Element> assigned = TemplateNames.assignedVariables(trees, body);
        Set<LocalVar> assignedParameters = new HashSet<>();
        for (VariableElement parameter : method.getParameters()) {
            if (!parameter.equals(sink)) {
                LocalVar var = lowerer.parameter(parameter);
                if (assigned.contains(parameter)) {
                    assignedParameters.add(var);
                }
            }
        }
        return assignedParameters;
    }

    /** Every name the template declares: its parameters, locals, classes, labels. */
    private static Set<String> templateNames(ExecutableElement method, Map<String, Integer> declarations) {
        Set<String> names = new HashSet<>(declarations.keySet());
        for (VariableElement parameter : method.getParameters()) {
            names.add(parameter.getSimpleName().toString());
        }
        return names;
    }

    /** The names the template declares more than once (in sibling scopes). */
    private static Set<String> repeatedNames(Map<String, Integer> declarations) {
        Set<String> repeated = new HashSet<>();
        declarations.forEach((name, count) -> {
            if (count > 1) {
                repeated.add(name);
            }
        });
        return repeated;
    }

    /** Runs the checks of what a body may contain; false when one reported an error. */
    private boolean passesChecks(TreePath body, CompilationUnitTree unit, TypeElement holder, ExecutableElement method,
            VariableElement sink) {
        int errorsBefore = diagnostics.errorCount();
        SupportedTrees.check(body, unit, diagnostics);
        if (diagnostics.errorCount() > errorsBefore) {
            return false;
        }
        new BodyChecks(trees, env.getElementUtils(), unit, holder, method, sink, diagnostics).check(body);
        return diagnostics.errorCount() == errorsBefore;
    }

    /** The template's signature in the lowering's terms. */
    private static Lowerer.Signature signature(ExecutableElement method, VariableElement sink, Template template) {
        JavaType returnType = method.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID
                ? null
                : TypeSpelling.of(method.getReturnType());
        JavaType sentType = template.sink() == SinkKind.COROUTINE
                ? TypeSpelling.of(((javax.lang.model.type.DeclaredType) sink.asType()).getTypeArguments().get(1))
                : null;
        JavaType.Primitive primitive = template.sink().isPrimitive()
                ? new JavaType.Primitive(template.sink().primitive().toString())
                : null;
        return new Lowerer.Signature(returnType, sentType, primitive);
    }

    /** Whether the attributed body names something that does not resolve. */
    private boolean namesAnUnresolvedSymbol(TreePath body) {
        boolean[] unresolved = {false};
        new com.sun.source.util.TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(com.sun.source.tree.IdentifierTree node, Void unused) {
                Element element = trees.getElement(getCurrentPath());
                unresolved[0] |= element == null || (element.getKind().isClass()
                        && element.asType().getKind() == javax.lang.model.type.TypeKind.ERROR);
                return null;
            }
        }.scan(body, null);
        return unresolved[0];
    }

    /**
     * Makes javac attribute the body now, so that its trees carry symbols and types. Asking for the
     * element of a tree that has none (the block) makes javac attribute the class around it, once
     * per class and in place; {@code getScope} would attribute a throw-away copy of the body on each
     * call, and the trees read later would still need the class attributed.
     */
    private void attribute(TreePath body) {
        trees.getElement(body);
    }
}
