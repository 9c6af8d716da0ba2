package dev.yieldj.examples21;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yieldj.examples21.Expressions.Add;
import dev.yieldj.examples21.Expressions.Expr;
import dev.yieldj.examples21.Expressions.Mul;
import dev.yieldj.examples21.Expressions.Neg;
import dev.yieldj.examples21.Expressions.Num;
import dev.yieldj.examples21.Expressions.Var;
import dev.yieldj.examples21.Sessions.Login;
import dev.yieldj.examples21.Sessions.Logout;
import dev.yieldj.examples21.Sessions.Session;
import dev.yieldj.examples21.Sessions.Tick;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The Java 21 templates run both ways: the template itself with a collecting sink (push) and the
 * generated iterator (pull) must give the same values, and the values worked out by hand.
 */
class Java21ExamplesTest {

    private static <T> List<T> drain(Iterator<T> generator) {
        List<T> values = new ArrayList<>();
        generator.forEachRemaining(values::add);
        return values;
    }

    private static final Expr SAMPLE =
            new Add(new Mul(new Num(1), new Var("x")), new Neg(new Neg(new Add(new Num(2), new Num(3)))));

    @Test
    void postfixTakesEveryCaseOfTheSealedSwitch() {
        Expr expr = new Mul(new Add(new Var("a"), new Num(4)), new Neg(new Mul(new Num(1), new Var("b"))));
        List<String> push = new ArrayList<>();
        Expressions.postfix(expr, push::add);
        assertEquals(List.of("a", "4", "+", "b", "neg", "*"), push);
        assertEquals(push, drain(ExpressionsGenerators.postfix(expr)));
        assertEquals(List.of("x", "2", "3", "+", "+"), drain(ExpressionsGenerators.postfix(SAMPLE)));
    }

    @Test
    void postfixIsLazyAndStopsEarly() {
        var tokens = ExpressionsGenerators.postfix(SAMPLE);
        assertEquals("x", tokens.next());
        assertEquals("2", tokens.next());
        tokens.close();
        assertFalse(tokens.hasNext());
        assertThrows(NoSuchElementException.class, tokens::next);
    }

    @Test
    void simplificationsYieldEachStepAndReturnTheSimplestForm() {
        List<String> push = new ArrayList<>();
        Expr pushed = Expressions.simplifications(SAMPLE, push::add);
        var steps = ExpressionsGenerators.simplifications(SAMPLE);
        assertEquals(push, drain(steps));
        assertEquals(pushed, steps.returnValue());
        assertEquals(List.of("(1 * x + --(2 + 3)) => (x + --(2 + 3))", "(x + --(2 + 3)) => (x + (2 + 3))",
                "(x + (2 + 3)) => (x + 5)"), push);
        assertEquals(new Add(new Var("x"), new Num(5)), steps.returnValue());
    }

    @Test
    void jsonFlattensThroughNullGuardsAndDefault() {
        List<String> push = new ArrayList<>();
        Json.flatten("$", Json.sample(), push::add);
        assertEquals(push, drain(JsonGenerators.flatten("$", Json.sample())));
        assertEquals(List.of("$.name = \"yieldj\"", "$.tags[0] = \"generators\"", "$.tags[1] = \"java\"",
                "$.tags[2] = \"\" (blank)", "$.owner.login = \"ada\"", "$.owner.id = 7", "$.owner.team = null",
                "$.stats.stars = 1200", "$.stats.delta = -3 (negative)", "$.stats.ratio = 0.25",
                "$.stats.public = true", "$.empty = {}", "$.none = []", "$.when = ? LocalDate"), push);
        assertEquals(List.of("$ = null"), drain(JsonGenerators.flatten("$", null)));
    }

    @Test
    void sessionsKeepOpenOnesAcrossYields() {
        List<Session> push = new ArrayList<>();
        Sessions.sessions(Sessions.sample(), push::add);
        assertEquals(push, drain(SessionsGenerators.sessions(Sessions.sample())));
        assertEquals(List.of(new Session("ada", 1, 5), new Session("ada", 7, 10), new Session("bob", 2, 10)), push);
    }

    @Test
    void anExceptionOfTheBodyFinishesTheGenerator() {
        var sessions = SessionsGenerators.sessions(
                List.of(new Login("ada", 1), new Logout("ada", 2), new Tick(-1), new Login("bob", 3)));
        assertEquals(new Session("ada", 1, 2), sessions.next());
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, sessions::next);
        assertEquals("time before the epoch: Tick[at=-1]", thrown.getMessage());
        assertFalse(sessions.hasNext());
    }
}
