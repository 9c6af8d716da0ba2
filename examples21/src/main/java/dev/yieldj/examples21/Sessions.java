package dev.yieldj.examples21;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A log of login events turned lazily into finished sessions: record patterns in {@code instanceof}
 * (with {@code var} components and a flow-scoped negation) and a pattern {@code switch} with a
 * guard; the open sessions live in a map across yields.
 */
public final class Sessions {

    private Sessions() {}

    public sealed interface Event permits Login, Logout, Tick {}

    public record Login(String user, long at) implements Event {}

    public record Logout(String user, long at) implements Event {}

    public record Tick(long at) implements Event {}

    public record Session(String user, long from, long to) {}

    /**
     * Each session a logout ends, in the order they end; at the end of the log, the sessions still
     * open, cut at the last time seen. A {@link Tick} only advances the clock.
     */
    @Generator
    static void sessions(List<? extends Event> log, Yield<Session> out) {
        Map<String, Long> open = new HashMap<>();
        long now = 0;
        for (Event event : log) {
            if (event instanceof Login(var user, var at) && !open.containsKey(user)) {
                open.put(user, at);
            }
            switch (event) {
                case Logout(String user, long at) when open.containsKey(user) -> {
                    out.yield(new Session(user, open.remove(user), at));
                    now = Math.max(now, at);
                }
                case Logout logout -> now = Math.max(now, logout.at());
                case Login login -> now = Math.max(now, login.at());
                case Tick(long at) -> now = Math.max(now, at);
            }
            if (!(event instanceof Tick tick)) {
                continue;
            }
            if (tick.at() < 0) {
                throw new IllegalArgumentException("time before the epoch: " + tick);
            }
        }
        for (String user : open.keySet().stream().sorted().toList()) {
            out.yield(new Session(user, open.get(user), now));
        }
    }

    static List<Event> sample() {
        return List.of(new Login("ada", 1), new Login("bob", 2), new Tick(3), new Logout("ada", 5),
                new Logout("carl", 6), new Login("ada", 7), new Tick(9), new Login("ada", 10));
    }

    public static void main(String[] args) {
        for (Session session : SessionsGenerators.sessions(sample())) {
            System.out.println(session);
        }
    }
}
