package dev.yieldj.tests.corpus;

import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Run;
import java.util.List;

/**
 * A corpus entry: one template class (package {@code corpus}), the runs to compare in push and pull mode, and
 * whether to check stop-after-k-and-close() for every k.
 */
public record Case(String name, String source, List<Run> runs, boolean closeChecks) {

    /** The standard header of corpus sources: package and the imports every template may use. */
    static final String HEADER = """
            package corpus;

            import dev.yieldj.Generator;
            import dev.yieldj.IntYield;
            import dev.yieldj.Yield;
            import dev.yieldj.tests.harness.Res;
            import dev.yieldj.tests.harness.Trace;
            import java.io.IOException;
            import java.util.*;
            import java.util.function.*;

            """;

    /** A case whose source is the members of {@code public class name { ... }} under the standard header. */
    static Case members(String name, String members, Run... runs) {
        return new Case(name, HEADER + "public class " + name + " {\n" + members + "}\n", List.of(runs), false);
    }

    /** A case given as a whole compilation unit. */
    static Case unit(String name, String unit, Run... runs) {
        return new Case(name, unit, List.of(runs), false);
    }

    /** The same case with stop-after-k-and-close() checks. */
    Case withCloseChecks() {
        return new Case(name, source, runs, true);
    }

    /** The compilation unit. */
    public Source toSource() {
        return new Source("corpus." + name, source);
    }

    /** The fully qualified name of the template class. */
    public String className() {
        return "corpus." + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
