package dev.yieldj.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Code;
import dev.yieldj.processor.analysis.GeneratedTypes;
import dev.yieldj.processor.analysis.LocalVar;
import dev.yieldj.processor.analysis.TemplateNames;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.analysis.Yields;
import dev.yieldj.processor.check.BodyChecks;
import dev.yieldj.processor.check.Diagnostics;
import dev.yieldj.processor.check.VarLocals;
import dev.yieldj.processor.emit.GeneratorClassWriter;
import dev.yieldj.processor.emit.MachineBase;
import dev.yieldj.processor.lower.Liveness;
import dev.yieldj.processor.lower.Lowerer;
import dev.yieldj.processor.lower.Simplifier;
import dev.yieldj.processor.lower.StateMachine;
import dev.yieldj.processor.model.Template;
import dev.yieldj.processor.model.TemplateReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Runs the passes for the templates of one round: read the declaration (model), check the body
 * (check), lower it (analysis, lower), write the class (emit). One file per template holder; a
 * template with errors produces nothing.
 */
final class GeneratorCompiler {
    /** The processor option that adds an internal failure's stack trace, as a note. */
    static final String DEBUG_OPTION = "yieldj.debug";

    private final ProcessingEnvironment env;
    private final Trees trees;
    private final Diagnostics diagnostics;
    private final TemplateReader reader;
    /** Holders waiting for names in their templates to resolve in a later round. */
    private final Set<String> deferred = new java.util.LinkedHashSet<>();

    private GeneratorCompiler(ProcessingEnvironment env, Trees trees) {
        this.env = env;
        this.trees = trees;
        this.diagnostics = new Diagnostics(env.getMessager(), trees);
        this.reader = new TemplateReader(env.getElementUtils(), diagnostics);
    }

    /** A compiler for {@code env}, or null when the compiler is not javac. */
    static GeneratorCompiler create(ProcessingEnvironment env) {
        try {
            return new GeneratorCompiler(env, Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return null;
        }
    }

    /**
     * Compiles the templates annotated in this round, and those deferred from earlier rounds. A
     * holder whose template bodies name what does not resolve (yet) waits for a later round, as the
     * name may be a type another processor generates; if it still does not resolve when processing
     * is over, nothing is generated for it and javac's own error stands alone.
     */
    void compile(Set<? extends Element> annotated, boolean processingOver) {
        Map<TypeElement, List<ExecutableElement>> byHolder = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement holder = env.getElementUtils().getTypeElement(name);
            if (holder != null) {
                byHolder.put(holder, new ArrayList<>());
                for (Element member : holder.getEnclosedElements()) {
                    if (member.getKind() == ElementKind.METHOD && isTemplate(member)) {
                        byHolder.get(holder).add((ExecutableElement) member);
                    }
                }
            }
        }
        deferred.clear();
        for (Element element : annotated) {
            if (element.getKind() != ElementKind.METHOD) {
                continue;
            }
            List<ExecutableElement> methods = byHolder.computeIfAbsent(
                    (TypeElement) element.getEnclosingElement(), k -> new ArrayList<>());
            if (!methods.contains(element)) {
                methods.add((ExecutableElement) element);
            }
        }
        for (Map.Entry<TypeElement, List<ExecutableElement>> entry : byHolder.entrySet()) {
            if (hasUnresolvedNames(entry.getValue())) {
                if (!processingOver) {
                    deferred.add(entry.getKey().getQualifiedName().toString());
                }
                continue;
            }
            compileHolder(entry.getKey(), entry.getValue());
        }
    }

