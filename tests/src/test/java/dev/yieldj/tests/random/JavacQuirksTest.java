package dev.yieldj.tests.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import dev.yieldj.tests.harness.InMemoryJavac.Compilation;
import dev.yieldj.tests.harness.InMemoryJavac.Options;
import dev.yieldj.tests.harness.InMemoryJavac.Source;
import dev.yieldj.tests.harness.Prerequisites;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java reproducers of {@link JavacQuirks} (and tests/README.md) fail as documented on the JDKs they were
 * seen on, 17 and 25. Should a javac update fix one, this test says so: the README and the generator's avoidance of
 * that construct are then out of date.
 */
class JavacQuirksTest {

    static final int JDK = Runtime.version().feature();

    static final String SEEN_ON = "the reproducers were checked on JDK 17 and 25 (this is JDK " + JDK + ")";

    static Compilation plain(String className, String code) {
        return InMemoryJavac.compile(List.of(new Source(className, code)), Options.noProcessor());
    }

    @Test
    void prunedLocalClassHasNoClassFileOnJdk17() throws Exception {
        Compilation c = plain("probe.Pruned", JavacQuirks.PRUNED_LOCAL_CLASS);
        assertTrue(c.success(), c::report);
        boolean dropped = !c.classes().containsKey("probe.Pruned$1Loc");
        assertEquals(dropped, JavacQuirks.DROPS_LOCAL_CLASSES_OF_PRUNED_BRANCHES, "the probe reads the same");
        Class<?> pruned = Class.forName("probe.Pruned", false, c.newLoader());
        if (dropped) {
            NoClassDefFoundError e = assertThrows(NoClassDefFoundError.class, pruned::getDeclaredMethods);
            assertTrue(e.getMessage().contains("Pruned$1Loc"), e::getMessage);
        } else {
            assertEquals(3, pruned.getDeclaredMethods().length, "m, main and the lambda");
        }
        if (JDK == 17) {
            assertTrue(dropped, "javac 17 writes no class file for a local class of a pruned branch");
        } else if (JDK >= 22) {
            assertFalse(dropped, "JDK-8314621 (JDK 22) keeps branches that declare classes");
        }
    }

    @Test
    void switchExpressionWithTryOverLongCrashesJavac() {
        Prerequisites.skipUnless(JDK == 17 || JDK == 25, SEEN_ON);
        Compilation c = plain("LongOnStack", JavacQuirks.SWITCH_WITH_TRY_OVER_LONG);
        assertTrue(c.crashed(), () -> "javac " + JDK + " no longer crashes: update JavacQuirks and tests/README.md\n"
                + c.report());
        assertTrue(c.report().contains("NullPointerException"), c::report);
        // the same with an int instead of the long compiles: it is the long on the operand stack
        Compilation withInt = plain("LongOnStack", JavacQuirks.SWITCH_WITH_TRY_OVER_LONG.replace("long", "int"));
        assertTrue(withInt.success(), withInt::report);
        // and so does the generator's way around it, String.valueOf around the operands before the switch
        Compilation valueOf = plain("LongOnStack", JavacQuirks.SWITCH_WITH_TRY_OVER_LONG
                .replace("long m(long a", "String m(long a").replace("return a + switch", "return String.valueOf(a) + switch"));
        assertTrue(valueOf.success(), valueOf::report);
    }

    @Test
    void bindingAfterNegatedWhileIsRejectedWhenTheBodyAssignsAnUnassignedVariable() {
        Prerequisites.skipUnless(JDK == 17 || JDK == 25, SEEN_ON);
        Compilation c = plain("NegatedWhile", JavacQuirks.BINDING_AFTER_NEGATED_WHILE);
        assertFalse(c.success(), () -> "javac " + JDK + " now accepts it: update JavacQuirks and tests/README.md");
        assertTrue(c.report().contains("variable t might not have been initialized"), c::report);
        // without the assignment of the unassigned x, the same loop is accepted
        Compilation without = plain("NegatedWhile", JavacQuirks.BINDING_AFTER_NEGATED_WHILE.replace("x = 1;", ""));
        assertTrue(without.success(), without::report);
    }
}
