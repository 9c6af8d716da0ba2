package dev.yieldj.processor.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.processor.ir.Code;
import dev.yieldj.processor.ir.JavaType;
import dev.yieldj.processor.ir.LocalVar;
import dev.yieldj.processor.ir.StateMachine;
import dev.yieldj.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The passes after lowering work on IR values alone: no javac, no JavaPoet. */
class PurePassesTest {
    private static final LocalVar I = new LocalVar(0, "i", Code.type(JavaType.Primitive.INT), LocalVar.Kind.LOCAL);
    private static final LocalVar T = new LocalVar(1, "t", Code.type(JavaType.Primitive.INT), LocalVar.Kind.LOCAL);

    private static StateMachine machine(List<StateMachine.State> states, Map<Integer, Integer> closeEntries,
            List<StateMachine.Handler> handlers) {
        return new StateMachine(states, handlers, List.of(), List.of(I, T), null, null, closeEntries, List.of(),
                List.of(), -1);
    }

    private static StateMachine.State state(int id, Stmt... statements) {
        return new StateMachine.State(id, List.of(statements), null, -1);
    }

    @Test
    void renumberingFollowsTheListedOrderAndRewritesEveryReference() {
        // listed in source order, numbered in allocation order: 0, 7, 3 (the end), 9 (a close entry)
        StateMachine before = machine(List.of(
                state(0, new Stmt.Assign(I, Code.text("0")), new Stmt.Goto(7)),
                new StateMachine.State(7, List.of(new Stmt.Suspend(Code.var(I), 7, "T.java:3", false)), "T.java:3", 0),
                state(5),
                state(3, new Stmt.Finish()),
                state(9, new Stmt.Goto(3))),
                Map.of(7, 9),
                List.of(new StateMachine.Handler(-1, List.of(new StateMachine.Finally(0, 9, 3)))));
        StateMachine after = Renumbering.inSourceOrder(before);
        List<Integer> ids = new ArrayList<>();
        after.states().forEach(s -> ids.add(s.id()));
        assertEquals(List.of(0, 1, 2, 3), ids, "the empty state is dropped, the rest numbered in order");
        assertEquals(new Stmt.Goto(1), after.states().get(0).statements().get(1));
        assertEquals(1, ((Stmt.Suspend) after.states().get(1).statements().get(0)).resume());
        assertEquals(new Stmt.Goto(2), after.states().get(3).statements().get(0));
        assertEquals(Map.of(1, 3), after.closeEntries());
        StateMachine.Finally step = (StateMachine.Finally) after.handlers().get(0).steps().get(0);
        assertEquals(3, step.entry());
        assertEquals(2, step.rethrowState());
    }

    @Test
    void renumberingRewritesJumpsInsideCopiedCode() {
        Code copied = Code.text("for (;;) ").then(new Code.Block(List.of(new Stmt.Goto(4))));
        StateMachine after = Renumbering.inSourceOrder(machine(List.of(
                state(0, new Stmt.Exec(copied, false)),
                state(4, new Stmt.Finish())), Map.of(), List.of()));
        Code.Block block = (Code.Block) ((Stmt.Exec) after.states().get(0).statements().get(0)).code().pieces().get(1);
        assertEquals(List.of(new Stmt.Goto(1)), block.statements());
    }

