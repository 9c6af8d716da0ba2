package dev.yieldj.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.yieldj.processor.analysis.Readiness;
import dev.yieldj.processor.analysis.TemplateNames;
import dev.yieldj.processor.check.AnonymousVars;
import dev.yieldj.processor.check.RecordConstructors;
import dev.yieldj.processor.check.Diagnostics;
import dev.yieldj.processor.check.LocalTemplates;
import dev.yieldj.processor.check.Messages;
import dev.yieldj.processor.emit.GeneratedFiles;
import dev.yieldj.processor.emit.GeneratorClassWriter;
import dev.yieldj.processor.emit.MachineBase;
import dev.yieldj.processor.emit.SourceLayout;
import dev.yieldj.processor.emit.StubWriter;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.model.BodyShape;
import dev.yieldj.processor.model.SinkKind;
import dev.yieldj.processor.model.Template;
import dev.yieldj.processor.model.TemplateReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
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
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.JavaFileObject;

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
    private final Readiness readiness;
    private final BodyCompiler bodies;
    private final MethodPaths paths;
    private final RecordConstructors recordConstructors;
    /** The field of a generated API class that names its holder. */

    /** Holders whose API is written and whose bodies are not yet, by qualified name. */
    private final Map<String, Plan> awaitingBodies = new LinkedHashMap<>();
    /** The classes this compilation's yieldj wrote, by qualified name. */
    private final Set<String> written = new HashSet<>();
    /** Every holder this compilation has seen, by qualified name. */
    private final Set<String> seen = new HashSet<>();

    private GeneratorCompiler(ProcessingEnvironment env, Trees trees) {
        this.env = env;
        this.trees = trees;
        this.diagnostics = new Diagnostics(env.getMessager(), trees);
        this.reader = new TemplateReader(env.getElementUtils(), diagnostics);
        this.readiness = new Readiness(trees, env.getElementUtils());
        this.paths = new MethodPaths(trees);
        this.recordConstructors = new RecordConstructors(trees, diagnostics);
        this.bodies = new BodyCompiler(env, trees, diagnostics, reader, paths);
    }

    /**
     * A compiler for {@code env}, or null when no javac is underneath. Bodies are read through
     * javac's tree API, found behind wrapping environments; files go through {@code env}'s own
     * {@code Filer}.
     */
    static GeneratorCompiler create(ProcessingEnvironment env) {
        return JavacEnvironment.trees(env).map(trees -> new GeneratorCompiler(env, trees)).orElse(null);
    }

    /**
     * Runs one round. Holders whose generated API an earlier round wrote get their bodies now, when
     * every generated type of the earlier rounds exists, so that reading a body (which makes javac
     * attribute its class) never records a type that is still missing. Holders seen for the first
     * time get their API, written from their declarations alone, without reading a body.
     *
     * <p>A holder whose template bodies name what does not resolve (yet), or that Lombok still has
     * to rewrite, waits for a later round ({@link Readiness}); when processing is over, its bodies are
     * read whatever the state, and javac's own errors stand for what still does not resolve.
     */
    void compile(Set<? extends Element> annotated, boolean processingOver, Set<? extends Element> roots) {
        // when the last round produced nothing but yieldj's own files, no processor that writes files is
        // at work: waiting longer could only end in the last round, where javac warns about every new
        // file (Lombok rewrites without writing files: its pending val is asked for on its own)
        boolean othersIdle = roots.stream().allMatch(root -> root instanceof TypeElement type
                && written.contains(type.getQualifiedName().toString()));
        for (String name : new ArrayList<>(awaitingBodies.keySet())) {
            TypeElement holder = env.getElementUtils().getTypeElement(name);
            if (holder == null) {
                awaitingBodies.remove(name);
                continue;
            }
            List<ExecutableElement> methods = templatesOf(holder);
            if (processingOver || (othersIdle && !readiness.beingRewritten(holder)) || readiness.ready(holder)) {
                writeBodies(holder, methods, awaitingBodies.remove(name));
            }
        }
        for (Element root : roots) {
            if (root instanceof TypeElement type && !written.contains(type.getQualifiedName().toString())) {
                LocalTemplates.check(trees, type, diagnostics);
            }
        }
        Map<TypeElement, List<ExecutableElement>> byHolder = new LinkedHashMap<>();
        for (Element element : annotated) {
            if (element.getKind() == ElementKind.METHOD) {
                TypeElement holder = (TypeElement) element.getEnclosingElement();
                if (seen.add(holder.getQualifiedName().toString())) {
                    byHolder.put(holder, templatesOf(holder));
                }
            }
        }
        byHolder.forEach(this::writeApi);
        paths.clear();
    }

    /** The {@code @Generator} methods of {@code holder}, in declaration order. */
    private static List<ExecutableElement> templatesOf(TypeElement holder) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (Element member : holder.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && isTemplate(member)) {
                methods.add((ExecutableElement) member);
            }
        }
        return methods;
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

    /** What the API round decided for a holder, which its body round builds on. */
    private record Plan(ClassName api, ClassName bodies, MachineBase base,
            Map<Integer, Template> templates) {}

    /**
     * Writes {@code XGenerators}: the shared base, and per template its factory and public abstract
     * class, from the templates' declarations alone.
     */
    private void writeApi(TypeElement holder, List<ExecutableElement> methods) {
        ClassName api = generatedName(holder);
        ClassName bodies = ClassName.get(api.packageName(), api.simpleName() + "Bodies");
        for (ClassName name : List.of(api, bodies)) {
            if (!isOwnOutputOrAbsent(name, holder)) {
                diagnostics.error(holder, Messages.TYPE_EXISTS.format(name.canonicalName(), holder.getSimpleName()));
                return;
            }
        }
        Declarations declared = readDeclarations(api, methods);
        if (declared.templates().isEmpty()) {
            return;
        }
        Map<Integer, Template> templates = declared.templates();
        MachineBase base = new MachineBase(api, declared.fileNames(), partsUsed(methods, templates));
        JavaFile file = files(holder).api(api, bodies, base, templates, declared.templateNames());
        if (write(api, file, holder)) {
            awaitingBodies.put(holder.getQualifiedName().toString(),
                    new Plan(api, bodies, base, templates));
        }
    }

    /** The parts of the file's base class its templates may use, from their declarations and bodies' source. */
    private MachineBase.Parts partsUsed(List<ExecutableElement> methods, Map<Integer, Template> templates) {
        BodyShape shape = new BodyShape(false, false);
        boolean coroutines = false;
        boolean references = false;
        for (Map.Entry<Integer, Template> entry : templates.entrySet()) {
            shape = shape.and(BodyShape.of((MethodTree) paths.of(methods.get(entry.getKey())).getLeaf()));
            Template template = entry.getValue();
            coroutines |= template.sink() == SinkKind.COROUTINE;
            references |= !template.sink().isPrimitive() && !template.elementType().isBoxedPrimitive();
        }
        return new MachineBase.Parts(shape.delegates(), coroutines, shape.closes(), references);
    }

    /**
     * What the templates of a holder declare, the templates by their index among its methods;
     * {@code fileNames} every name the file's templates declare or are given.
     */
    private record Declarations(
            Map<Integer, Template> templates, Map<Integer, Set<String>> templateNames, Set<String> fileNames) {}

    /** Reads the templates' declarations, each given its generated class's name; clashes are errors. */
    private Declarations readDeclarations(ClassName api, List<ExecutableElement> methods) {
        Set<String> classNames = new HashSet<>();
        for (ExecutableElement method : methods) {
            classNames.add(capitalize(method.getSimpleName().toString()));
        }
        Set<String> allocated = new HashSet<>();
        Set<String> fileNames = new HashSet<>();
        Map<Integer, Set<String>> templateNames = new HashMap<>();
        Map<Integer, Template> templates = new LinkedHashMap<>();
        Set<String> factories = new HashSet<>();
        for (int index = 0; index < methods.size(); index++) {
            ExecutableElement method = methods.get(index);
            String base = capitalize(method.getSimpleName().toString());
            if (base.equals(api.simpleName())) {
                diagnostics.error(method, Messages.CLASS_NAME_CLASH.format(method.getSimpleName(), base, api.simpleName()));
                continue;
            }
            // an overload takes the next free numbered name, never one another template is named
            String className = base;
            for (int suffix = 2; allocated.contains(className)
                    || (!className.equals(base) && classNames.contains(className)); suffix++) {
                className = base + suffix;
            }
            allocated.add(className);
            Optional<Template> template = readTemplate(method, className);
            if (template.isEmpty()) {
                continue;
            }
            String factory = factorySignature(method, template.get());
            if (!factories.add(factory)) {
                diagnostics.error(method, Messages.FACTORY_CLASH.format(api.simpleName(), factory));
                continue;
            }
            templates.put(index, template.get());
            Set<String> declared = namesOf(method);
            templateNames.put(index, declared);
            fileNames.addAll(declared);
        }
        fileNames.addAll(allocated);
        return new Declarations(templates, templateNames, fileNames);
    }

    /** Writes {@code XGeneratorsBodies}: the state machine of every template the API round planned. */
    private void writeBodies(TypeElement holder, List<ExecutableElement> methods, Plan plan) {
        List<TypeSpec> bodyClasses = new ArrayList<>();
        // both checks come first: the second, like reading a body, makes javac attribute the holder
        boolean readable = !recordConstructors.forbidReading(holder);
        Set<Long> rejectedVars = readable ? AnonymousVars.check(trees, holder, diagnostics) : Set.of();
        for (Map.Entry<Integer, Template> entry : plan.templates().entrySet()) {
            Template template = entry.getValue();
            ExecutableElement method = entry.getKey() < methods.size() ? methods.get(entry.getKey()) : null;
            Optional<TypeSpec> body = Optional.empty();
            if (readable && method != null && !containsAny(method, rejectedVars)) {
                body = compileGuarded(method, () -> bodies.compile(method, template)
                        .filter(p -> fitsBase(method, p.machine(), plan.base().parts()))
                        .map(p -> GeneratorClassWriter.type(p.template(), p.machine(), plan.api(), plan.bodies(),
                                plan.base(), p.names(), p.repeatedNames(), p.liveness(), p.assignedParameters())));
            }
            // a template with errors (reported) gets a stub that keeps the API compiling, so they stand alone
            bodyClasses.add(body.orElseGet(() -> StubWriter.type(template, plan.api(), plan.base())));
        }
        write(plan.bodies(), files(holder).bodies(plan.bodies(), plan.api(), bodyClasses), holder);
    }

    /**
     * Whether the base class written with the API has every part {@code machine} needs: it was
     * chosen from the body's source, which another processor may have grown since.
     */
    private boolean fitsBase(ExecutableElement method, StateMachine machine, MachineBase.Parts parts) {
        if (!machine.closeEntries().isEmpty() && !parts.closes()) {
            diagnostics.error(method, Messages.BODY_GREW.format("a finally block around a yield"));
            return false;
        }
        return true;
    }

    private GeneratedFiles files(TypeElement holder) {
        return new GeneratedFiles(holder, readsJavaCompiler(holder), GeneratorProcessor.class.getName());
    }

    private boolean write(ClassName name, JavaFile file, TypeElement holder) {
        try {
            writeSource(file);
            written.add(name.canonicalName());
            return true;
        } catch (IOException e) {
            diagnostics.error(holder, Messages.CANNOT_WRITE.format(name.canonicalName(), e.getMessage()));
            return false;
        }
    }

    /**
     * What {@code JavaFile.writeTo(Filer)} does, but JavaPoet renders into memory and the file gets the
     * text in one write: JavaPoet appends piece by piece, and each append through the Filer's writer
     * goes through its locks and encoder.
     */
    private void writeSource(JavaFile file) throws IOException {
        String text = SourceLayout.tidy(file.toString());
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject source = env.getFiler().createSourceFile(name,
                file.typeSpec().originatingElements().toArray(new Element[0]));
        try (Writer writer = source.openWriter()) {
            writer.write(text);
        } catch (IOException | RuntimeException e) {
            source.delete();
            throw e;
        }
    }

    /**
     * Whether no type {@code name} exists, or the one that does is yieldj's earlier output for
     * {@code holder} (a class file or source of a previous build, which is then generated anew).
     */
    private boolean isOwnOutputOrAbsent(ClassName name, TypeElement holder) {
        TypeElement existing = env.getElementUtils().getTypeElement(name.canonicalName());
        if (existing == null) {
            return true;
        }
        TypeElement api = name.simpleName().endsWith("Bodies")
                ? env.getElementUtils().getTypeElement(generatedName(holder).canonicalName())
                : existing;
        if (api == null) {
            return false;
        }
        for (Element member : api.getEnclosedElements()) {
            if (member instanceof VariableElement field && field.getSimpleName().contentEquals(GeneratedFiles.OWNER_FIELD)) {
                return holder.getQualifiedName().contentEquals(String.valueOf(field.getConstantValue()));
            }
        }
        return false;
    }

    /** The factory's name and erased parameter types: what must differ between two factories. */
    private String factorySignature(ExecutableElement method, Template template) {
        List<String> types = new ArrayList<>();
        if (!template.isStatic()) {
            types.add(env.getTypeUtils().erasure(method.getEnclosingElement().asType()).toString());
        }
        for (VariableElement parameter : method.getParameters()) {
            if (reader.sinkKind(parameter.asType()).isEmpty()) {
                types.add(env.getTypeUtils().erasure(parameter.asType()).toString());
            }
        }
        return method.getSimpleName() + "(" + String.join(", ", types) + ")";
    }

    /** The template declared by {@code method}, reporting what its declaration gets wrong. */
    private Optional<Template> readTemplate(ExecutableElement method, String className) {
        Optional<VariableElement> sink = reader.sink(method);
        if (sink.isEmpty()) {
            return Optional.empty();
        }
        TreePath methodPath = paths.of(method);
        if (methodPath == null) {
            diagnostics.error(method, Messages.NEEDS_SOURCE.format());
            return Optional.empty();
        }
        CompilationUnitTree unit = methodPath.getCompilationUnit();
        MethodTree methodTree = (MethodTree) methodPath.getLeaf();
        if (methodTree.getBody() == null) {
            reader.read(method, sink.get(), className, "", 0);
            return Optional.empty();
        }
        long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, methodTree));
        return reader.read(method, sink.get(), className, simpleFileName(unit), line);
    }

    /** The names a template declares (read from its source alone: no attribution). */
    private Set<String> namesOf(ExecutableElement method) {
        Set<String> names = new HashSet<>();
        TreePath path = paths.of(method);
        MethodTree tree = (MethodTree) path.getLeaf();
        names.addAll(TemplateNames.declarationCounts(new TreePath(path, tree.getBody())).keySet());
        for (VariableElement parameter : method.getParameters()) {
            names.add(parameter.getSimpleName().toString());
        }
        return names;
    }

    /** Runs {@code pass} on {@code method}'s template; a failure inside yieldj becomes one clear error there. */
    private <T> Optional<T> compileGuarded(ExecutableElement method, java.util.function.Supplier<Optional<T>> pass) {
        try {
            return pass.get();
        } catch (RuntimeException | StackOverflowError bug) {
            diagnostics.error(method, Messages.INTERNAL_ERROR.format(bug, DEBUG_OPTION));
            if (env.getOptions().containsKey(DEBUG_OPTION)) {
                StringWriter trace = new StringWriter();
                bug.printStackTrace(new PrintWriter(trace));
                env.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, trace.toString());
            }
            return Optional.empty();
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
    private boolean containsAny(ExecutableElement method, Set<Long> positions) {
        TreePath path = paths.of(method);
        long start = trees.getSourcePositions().getStartPosition(path.getCompilationUnit(), path.getLeaf());
        long end = trees.getSourcePositions().getEndPosition(path.getCompilationUnit(), path.getLeaf());
        return positions.stream().anyMatch(position -> position >= start && position < end);
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
