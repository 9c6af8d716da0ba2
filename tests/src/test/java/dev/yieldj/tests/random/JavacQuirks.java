package dev.yieldj.tests.random;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import java.util.List;

/**
 * The javac bugs the random generator keeps away from. Each is reduced to a plain-Java reproducer, without yieldj
 * (the constants below, and tests/README.md); a random program that meets one fails with plain javac as well, so
 * it says nothing about the processor. The generator avoids exactly the construct that triggers the bug, nothing
 * around it:
 *
 * <ul>
 *   <li>{@link #PRUNED_LOCAL_CLASS}: no local record or class in a branch that javac's {@code Lower} prunes, when
 *       the running javac has that bug ({@link #DROPS_LOCAL_CLASSES_OF_PRUNED_BRANCHES});
 *   <li>{@link #SWITCH_WITH_TRY_OVER_LONG}: a switch expression that contains a try statement is not the operand
 *       after a long one in a String concatenation ({@code String.valueOf} around the operands before it);
 *   <li>{@link #BINDING_AFTER_NEGATED_WHILE}: the body of {@code while (!(x instanceof T t))} assigns no variable
 *       declared outside the loop where javac's flow analysis takes the loop to be unreachable.
 * </ul>
 */
final class JavacQuirks {

    /**
     * javac 17 drops the class file of a local class declared in a branch that its {@code Lower} prunes as dead
     * code ({@code if (false)}, {@code if (1 == 2 && n > 0)}, the else of {@code if (true)}), but keeps a lambda of
     * that branch as a synthetic method of the enclosing class, and that method's descriptor names the missing class:
     * {@code Pruned.class.getDeclaredMethods()} throws {@code NoClassDefFoundError: probe/Pruned$1Loc}. This is what
     * the long random mode met on JDK 17 ("the template class does not link: NoClassDefFoundError [L...$1LocNN;",
     * seeds 100017, 100143, 100185): a local record used as {@code P[]} and {@code Supplier<P>} in the branch of a
     * condition such as {@code (7 * 2 % 3) % 3 == 0 && n > 0}. JDK-8314621 (fixed in JDK 22) made {@code Lower} keep
     * branches that declare classes; javac 25, also at {@code --release 17}, writes the class file.
     */
    static final String PRUNED_LOCAL_CLASS = """
            package probe;

            public class Pruned {
                static void m() {
                    if (false) {
                        class Loc {
                        }
                        Loc loc = new Loc();
                        Runnable r = () -> System.out.println(loc);
                    }
                }

                public static void main(String[] args) {
                    Pruned.class.getDeclaredMethods();
                }
            }
            """;

    /**
     * javac (17 and 25) crashes with {@code NullPointerException} in {@code Gen.visitSwitchExpression} (via
     * {@code Code.newLocal}) when a switch expression that contains a try statement is evaluated while a long or
     * double is on the operand stack: javac stashes the stack in locals before such a switch, and the second slot of
     * the long has no type. The release-21 random mode met it on JDK 25 (seed 100227:
     * {@code String d = ("L" + a) + switch ((Object) ...) { case Integer i when ... -> { try (Res r = ...) ... }
     * ... }} with {@code long a}); it needs no pattern: an int switch with a try/catch in a case is enough, and
     * {@code "" + a + switch ...} crashes the same way.
     */
    static final String SWITCH_WITH_TRY_OVER_LONG = """
            public class LongOnStack {
                static long m(long a, int k) {
                    return a + switch (k) {
                        default -> {
                            try {
                                System.out.println();
                            } catch (RuntimeException e) {
                            }
                            yield 1;
                        }
                    };
                }
            }
            """;

    /**
     * javac (17 and 25) rejects the use of {@code t} after this loop ("variable t might not have been
     * initialized"), though JLS 6.3.2.5 puts {@code t} in scope there (the loop has no break) and javac accepts it
     * when the body does not assign {@code x}: the body assigns a variable that is definitely unassigned before the
     * loop, which makes javac's flow analysis scan the loop a second time, and after that the binding no longer
     * counts as assigned. A random program meets it where javac takes every variable to be definitely unassigned:
     * in the branch of a condition that is never true for the flow analysis, {@code if (8 % 3 == 1 && ...)} (release
     * 17, seed 1035 of the self-check with the negated while on).
     */
    static final String BINDING_AFTER_NEGATED_WHILE = """
            public class NegatedWhile {
                static void m(Object o) {
                    int x;
                    while (!(o instanceof String t)) {
                        x = 1;
                        o = "x";
                    }
                    System.out.println(t);
                }
            }
            """;

    /**
     * Whether the running javac has the bug of {@link #PRUNED_LOCAL_CLASS}: probed once, with that reproducer, so
     * that the generator avoids the construct on every javac that has the bug (JDK 17) and keeps it where it is fixed.
     */
    static final boolean DROPS_LOCAL_CLASSES_OF_PRUNED_BRANCHES = dropsLocalClassesOfPrunedBranches();

    private JavacQuirks() {
    }

    private static boolean dropsLocalClassesOfPrunedBranches() {
        Compilation c = InMemoryJavac.compile(List.of(new Source("probe.Pruned", PRUNED_LOCAL_CLASS)),
                Options.noProcessor());
        if (!c.success()) {
            throw new AssertionError("the probe of javac's pruned local classes does not compile:\n" + c.report());
        }
        return !c.classes().containsKey("probe.Pruned$1Loc");
    }
}