    @Test
    void simplifierCopiesALoopsTailIntoItsBodyAndRotatesTheLoopToItsResume() {
        // for (i = 0; i < 10; i++) { if (i == t) yield i; }: body 1, resume 2, tail 3 (i++, test)
        StateMachine simplified = Simplifier.simplify(machine(List.of(
                state(0, new Stmt.Assign(I, Code.text("0")), new Stmt.Branch(Code.var(I).then(" < 10"), 1, 4)),
                state(1, new Stmt.If(Code.var(I).then(" == ").then(Code.var(T)),
                        List.of(new Stmt.Suspend(Code.var(I), 2, "T.java:5", false)),
                        List.of(new Stmt.Goto(3)))),
                new StateMachine.State(2, List.of(new Stmt.Goto(3)), "T.java:5", -1),
                state(3, new Stmt.Exec(Code.var(I).then("++;"), true),
                        new Stmt.Branch(Code.var(I).then(" < 10"), 1, 4)),
                state(4, new Stmt.Finish())), Map.of(), List.of()));
        StateMachine.State body = simplified.states().stream().filter(s -> s.id() == 1).findFirst().orElseThrow();
        Stmt.If choice = (Stmt.If) body.statements().get(body.statements().size() - 1);
        assertEquals(List.of(new Stmt.Exec(Code.var(I).then("++;"), true), new Stmt.If(Code.var(I).then(" < 10"),
                        List.of(new Stmt.Goto(1)), List.of(new Stmt.Finish()))), choice.otherwise(),
                "the tail's update and test, jumping back to the body itself: no dispatch per iteration");
        StateMachine.State resume = simplified.states().stream().filter(s -> s.id() == 2).findFirst().orElseThrow();
        assertEquals(List.of(new Stmt.Exec(Code.var(I).then("++;"), true), new Stmt.If(Code.var(I).then(" < 10"),
                        List.of(new Stmt.If(Code.var(I).then(" == ").then(Code.var(T)),
                                List.of(new Stmt.Suspend(Code.var(I), 2, "T.java:5", false)),
                                List.of(new Stmt.Goto(2)))),
                        List.of(new Stmt.Finish()))), resume.statements(),
                "the resume state runs the tail, then the loop rotated to start there, jumping to itself");
        assertTrue(simplified.states().stream().noneMatch(s -> s.id() == 3 && !s.statements().isEmpty()),
                "no state jumps to the tail any more");
    }

    @Test
    void simplifierKeepsALoopTestThatSeveralStatesGoOnToOnceAsTheSharedTail() {
        // i = 1; while (i <= t) { yield i; i++; }: the test 1 is reached from the entry and from the resume 3
        StateMachine before = machine(List.of(
                state(0, new Stmt.Assign(I, Code.text("1")), new Stmt.Goto(1)),
                state(1, new Stmt.Branch(Code.var(I).then(" <= ").then(Code.var(T)), 2, 4)),
                state(2, new Stmt.Suspend(Code.var(I), 3, "T.java:5", false)),
                new StateMachine.State(3, List.of(new Stmt.Exec(Code.var(I).then("++;"), true), new Stmt.Goto(1)),
                        "T.java:5", -1),
                state(4, new Stmt.Finish())), Map.of(), List.of());
        StateMachine after = Renumbering.inSourceOrder(Simplifier.simplify(before));
        List<Integer> ids = new ArrayList<>();
        after.states().forEach(s -> ids.add(s.id()));
        assertEquals(List.of(0, 1, 2), ids, "entry, resume, and the test numbered last");
        assertEquals(2, after.sharedTail());
        assertEquals(new Stmt.Goto(2), after.states().get(0).statements().get(1), "the entry goes on to the test");
        assertEquals(new Stmt.Goto(2), after.states().get(1).statements().get(1), "so does the resume");
        assertEquals(List.of(new Stmt.If(Code.var(I).then(" <= ").then(Code.var(T)),
                        List.of(new Stmt.Suspend(Code.var(I), 1, "T.java:5", false)), List.of(new Stmt.Finish()))),
                after.states().get(2).statements(), "the test is written once, with the yield and the end copied in");
        assertTrue(SharedTail.joinable(after));
    }

    @Test
    void simplifierCopiesASmallYieldIntoEachJumpThatLeadsThere() {
        // i = 0; while (true) { yield i; i++; }: the yield 1 is reached from the entry and from the resume 2
        StateMachine after = Renumbering.inSourceOrder(Simplifier.simplify(machine(List.of(
                state(0, new Stmt.Assign(I, Code.text("0")), new Stmt.Goto(1)),
                state(1, new Stmt.Suspend(Code.var(I), 2, "T.java:5", false)),
                new StateMachine.State(2, List.of(new Stmt.Exec(Code.var(I).then("++;"), true), new Stmt.Goto(1)),
                        "T.java:5", -1)), Map.of(), List.of())));
        List<Integer> ids = new ArrayList<>();
        after.states().forEach(s -> ids.add(s.id()));
        assertEquals(List.of(0, 1), ids, "the entry and the resume; the yield has no state of its own");
        assertEquals(List.of(new Stmt.Assign(I, Code.text("0")), new Stmt.Suspend(Code.var(I), 1, "T.java:5", false)),
                after.states().get(0).statements());
        assertEquals(List.of(new Stmt.Exec(Code.var(I).then("++;"), true),
                        new Stmt.Suspend(Code.var(I), 1, "T.java:5", false)), after.states().get(1).statements(),
                "one dispatch per element: the resume runs the update and yields again");
    }