    private static boolean isTemplate(Element method) {
        for (var annotation : method.getAnnotationMirrors()) {
            if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(GeneratorProcessor.ANNOTATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a template body names something that does not resolve, other than the classes
     * yieldj generates ({@code ...Generators}), which appear only once this round's output exists.
     */
    private boolean hasUnresolvedNames(List<ExecutableElement> methods) {
        for (ExecutableElement method : methods) {
            TreePath path = trees.getPath(method);
            if (path == null || ((MethodTree) path.getLeaf()).getBody() == null) {
                continue;
            }
            TreePath body = new TreePath(path, ((MethodTree) path.getLeaf()).getBody());
            attribute(body);
            boolean[] unresolved = {false};
            new com.sun.source.util.TreePathScanner<Void, Void>() {
                @Override
                public Void visitIdentifier(com.sun.source.tree.IdentifierTree node, Void unused) {
                    Element element = trees.getElement(getCurrentPath());
                    boolean error = element == null
                            || (element.getKind().isClass() && element.asType().getKind() == javax.lang.model.type.TypeKind.ERROR);
                    if (error && !node.getName().toString().endsWith("Generators")) {
                        unresolved[0] = true;
                    }
                    return null;
                }
            }.scan(body, null);
            if (unresolved[0]) {
                return true;
            }
        }
        return false;
    }

    private void compileHolder(TypeElement holder, List<ExecutableElement> methods) {
        ClassName outer = generatedName(holder);
        if (env.getElementUtils().getTypeElement(outer.canonicalName()) != null) {
            diagnostics.error(holder, "yieldj generates " + outer.canonicalName() + " for the @Generator methods of "
                    + holder.getSimpleName() + ", but a type of that name already exists: rename it");
            return;
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(outer)
                .addModifiers(javax.lang.model.element.Modifier.PUBLIC, javax.lang.model.element.Modifier.FINAL);
        type
                .addJavadoc("Generators for the {@code @Generator} templates of {@link $T}.\n", ClassName.get(holder))
                .addOriginatingElement(holder)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(javax.lang.model.element.Modifier.PRIVATE)
                        .build());
        if (readsJavaCompiler(holder)) {
            type.addAnnotation(AnnotationSpec.builder(Generated.class)
                    .addMember("value", "$S", GeneratorProcessor.class.getName())
                    .build());
        } else {
            type.addJavadoc("\n<p>Generated by {@code $L}; without {@code @Generated}, which this module cannot see"
                    + " (it does not read java.compiler).\n", GeneratorProcessor.class.getName());
        }
        java.util.Set<Long> rejectedVars = VarLocals.check(trees, holder, diagnostics);
        List<Prepared> prepared = new ArrayList<>();
        Set<String> fileNames = new HashSet<>();
        Set<String> classNames = new HashSet<>();
        for (ExecutableElement method : methods) {
            classNames.add(capitalize(method.getSimpleName().toString()));
        }
        Set<String> allocated = new HashSet<>();
        for (ExecutableElement method : methods) {
            String base = capitalize(method.getSimpleName().toString());
            if (base.equals(outer.simpleName())) {
                diagnostics.error(method, "the generator class for " + method.getSimpleName() + " would be named "
                        + base + ", which clashes with the generated class " + outer.simpleName()
                        + " that holds it: rename the method");
                continue;
            }
            // an overload takes the next free numbered name, never one another template is named
            String className = base;
            for (int suffix = 2; allocated.contains(className)
                    || (!className.equals(base) && classNames.contains(className)); suffix++) {
                className = base + suffix;
            }
            allocated.add(className);
            if (containsAny(method, rejectedVars)) {
                continue; // its var locals are reported; nothing is generated for it
            }
            try {
                compileTemplate(method, className).ifPresent(p -> {
                    prepared.add(p);
                    fileNames.addAll(p.names());
                });
            } catch (RuntimeException | StackOverflowError bug) {
                diagnostics.error(method, "yieldj failed on this @Generator method, an internal error: " + bug
                        + ". Please report it with the method's source (compile with -A" + DEBUG_OPTION
                        + " to see where it failed).");
                if (env.getOptions().containsKey(DEBUG_OPTION)) {
                    StringWriter trace = new StringWriter();
                    bug.printStackTrace(new PrintWriter(trace));
                    env.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, trace.toString());
                }
            }
        }
        if (prepared.isEmpty()) {
            return;
        }
        fileNames.addAll(allocated);
        MachineBase base = new MachineBase(outer, fileNames);
        type.addType(base.type());
        for (Prepared p : prepared) {
            GeneratorClassWriter writer = new GeneratorClassWriter(
                    p.template(), p.machine(), outer, base, p.names(), p.repeatedNames(), p.fields(),
                    p.assignedParameters());
            type.addMethod(writer.factory());
            type.addType(writer.type());
        }
        JavaFile file = JavaFile.builder(outer.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        try {
            file.writeTo(env.getFiler());
        } catch (IOException e) {
            diagnostics.error(holder, "yieldj could not write " + outer.canonicalName() + ": " + e.getMessage());
        }
    }

    /**
     * Whether the holder's module can see {@code javax.annotation.processing.Generated}: any class
     * path code can; a named module only if it reads {@code java.compiler}.
     */
    private boolean readsJavaCompiler(TypeElement holder) {
        javax.lang.model.element.ModuleElement module = env.getElementUtils().getModuleOf(holder);
        if (module == null || module.isUnnamed()) {
            return true;
        }
        for (javax.lang.model.element.ModuleElement.Directive directive : module.getDirectives()) {
            if (directive instanceof javax.lang.model.element.ModuleElement.RequiresDirective requires) {
                String name = requires.getDependency().getQualifiedName().toString();
                if (name.equals("java.compiler") || name.equals("java.se")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the source of {@code method} contains one of {@code positions}. */
    private boolean containsAny(ExecutableElement method, java.util.Set<Long> positions) {
        TreePath path = trees.getPath(method);
        if (path == null || positions.isEmpty()) {
            return false;
        }
        long start = trees.getSourcePositions().getStartPosition(path.getCompilationUnit(), path.getLeaf());
        long end = trees.getSourcePositions().getEndPosition(path.getCompilationUnit(), path.getLeaf());
        for (long position : positions) {
            if (position >= start && position < end) {
                return true;
            }
        }
        return false;
    }

    /** A template lowered and ready to be written. */
    private record Prepared(
            Template template,
            StateMachine machine,
            Set<String> names,
            Set<String> repeatedNames,
            Set<LocalVar> fields,
            Set<LocalVar> assignedParameters) {}

    private Optional<Prepared> compileTemplate(ExecutableElement method, String className) {
        TypeElement holder = (TypeElement) method.getEnclosingElement();
        Optional<VariableElement> sink = reader.sink(method);
        if (sink.isEmpty()) {
            return Optional.empty();
        }
        TreePath methodPath = trees.getPath(method);
        if (methodPath == null) {
            diagnostics.error(method, "yieldj needs the source of this @Generator method; it was compiled from a"
                    + " class file");
            return Optional.empty();
        }
        CompilationUnitTree unit = methodPath.getCompilationUnit();
        MethodTree methodTree = (MethodTree) methodPath.getLeaf();
        if (methodTree.getBody() == null) {
            reader.read(method, sink.get(), className, "", 0);
            return Optional.empty();
        }
        String sourceFile = simpleFileName(unit);
        long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, methodTree));
        Optional<Template> read = reader.read(method, sink.get(), className, sourceFile, line);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Template template = read.get();
        TreePath body = new TreePath(methodPath, methodTree.getBody());
        attribute(body);
        int errorsBefore = diagnostics.errorCount();
        new BodyChecks(trees, env.getElementUtils(), unit, holder, method, sink.get(), diagnostics).check(body);
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        CharSequence source;
        try {
            source = unit.getSourceFile().getCharContent(true);
        } catch (IOException e) {
            diagnostics.error(method, "yieldj could not read the source of this method: " + e.getMessage());
            return Optional.empty();
        }
        Yields yields = Yields.of(trees, sink.get(), body);
        Map<Element, LocalVar> managed = new HashMap<>();
        Translator translator = new Translator(trees, env.getElementUtils(), unit, source, holder,
                !template.isStatic(), managed);
        PackageElement pkg = env.getElementUtils().getPackageOf(holder);
        Lowerer lowerer = new Lowerer(trees, env.getTypeUtils(), translator,
                new GeneratedTypes(trees, env.getElementUtils(), translator, pkg.getQualifiedName().toString()), yields, managed,
                template.returnType() == null ? null : Code.type(template.returnType()),
                template.sentType() == null ? null : Code.type(template.sentType()),
                template.sink().primitive(),
                sourceFile, pkg.getQualifiedName().toString(),
                (tree, message) -> diagnostics.error(tree, unit, message));
        Set<Element> assigned = TemplateNames.assignedVariables(trees, body);
        Set<LocalVar> assignedParameters = new HashSet<>();
        for (VariableElement parameter : method.getParameters()) {
            if (!parameter.equals(sink.get())) {
                LocalVar var = lowerer.parameter(parameter);
                if (assigned.contains(parameter)) {
                    assignedParameters.add(var);
                }
            }
        }
        StateMachine machine = Simplifier.simplify(lowerer.lower(body));
        Set<LocalVar> fields = Liveness.fields(machine);
        for (Map.Entry<LocalVar, Lowerer.Unnameable> entry : lowerer.unnameable().entrySet()) {
            if (fields.contains(entry.getKey())) {
                if (entry.getValue().problem() == null) {
                    return Optional.empty(); // javac and VarLocals report it
                }
                diagnostics.error(entry.getValue().declaration(), unit, entry.getValue().problem());
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Map<String, Integer> declarations = TemplateNames.declarationCounts(body);
        Set<String> names = new HashSet<>(declarations.keySet());
        Set<String> repeated = new HashSet<>();
        declarations.forEach((name, count) -> {
            if (count > 1) {
                repeated.add(name);
            }
        });
        for (VariableElement parameter : method.getParameters()) {
            names.add(parameter.getSimpleName().toString());
        }
        return Optional.of(new Prepared(template.alsoSuppressing(lowerer.suppressedWarnings()), machine, names,
                repeated, fields, assignedParameters));
    }

    /** Makes javac attribute the body now, so that its trees carry symbols and types. */
    private void attribute(TreePath body) {
        trees.getScope(body);
        var statements = ((com.sun.source.tree.BlockTree) body.getLeaf()).getStatements();
        if (!statements.isEmpty()) {
            trees.getScope(new TreePath(body, statements.get(statements.size() - 1)));
        }
    }

    private static String simpleFileName(CompilationUnitTree unit) {
        String name = unit.getSourceFile().getName();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** {@code com.acme.NumbersGenerators}, or {@code Outer_InnerGenerators} for nested types. */
    static ClassName generatedName(TypeElement holder) {
        ClassName name = ClassName.get(holder);
        return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "Generators");
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
