package dev.yieldj.tests.random;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Tells whose bug a random program that does not compile or link shows, by building it again without the processor
 * in javac: the two-step build of the spec ("compiling in one javac run gives the same class files ... as compiling
 * the generated sources separately"): {@code -proc:only} writes the generated sources, then plain javac
 * ({@code -proc:none}) compiles the template class with them. What fails the same way there is javac's (or, for a
 * template class javac rejects on its own, the generator's); what fails only with the processor in the compilation,
 * or in the generated sources, is the processor's. Every verdict still fails the campaign: it only says which it is.
 */
final class Blame {

    /** Whose bug it is. */
    enum Culprit {
        PROCESSOR("processor bug"),
        JAVAC("javac bug"),
        TEMPLATE("template rejected by plain javac on its own (a generator bug, or a javac bug if it is valid Java)");

        final String label;

        Culprit(String label) {
            this.label = label;
        }
    }

    /** A culprit and the evidence for it. */
    record Verdict(Culprit culprit, String evidence) {
        @Override
        public String toString() {
            return "[" + culprit.label + "] " + evidence;
        }
    }

    private Blame() {
    }

    /**
     * Why {@code p}, which does not compile with the processor ({@code strict}, -Xlint:all -Werror), fails;
     * {@code lenient} says whether it compiles without -Werror.
     */
    static Verdict rejected(RandomTemplates.Program p, Compilation strict, boolean lenient) {
        if (lenient) {
            List<String> generated = warnings(strict, p, true);
            return generated.isEmpty()
                    ? new Verdict(Culprit.TEMPLATE, "-Werror: warnings in the template class only: "
                            + warnings(strict, p, false))
                    : new Verdict(Culprit.PROCESSOR, "-Werror: warnings in the generated sources: " + generated);
        }
        Compilation only = InMemoryJavac.compile(List.of(p.toSource()), options(p, true, "-proc:only"));
        if (!only.success()) {
            // the processor attributes the template class: javac's own errors in it show here too
            return !only.crashed() && rejectedAlone(p, errors(only, p, false))
                    ? new Verdict(Culprit.TEMPLATE, "plain javac rejects the template class without any generated"
                            + " code: " + errors(only, p, false))
                    : new Verdict(Culprit.PROCESSOR, "the processor fails on its own (-proc:only):\n" + only.report());
        }
        Compilation plain = twoStep(p, only);
        if (plain.crashed()) {
            return new Verdict(Culprit.JAVAC, "plain javac crashes too, without the processor, on the template class"
                    + " and the generated sources (-proc:none):\n" + plain.report());
        }
        if (!errors(plain, p, true).isEmpty()) {
            return new Verdict(Culprit.PROCESSOR, "the generated sources do not compile with plain javac: "
                    + errors(plain, p, true));
        }
        if (!plain.success()) {
            List<String> holder = errors(plain, p, false);
            return rejectedAlone(p, holder)
                    ? new Verdict(Culprit.TEMPLATE, "plain javac rejects the template class without any generated"
                            + " code: " + holder)
                    : new Verdict(Culprit.PROCESSOR, "the template class does not compile against the generated"
                            + " sources: " + holder);
        }
        return new Verdict(Culprit.PROCESSOR, "only the one-step build with the processor fails ("
                + (strict.crashed() ? "javac crashes" : "errors") + "); the two-step build compiles:\n"
                + strict.report());
    }

    /** Why {@code p}, compiled with the processor, does not link: {@code failure}, from {@link #linkProblem}. */
    static Verdict unlinked(RandomTemplates.Program p, String failure) {
        Compilation only = InMemoryJavac.compile(List.of(p.toSource()), options(p, true, "-proc:only"));
        if (!only.success()) {
            return new Verdict(Culprit.PROCESSOR, "the processor fails on its own (-proc:only):\n" + only.report());
        }
        Compilation plain = twoStep(p, only);
        if (!plain.success()) {
            return new Verdict(Culprit.PROCESSOR, "the two-step build does not compile:\n" + plain.report());
        }
        String again = linkProblem(p, plain);
        if (failure.equals(again)) {
            return new Verdict(Culprit.JAVAC, "the class files plain javac writes without the processor (-proc:only,"
                    + " then -proc:none on the template class and the generated sources) do not link either: " + again);
        }
        return new Verdict(Culprit.PROCESSOR, "the two-step build without the processor in javac "
                + (again == null ? "links" : "fails otherwise: " + again));
    }

    /**
     * The first class of program {@code p} in {@code c} that does not link (its methods, fields and constructors
     * resolved, as reflection over the template class does), as {@code "name: error"}, or null.
     */
    static String linkProblem(RandomTemplates.Program p, Compilation c) {
        ClassLoader loader = c.newLoader();
        for (String name : c.classes().keySet()) {
            if (!name.equals(p.className()) && !name.startsWith(p.className() + "$")
                    && !name.startsWith(p.className() + "Generators")) {
                continue;
            }
            try {
                Class<?> k = Class.forName(name, false, loader);
                k.getDeclaredMethods();
                k.getDeclaredFields();
                k.getDeclaredConstructors();
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            } catch (LinkageError e) {
                return name + ": " + e;
            }
        }
        return null;
    }

    /**
     * Whether {@code errors} (in the template class, none of them about the generated code) are all among those
     * plain javac reports for the template class alone, without the processor and without the generated sources.
     */
    private static boolean rejectedAlone(RandomTemplates.Program p, List<String> errors) {
        Compilation alone = InMemoryJavac.compile(List.of(p.toSource()), options(p, false));
        return !errors.isEmpty() && errors(alone, p, false).containsAll(errors);
    }

    /** The generated sources of {@code only} with the template class, compiled by plain javac. */
    private static Compilation twoStep(RandomTemplates.Program p, Compilation only) {
        List<Source> sources = new ArrayList<>();
        sources.add(p.toSource());
        for (Map.Entry<String, String> e : only.generatedSources().entrySet()) {
            String path = e.getKey();
            sources.add(new Source(path.substring(0, path.length() - ".java".length()).replace('/', '.'),
                    e.getValue()));
        }
        return InMemoryJavac.compile(sources, options(p, false));
    }

    /** No -Werror; with or without the processor; the release of the program; {@code extra} options. */
    private static Options options(RandomTemplates.Program p, boolean processor, String... extra) {
        List<String> args = new ArrayList<>(RandomDifferential.options(false, processor, p.release21()).extra());
        args.addAll(List.of(extra));
        return new Options(false, processor, args);
    }

    /** The error diagnostics of {@code c} in the generated sources ({@code generated}) or in the template class. */
    static List<String> errors(Compilation c, RandomTemplates.Program p, boolean generated) {
        return diagnostics(c, p, generated, true);
    }

    /** The warnings of {@code c} in the generated sources ({@code generated}) or in the template class. */
    static List<String> warnings(Compilation c, RandomTemplates.Program p, boolean generated) {
        return diagnostics(c, p, generated, false);
    }

    private static List<String> diagnostics(Compilation c, RandomTemplates.Program p, boolean generated,
            boolean errors) {
        List<String> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
            boolean error = d.getKind() == Diagnostic.Kind.ERROR;
            boolean warning = d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
            if (d.getSource() == null || (errors ? !error : !warning)) {
                continue;
            }
            boolean holder = d.getSource().getName().equals(p.toSource().path());
            if (holder != generated) {
                found.add(d.getSource().getName() + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": "
                        + d.getMessage(Locale.ROOT));
            }
        }
        return found;
    }
}