    @Test
    void simplifierCopiesATestThatOneStateGoesOnTo() {
        // yield 0 first, then if (i <= t) yield i: the test has a single predecessor and is merged into it
        StateMachine simplified = Simplifier.simplify(machine(List.of(
                state(0, new Stmt.Suspend(Code.text("0"), 1, "T.java:4", false)),
                new StateMachine.State(1, List.of(new Stmt.Goto(2)), "T.java:4", -1),
                state(2, new Stmt.Branch(Code.var(I).then(" <= ").then(Code.var(T)), 3, 4)),
                state(3, new Stmt.Suspend(Code.var(I), 4, "T.java:5", false)),
                new StateMachine.State(4, List.of(new Stmt.Finish()), "T.java:5", -1)), Map.of(), List.of()));
        assertEquals(-1, simplified.sharedTail(), "a test with one predecessor is no shared tail");
    }

    @Test
    void simplifierBypassesStatesThatOnlyJump() {
        StateMachine simplified = Simplifier.simplify(machine(List.of(
                state(0, new Stmt.Assign(I, Code.text("1")), new Stmt.Goto(1)),
                state(1, new Stmt.Goto(2)),
                state(2, new Stmt.Suspend(Code.var(I), 3, "T.java:4", false)),
                new StateMachine.State(3, List.of(new Stmt.Finish()), "T.java:4", -1)), Map.of(), List.of()));
        for (StateMachine.State state : simplified.states()) {
            for (Stmt stmt : state.statements()) {
                assertFalse(stmt instanceof Stmt.Goto goto1 && goto1.state() == 1, "nothing jumps to a lone jump");
            }
        }
        assertTrue(simplified.states().stream().filter(s -> s.id() == 1).allMatch(s -> s.statements().isEmpty()));
    }

    @Test
    void livenessHoistsWhatLivesAcrossASuspensionOnly() {
        StateMachine machine = machine(List.of(
                state(0, new Stmt.Assign(I, Code.text("1")), new Stmt.Assign(T, Code.var(I).then(" * 2")),
                        new Stmt.Suspend(Code.var(T), 1, "T.java:5", false)),
                new StateMachine.State(1, List.of(new Stmt.Exec(Code.var(I).then("++;"), true), new Stmt.Finish()),
                        "T.java:5", -1)), Map.of(), List.of());
        assertEquals(Set.of(I), Liveness.of(machine).fields(), "i is used after the yield, t only before it");
    }

    private static final LocalVar S = new LocalVar(2, "s", Code.type(JavaType.Named.of("java.lang", "String")),
            LocalVar.Kind.LOCAL);

    @Test
    void livenessKeepsInTheResumeMethodWhatCrossesStatesButNoSuspension() {
        // 0: t = 2; goto 1.  1: i = t * 3; yield i -> 2.  2: finish
        StateMachine machine = new StateMachine(List.of(
                state(0, new Stmt.Assign(T, Code.text("2")), new Stmt.Goto(1)),
                state(1, new Stmt.Assign(I, Code.var(T).then(" * 3")), new Stmt.Suspend(Code.var(I), 2, "T.java:4",
                        false)),
                new StateMachine.State(2, List.of(new Stmt.Finish()), "T.java:4", -1)), List.of(), List.of(),
                List.of(I, T, S), null, null, Map.of(), List.of(), List.of(), -1);
        Liveness liveness = Liveness.of(machine);
        assertEquals(Set.of(), liveness.fields(), "nothing is read after the yield");
        assertEquals(Set.of(T), liveness.resumeLocals(), "t crosses from state 0 to 1 within one resume");
    }

