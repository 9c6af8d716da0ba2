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
import dev.yieldj.processor.analysis.LocalVar;
import dev.yieldj.processor.analysis.TemplateNames;
import dev.yieldj.processor.analysis.Translator;
import dev.yieldj.processor.analysis.Yields;
import dev.yieldj.processor.check.BodyChecks;
import dev.yieldj.processor.check.Diagnostics;
import dev.yieldj.processor.emit.GeneratorClassWriter;
import dev.yieldj.processor.emit.MachineBase;
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
    private final ProcessingEnvironment env;
    private final Trees trees;
    private final Diagnostics diagnostics;
    private final TemplateReader reader;

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

    void compile(Set<? extends Element> annotated) {
        Map<TypeElement, List<ExecutableElement>> byHolder = new LinkedHashMap<>();
        for (Element element : annotated) {
            if (element.getKind() != ElementKind.METHOD) {
                continue;
            }
            byHolder.computeIfAbsent((TypeElement) element.getEnclosingElement(), k -> new ArrayList<>())
                    .add((ExecutableElement) element);
        }
        for (Map.Entry<TypeElement, List<ExecutableElement>> entry : byHolder.entrySet()) {
            compileHolder(entry.getKey(), entry.getValue());
        }
    }

    private void compileHolder(TypeElement holder, List<ExecutableElement> methods) {
        ClassName outer = generatedName(holder);
        if (env.getElementUtils().getTypeElement(outer.canonicalName()) != null) {
            diagnostics.error(holder, "yieldj generates " + outer.canonicalName() + " for the @Generator methods of "
                    + holder.getSimpleName() + ", but a type of that name already exists: rename it");
            return;
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(outer)
                .addModifiers(javax.lang.model.element.Modifier.PUBLIC, javax.lang.model.element.Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(Generated.class)
                        .addMember("value", "$S", GeneratorProcessor.class.getName())
                        .build())
                .addJavadoc("Generators for the {@code @Generator} templates of {@link $T}.\n", ClassName.get(holder))
                .addOriginatingElement(holder)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(javax.lang.model.element.Modifier.PRIVATE)
                        .build());
        Map<String, Integer> classNames = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>();
        Set<String> fileNames = new HashSet<>();
        for (ExecutableElement method : methods) {
            String base = capitalize(method.getSimpleName().toString());
            int count = classNames.merge(base, 1, Integer::sum);
            String className = count == 1 ? base : base + count;
            try {
                compileTemplate(method, className).ifPresent(p -> {
                    prepared.add(p);
                    fileNames.addAll(p.names());
                });
            } catch (RuntimeException | StackOverflowError bug) {
                StringWriter trace = new StringWriter();
                bug.printStackTrace(new PrintWriter(trace));
                diagnostics.error(method, "yieldj failed on this @Generator method (an internal error; please report"
                        + " it with the method's source): " + bug + "\n" + firstLines(trace.toString(), 6));
            }
        }
        if (prepared.isEmpty()) {
            return;
        }
        MachineBase base = new MachineBase(outer, fileNames);
        type.addType(base.type());
        for (Prepared p : prepared) {
            GeneratorClassWriter writer = new GeneratorClassWriter(
                    p.template(), p.machine(), outer, base, p.names(), p.assignedParameters());
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

    private static String firstLines(String text, int count) {
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < Math.min(lines.length, count + 1); i++) {
            out.append(lines[i].strip()).append('\n');
        }
        return out.toString();
    }

    /** A template lowered and ready to be written. */
    private record Prepared(
            Template template, StateMachine machine, Set<String> names, Set<LocalVar> assignedParameters) {}

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
        Lowerer lowerer = new Lowerer(trees, env.getTypeUtils(), env.getElementUtils(), translator, yields, managed,
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
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Set<String> names = TemplateNames.declaredNames(body);
        for (VariableElement parameter : method.getParameters()) {
            names.add(parameter.getSimpleName().toString());
        }
        return Optional.of(new Prepared(template, machine, names, assignedParameters));
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
