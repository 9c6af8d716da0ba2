package dev.yieldj.tests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.yieldj.tests.harness.Driver;
import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.Res;
import dev.yieldj.tests.harness.Run;
import dev.yieldj.tests.harness.TraceDiff;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential oracle over the hand-written corpus: for every template and run, the push-mode trace (the
 * template called with a logging sink) equals the pull-mode trace (the generated iterator pulled to its end).
 */
class CorpusTest {

    static Stream<Case> cases() {
        return Corpus.all().stream();
    }

    static Stream<Case> closeCases() {
        return Corpus.all().stream().filter(Case::closeChecks);
    }

    /** Whether a case names a generated class, so that javac cannot compile it without the processor. */
    static boolean namesGeneratedClass(Case c) {
        return c.source().contains("Generators.");
    }

    /** The cases that compile without the processor. */
    static Stream<Case> plainCases() {
        return Corpus.all().stream().filter(c -> !namesGeneratedClass(c));
    }

    @Test
    void corpusIsLargeAndNamesAreUnique() {
        List<Case> all = Corpus.all();
        assertTrue(all.size() >= 40, "at least 40 corpus templates, got " + all.size());
        assertEquals(all.size(), all.stream().map(Case::name).distinct().count(), "duplicate case names");
        assertEquals(List.of(), all.stream().filter(c -> c.runs().isEmpty()).map(Case::name).toList(),
                "cases without runs (their behaviour tests would compare nothing)");
        long plain = plainCases().count();
        assertTrue(plain >= all.size() / 2, "most cases compile without the processor, got " + plain + " of "
                + all.size());
    }

    /**
     * The corpus itself is valid Java (javac alone, no processor), so a failure below is the processor's. Cases
     * that name a generated class cannot compile without the processor and are not run here (rather than passing
     * without a check).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("plainCases")
    void templateIsValidJavaWithoutTheProcessor(Case c) {
        Compilation plain = InMemoryJavac.compile(List.of(c.toSource()),
                InMemoryJavac.Options.noProcessor().withWerror(true));
        assertTrue(plain.success(), () -> "corpus bug, not a processor bug:\n" + plain.report());
    }

    static Class<?> load(Case c, ClassLoader loader) {
        try {
            return Class.forName(c.className(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The behaviour tests compile without -Werror, so that a warning does not hide what the code does. */
    static ClassLoader compiled(Case c) {
        Compilation compilation = CorpusCompiler.of(c, false);
        if (!compilation.success()) {
            fail(c.name() + ": the processor rejected or broke a valid template:\n" + compilation.report()
                    + "\n--- template ---\n" + c.source());
        }
        return compilation.newLoader();
    }

    /** Template and generated code compile warning-free under -Xlint:all -Werror. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compilesUnderXlintAllWerror(Case c) {
        Compilation compilation = CorpusCompiler.of(c, true);
        assertTrue(compilation.success(), () -> c.name() + " fails under -Xlint:all -Werror:\n" + compilation.report());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pushTraceEqualsPullTrace(Case c) {
        assertFalse(c.runs().isEmpty(), c.name() + " has no runs");
        ClassLoader loader = compiled(c);
        Class<?> template = load(c, loader);
        StringBuilder failures = new StringBuilder();
        for (Run run : c.runs()) {
            List<String> push = Driver.push(template, run);
            if (!Driver.finallyProblems(push).isEmpty()) {
                failures.append(run).append(": corpus bug, push-mode finally balance ")
                        .append(Driver.finallyProblems(push)).append('\n');
            }
            Driver.Pulled pull;
            try {
                pull = Driver.pull(loader, template, run);
            } catch (Throwable e) {
                failures.append(run).append(": pull failed: ").append(e).append('\n');
                continue;
            }
            if (!push.equals(pull.trace())) {
                failures.append(run).append(": traces differ\n").append(TraceDiff.sideBySide(push, pull.trace()));
            }
            if (!pull.protocolProblems().isEmpty()) {
                failures.append(run).append(": protocol ").append(pull.protocolProblems()).append('\n');
            }
            List<String> res = Res.notClosedExactlyOnce();
            if (!res.isEmpty()) {
                failures.append(run).append(": resources after a full pull ").append(res).append('\n');
            }
        }
        if (failures.length() > 0) {
            fail(c.name() + ": " + failures);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closeCases")
    void stopAfterKThenCloseRunsEachFinallyOnce(Case c) {
        ClassLoader loader = compiled(c);
        Class<?> template = load(c, loader);
        StringBuilder failures = new StringBuilder();
        int checks = 0;
        for (Run run : c.runs()) {
            List<String> push = Driver.push(template, run);
            int n = Driver.outs(push);
            for (int k = 0; k < n; k++) {
                checks++;
                Driver.Closed closed;
                try {
                    closed = Driver.pullAndClose(loader, template, run, k);
                } catch (Throwable e) {
                    failures.append(run).append(" k=").append(k).append(": failed: ").append(e).append('\n');
                    continue;
                }
                List<String> expected = Driver.prefixThroughOut(push, k);
                if (!expected.equals(closed.traceBeforeClose())) {
                    failures.append(run).append(" k=").append(k).append(": trace before close differs\n")
                            .append(TraceDiff.sideBySide(expected, closed.traceBeforeClose()));
                }
                if (!closed.problems().isEmpty()) {
                    failures.append(run).append(" k=").append(k).append(": ").append(closed.problems())
                            .append("\n    close() trace: ").append(closed.traceOfClose()).append('\n');
                }
            }
        }
        if (failures.length() > 0) {
            fail(c.name() + ": " + failures);
        }
        assertTrue(checks > 0, c.name() + " has close checks but no run yields a value to stop after");
    }
}