    @Test
    void livenessDeclaresInEachStateWhatEachAssignsBeforeReading() {
        // two copies of a loop body, 0 and 1 (resumed): each assigns t before reading it
        StateMachine machine = new StateMachine(List.of(
                state(0, new Stmt.Assign(T, Code.text("2")), new Stmt.Suspend(Code.var(T), 1, "T.java:4", false)),
                new StateMachine.State(1, List.of(new Stmt.Assign(T, Code.text("3")),
                        new Stmt.Suspend(Code.var(T), 1, "T.java:4", false)), "T.java:4", -1)),
                List.of(), List.of(), List.of(I, T, S), null, null, Map.of(), List.of(), List.of(), -1);
        Liveness liveness = Liveness.of(machine);
        assertEquals(Set.of(), liveness.fields());
        assertEquals(Set.of(), liveness.resumeLocals(), "t is live where neither state is entered: a local of each");
    }

    @Test
    void livenessSeesADeclarationInsideABranchKillTheVariableThere() {
        // 0: goto 1.  1 (resume too): if (t > 0) { s = "x"; if (s.isEmpty()) goto 1; yield s -> 1 } else finish
        List<Stmt> loop = List.of(new Stmt.If(Code.var(T).then(" > 0"),
                List.of(new Stmt.Declare(S, Code.text("\"x\""), false),
                        new Stmt.If(Code.var(S).then(".isEmpty()"), List.of(new Stmt.Goto(1)), List.of()),
                        new Stmt.Suspend(Code.var(S), 1, "T.java:4", false)),
                List.of(new Stmt.Finish())));
        StateMachine machine = new StateMachine(List.of(
                state(0, new Stmt.Goto(1)),
                new StateMachine.State(1, loop, "T.java:4", -1)), List.of(), List.of(),
                List.of(I, T, S), null, null, Map.of(), List.of(), List.of(), -1);
        Liveness liveness = Liveness.of(machine);
        assertEquals(Set.of(T), liveness.fields(), "s is set in the branch before any use: never live at a resume");
        assertEquals(Set.of(), liveness.resumeLocals());
    }

    @Test
    void livenessClearsAReferenceFieldWhereItDies() {
        // 0: s = "x"; yield s -> 1.  1: yield s.length() -> 2.  2: yield 0 -> 3.  3: finish
        StateMachine machine = new StateMachine(List.of(
                state(0, new Stmt.Assign(S, Code.text("\"x\"")), new Stmt.Suspend(Code.var(S), 1, "T.java:4",
                        false)),
                new StateMachine.State(1, List.of(new Stmt.Suspend(Code.var(S).then(".length()"), 2, "T.java:5",
                        false)), "T.java:4", -1),
                new StateMachine.State(2, List.of(new Stmt.Suspend(Code.text("0"), 3, "T.java:6", false)),
                        "T.java:5", -1),
                new StateMachine.State(3, List.of(new Stmt.Finish()), "T.java:6", -1)), List.of(), List.of(),
                List.of(I, T, S), null, null, Map.of(), List.of(), List.of(), -1);
        Liveness liveness = Liveness.of(machine);
        assertEquals(Set.of(S), liveness.fields());
        assertEquals(Map.of(2, Set.of(S)), liveness.clearedAt(), "s dies at the second yield, cleared once");
    }

    @Test
    void leapsRunEveryFinallyBlockTheyCrossInnermostFirst() {
        StateGraph graph = new StateGraph();
        int target = graph.newState();
        StateGraph.Region outer = graph.newRegion();
        outer.finallyEntry = graph.newState();
        graph.enter(outer.id, StateGraph.Part.TRY);
        StateGraph.Region inner = graph.newRegion();
        inner.finallyEntry = graph.newState();
        graph.enter(inner.id, StateGraph.Part.TRY);
        List<Stmt> leap = Leaps.leap(graph, target, 0);
        assertEquals(2, leap.size());
        Stmt.SetFinallyNext first = (Stmt.SetFinallyNext) leap.get(0);
        assertEquals(inner.id, first.region());
        assertEquals(new Stmt.Goto(inner.finallyEntry), leap.get(1));
        // after the inner finally block, a step state sets up the outer one, which goes on to the target
        StateMachine built = graph.build(List.of(), null, null, List.of());
        StateMachine.State step = built.states().stream().filter(s -> s.id() == first.state()).findFirst().orElseThrow();
        assertEquals(List.of(new Stmt.SetFinallyNext(outer.id, target), new Stmt.Goto(outer.finallyEntry)),
                step.statements());
        assertEquals(List.of(new Stmt.Goto(target)), Leaps.leap(graph, target, 2), "no region crossed: a plain jump");
    }
}
