package dev.yieldj.processor;

import com.google.auto.service.AutoService;
import dev.yieldj.processor.check.Messages;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The yieldj annotation processor: turns every {@code @Generator} template into a state-machine
 * class inside {@code <Type>Generators}. A thin entry: the work is in {@link GeneratorCompiler}.
 */
@AutoService(Processor.class)
public final class GeneratorProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.yieldj.Generator";

    private GeneratorCompiler compiler;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // @Generated is claimed too: it marks our own output, and left unclaimed it makes builds
        // with -Xlint:all -Werror fail ("no processor claimed any of these annotations")
        return Set.of(ANNOTATION, "javax.annotation.processing.Generated");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(GeneratorCompiler.DEBUG_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (compiler == null) {
            if (annotations.isEmpty()) {
                return false;
            }
            compiler = GeneratorCompiler.create(processingEnv);
            if (compiler == null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        Messages.NEEDS_JAVAC.format(processingEnv.getClass().getName()));
                return false;
            }
        }
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
        Set<? extends javax.lang.model.element.Element> annotated =
                annotation == null ? Set.of() : round.getElementsAnnotatedWith(annotation);
        compiler.compile(annotated, round.processingOver(), round.getRootElements());
        return true;
    }
}
