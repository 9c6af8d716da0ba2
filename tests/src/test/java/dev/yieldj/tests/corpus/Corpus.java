package dev.yieldj.tests.corpus;

import java.util.ArrayList;
import java.util.List;

/** The whole corpus. */
public final class Corpus {

    private Corpus() {
    }

    /** Every corpus case, basics first. */
    public static List<Case> all() {
        List<Case> all = new ArrayList<>(CorpusBasics.all());
        all.addAll(CorpusExceptions.all());
        return all;
    }
}
