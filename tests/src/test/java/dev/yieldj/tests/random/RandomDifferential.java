package dev.yieldj.tests.random;

import dev.yieldj.tests.harness.Driver;
import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Res;
import dev.yieldj.tests.harness.Run;
import dev.yieldj.tests.harness.TraceDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs random programs through the differential oracle: compile in batches with the processor (strict), then
 * for every template and run compare push and pull traces, check the protocol, and stop after k and close().
 */
public final class RandomDifferential {

    /** Where the sources of failing programs are written. */
    static final Path FAILURES = Paths.get("target", "random-failures");

    /** The outcome of a campaign. */
    public static final class Report {
        public int programs;
        public int runs;
        public int values;
        public int closeChecks;
        public final List<String> mismatches = new ArrayList<>();
        public final List<String> rejected = new ArrayList<>();
        /** Programs that compile but whose classes do not link (a class file they name is missing, ...). */
        public final List<String> unlinked = new ArrayList<>();
        public final List<String> generatorBugs = new ArrayList<>();
        /** Warnings (-Xlint:all) javac reports in generated sources: each also rejects its program (-Werror). */
        public int generatedWarnings;
        /** Rejected and unlinked programs by culprit ({@link Blame}): "rejected: javac bug" and so on. */
        public final Map<String, Integer> culprits = new TreeMap<>();
        public final Map<String, Integer> histogram = new TreeMap<>();

        public boolean ok() {
            return mismatches.isEmpty() && rejected.isEmpty() && unlinked.isEmpty() && generatorBugs.isEmpty();
        }

