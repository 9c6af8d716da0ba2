package dev.yieldj.tests.corpus;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles the whole corpus in one javac run (strict: -Xlint:all -Werror, with the processor); when that fails,
 * each case is compiled alone so that one rejected template does not hide the others.
 */
final class CorpusCompiler {

    /** Where generated sources are written for a human to read. */
    static final Path GENERATED = Paths.get("target", "generated-corpus");

    private static final Map<Boolean, Compilation> BATCH = new ConcurrentHashMap<>();
    private static final Map<String, Compilation> ALONE = new ConcurrentHashMap<>();

    private CorpusCompiler() {
    }

    private static synchronized Compilation batch(boolean werror) {
        return BATCH.computeIfAbsent(werror, w -> {
            List<Source> sources = new ArrayList<>();
            for (Case c : Corpus.all()) {
                sources.add(c.toSource());
            }
            Compilation all = InMemoryJavac.compile(sources, Options.strict().withWerror(w));
            dump(all);
            return all;
        });
    }

    /**
     * The compilation that holds {@code c}, with or without -Werror (always -Xlint:all): the batch if it
     * succeeded, else {@code c} compiled alone.
     */
    static Compilation of(Case c, boolean werror) {
        Compilation all = batch(werror);
        if (all.success()) {
            return all;
        }
        return ALONE.computeIfAbsent(c.name() + "/" + werror, n -> {
            Compilation one = InMemoryJavac.compile(List.of(c.toSource()), Options.strict().withWerror(werror));
            dump(one);
            return one;
        });
    }

    static void dump(Compilation compilation) {
        try {
            for (Map.Entry<String, String> e : compilation.generatedSources().entrySet()) {
                Path p = GENERATED.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
