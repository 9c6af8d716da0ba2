package dev.yieldj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void returnValueOnlyOnceFinished() {
        List<String> log = new ArrayList<>();
        var g = ProtocolGenerators.inner(log);
        assertThrows(IllegalStateException.class, g::returnValue);
        assertEquals(1, g.next());
        assertThrows(IllegalStateException.class, g::returnValue);
        assertEquals(2, g.next());
        assertEquals(List.of(), log);
        assertFalse(g.hasNext());
        assertEquals("inner result", g.returnValue());
        assertEquals(List.of("inner finally"), log);
    }

    @Test
    void yieldAllDelegatesAndHandsBackTheReturnValue() {
        List<String> log = new ArrayList<>();
        var o = ProtocolGenerators.outer(log);
        assertEquals(1, o.next());
        assertEquals(2, o.next());
        assertEquals(List.of(), log);
        assertEquals(3, o.next());
        assertEquals(List.of("inner finally", "outer got inner result"), log);
        assertFalse(o.hasNext());
    }

    @Test
    void closingTheOuterGeneratorRunsTheDelegatesFinally() {
        List<String> log = new ArrayList<>();
        var o = ProtocolGenerators.outer(log);
        assertEquals(1, o.next());
        o.close();
        assertEquals(List.of("inner finally"), log);
        o.close();
        assertEquals(List.of("inner finally"), log);
        assertThrows(NoSuchElementException.class, o::next);
    }

    @Test
    void throwIntoIsCaughtByTheBodyWhichGoesOn() {
        List<String> log = new ArrayList<>();
        var r = ProtocolGenerators.resilient(log);
        assertEquals(0, r.next());
        assertEquals(1, r.next());
        assertEquals(100, r.throwInto(new IllegalArgumentException("bad value")));
        assertEquals(101, r.next());
        assertEquals(List.of("caught bad value"), log);
    }

    @Test
    void throwIntoAnExceptionTheBodyDoesNotCatchEndsTheGenerator() {
        var r = ProtocolGenerators.resilient(new ArrayList<>());
        assertEquals(0, r.next());
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class, () -> r.throwInto(boom)));
        assertFalse(r.hasNext());
    }

    @Test
    void throwIntoAnUnstartedGeneratorRethrowsWithoutRunningTheBody() {
        List<String> log = new ArrayList<>();
        var r = ProtocolGenerators.resilient(log);
        IllegalArgumentException bad = new IllegalArgumentException("early");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> r.throwInto(bad)));
        assertEquals(List.of(), log);
    }

    @Test
    void pushModeGivesTheSameSequenceAndReturnValue() {
        List<String> pushLog = new ArrayList<>();
        List<Integer> pushed = new ArrayList<>();
        assertEquals("inner result", Protocol.inner(pushLog, pushed::add));
        assertEquals(List.of(1, 2), pushed);

        List<Integer> outer = new ArrayList<>();
        Protocol.outer(pushLog, outer::add);
        List<String> pullLog = new ArrayList<>();
        pullLog.add("inner finally");
        assertEquals(ProtocolGenerators.outer(pullLog).stream().toList(), outer);
        assertEquals(pullLog, pushLog);
    }
}