        /** A summary with the histogram and the first failures in full. */
        public String summary(int detailed) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("random programs: %d, runs compared: %d, values compared: %d, close() checks: %d%n",
                    programs, runs, values, closeChecks));
            sb.append(String.format("mismatching runs: %d, rejected valid programs: %d, programs that do not link: %d,"
                    + " generator bugs: %d, warnings in generated files: %d%n", mismatches.size(), rejected.size(),
                    unlinked.size(), generatorBugs.size(), generatedWarnings));
            if (!culprits.isEmpty()) {
                sb.append("rejected and unlinked programs by culprit: ").append(culprits).append('\n');
            }
            sb.append("feature histogram (occurrences):\n").append(RandomTemplates.histogram(histogram));
            appendFirst(sb, "generator bugs (program invalid even without the processor)", generatorBugs, detailed);
            appendFirst(sb, "rejected programs", rejected, detailed);
            appendFirst(sb, "programs that do not link", unlinked, detailed);
            appendFirst(sb, "mismatches", mismatches, detailed);
            return sb.toString();
        }

        void blame(String what, Blame.Verdict verdict) {
            culprits.merge(what + ": " + verdict.culprit().label.replaceAll(" \\(.*", ""), 1, Integer::sum);
        }

        private static void appendFirst(StringBuilder sb, String title, List<String> items, int n) {
            if (items.isEmpty()) {
                return;
            }
            sb.append(title).append(":\n");
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                if (i < n) {
                    sb.append(item).append('\n');
                } else {
                    sb.append(item, 0, Math.min(item.length(), 160)).append(" ...\n");
                }
            }
        }
    }

    private RandomDifferential() {
    }

    /** Runs seeds {@code first .. first + count - 1}, compiling {@code batch} programs per javac run. */
    public static Report campaign(long first, int count, int batch) {
        return campaign(first, count, batch, false);
    }

    /** {@link #campaign(long, int, int)} of release-21 programs ({@code --release 21}) or release-17 ones. */
    public static Report campaign(long first, int count, int batch, boolean release21) {
        Report report = new Report();
        for (long start = first; start < first + count; start += batch) {
            List<RandomTemplates.Program> programs = new ArrayList<>();
            for (long seed = start; seed < Math.min(first + count, start + batch); seed++) {
                programs.add(RandomTemplates.generate(seed, true, release21));
            }
            runBatch(programs, report);
        }
        if (!report.ok()) {
            try {
                Files.createDirectories(FAILURES);
                Files.writeString(FAILURES.resolve("report-" + (release21 ? "r21-" : "") + first + "-" + count + ".txt"),
                        report.summary(Integer.MAX_VALUE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report;
    }

    private static void runBatch(List<RandomTemplates.Program> programs, Report report) {
        List<Source> sources = new ArrayList<>();
        for (RandomTemplates.Program p : programs) {
            sources.add(p.toSource());
        }
        boolean release21 = programs.get(0).release21();
        Compilation all = InMemoryJavac.compile(sources, options(true, true, release21));
        for (RandomTemplates.Program p : programs) {
            report.programs++;
            RandomTemplates.addAll(report.histogram, p.features());
            Compilation compilation = all;
            if (!all.success()) {
                compilation = InMemoryJavac.compile(List.of(p.toSource()), options(true, true, release21));
                report.generatedWarnings += Blame.warnings(compilation, p, true).size();
                if (!compilation.success()) {
                    save(p);
                    Compilation strict = compilation;
                    // still compare behaviour if only -Werror made it fail
                    compilation = InMemoryJavac.compile(List.of(p.toSource()), options(false, true, release21));
                    Blame.Verdict verdict = Blame.rejected(p, strict, compilation.success());
                    report.blame("rejected", verdict);
                    report.rejected.add("seed " + p.seed() + " (" + FAILURES.resolve(p.simpleName() + ".java")
                            + ") " + verdict.culprit().label + ":\n" + indent(firstLines(strict.report(), 30))
                            + indent(firstLines(verdict.toString(), 40)));
                    if (!compilation.success()) {
                        continue;
                    }
                }
            }
            String unlinked = Blame.linkProblem(p, compilation);
            if (unlinked != null) {
                save(p);
                Blame.Verdict verdict = Blame.unlinked(p, unlinked);
                report.blame("unlinked", verdict);
                report.unlinked.add("seed " + p.seed() + " (" + FAILURES.resolve(p.simpleName() + ".java") + ") "
                        + verdict.culprit().label + ": " + unlinked + "\n" + indent(verdict.toString()));
                continue;
            }
            runProgram(p, compilation.newLoader(), report);
        }
    }

    private static void runProgram(RandomTemplates.Program p, ClassLoader loader, Report report) {
        Class<?> template;
        try {
            template = Class.forName(p.className(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        boolean failed = false;
        for (Run run : p.runs()) {
            report.runs++;
            String where = "seed " + p.seed() + " " + p.simpleName() + "." + run;
            List<String> push;
            try {
                push = Driver.push(template, run);
            } catch (LinkageError e) {
                // linkProblem found nothing, yet the template class does not link when it runs
                report.unlinked.add(where + ": the template class does not link when it runs: " + e);
                failed = true;
                break;
            }
            if (!Driver.finallyProblems(push).isEmpty()) {
                report.generatorBugs.add(where + ": push-mode finally balance " + Driver.finallyProblems(push));
            }
            Driver.Pulled pull;
            try {
                pull = Driver.pull(loader, template, run);
            } catch (Throwable e) {
                report.mismatches.add(where + ": pull failed: " + e);
                failed = true;
                continue;
            }
            report.values += Driver.outs(push);
            List<String> res = Res.notClosedExactlyOnce();
            if (!push.equals(pull.trace()) || !pull.protocolProblems().isEmpty() || !res.isEmpty()) {
                failed = true;
                StringBuilder sb = new StringBuilder(where).append(":\n");
                if (!push.equals(pull.trace())) {
                    sb.append(TraceDiff.sideBySide(push, pull.trace()));
                }
                if (!pull.protocolProblems().isEmpty()) {
                    sb.append("    protocol: ").append(pull.protocolProblems()).append('\n');
                }
                if (!res.isEmpty()) {
                    sb.append("    resources: ").append(res).append('\n');
                }
                report.mismatches.add(sb.toString());
                continue;
            }
            if (!closeChecks(loader, template, run, push, where, report)) {
                failed = true;
            }
        }
        if (failed) {
            save(p);
        }
    }

    /** Stops the run after k values and closes, for the k of {@link #ks}; false at the first difference. */
    private static boolean closeChecks(ClassLoader loader, Class<?> template, Run run, List<String> push,
            String where, Report report) {
        int n = Driver.outs(push);
        for (int k : ks(n)) {
            report.closeChecks++;
            Driver.Closed closed;
            try {
                closed = Driver.pullAndClose(loader, template, run, k);
            } catch (Throwable e) {
                report.mismatches.add(where + " k=" + k + ": close check failed: " + e);
                return false;
            }
            List<String> expected = Driver.prefixThroughOut(push, k);
            if (!expected.equals(closed.traceBeforeClose()) || !closed.problems().isEmpty()) {
                StringBuilder sb = new StringBuilder(where).append(" stopped after k=").append(k)
                        .append(" and closed:\n");
                if (!expected.equals(closed.traceBeforeClose())) {
                    sb.append(TraceDiff.sideBySide(expected, closed.traceBeforeClose()));
                }
                sb.append("    problems: ").append(closed.problems()).append("\n    close() trace: ")
                        .append(closed.traceOfClose()).append('\n');
                report.mismatches.add(sb.toString());
                return false;
            }
        }
        return true;
    }

    /** The k values to stop at: all below 6, then a few more up to n - 1. */
    static List<Integer> ks(int n) {
        List<Integer> ks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k < 6 || k == n - 1 || k == n / 2 || k % 7 == 3) {
                ks.add(k);
            }
        }
        return ks;
    }

    /** {@code -Xlint:all}, with or without -Werror and the processor, for {@code --release 17} or 21. */
    static Options options(boolean werror, boolean processor, boolean release21) {
        return new Options(werror, processor, release21 ? List.of("--release", "21") : List.of());
    }

    /** Checks that programs (without generated names) are valid, lint-clean Java by plain javac. */
    public static List<String> generatorSelfCheck(long first, int count) {
        return generatorSelfCheck(first, count, false);
    }

    /** {@link #generatorSelfCheck(long, int)} of release-21 programs, compiled with {@code --release 21}. */
    public static List<String> generatorSelfCheck(long first, int count, boolean release21) {
        List<Source> sources = new ArrayList<>();
        for (long seed = first; seed < first + count; seed++) {
            sources.add(RandomTemplates.generate(seed, false, release21).toSource());
        }
        Compilation c = InMemoryJavac.compile(sources, options(true, false, release21));
        List<String> problems = new ArrayList<>();
        if (!c.success()) {
            c.errorsByFile().forEach((file, errors) -> problems.add(file + ": " + String.join("\n", errors)));
        }
        return problems;
    }

    static void save(RandomTemplates.Program p) {
        try {
            Files.createDirectories(FAILURES);
            Files.writeString(FAILURES.resolve(p.simpleName() + ".java"), p.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, lines.length); i++) {
            sb.append(lines[i]).append('\n');
        }
        if (lines.length > n) {
            sb.append("... (").append(lines.length - n).append(" more lines)\n");
        }
        return sb.toString();
    }

    private static String indent(String text) {
        return text.replaceAll("(?m)^", "    ");
    }
}
