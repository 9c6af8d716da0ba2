package dev.yieldj.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Virtual threads for the {@code virtualThread} variants. The module compiles with {@code --release 17},
 * which has no {@code Thread.ofVirtual()}: it is looked up through method handles, and is absent before
 * JDK 21.
 */
public final class VirtualThreads {

    /** {@code r -> Thread.ofVirtual().unstarted(r)}, or null before JDK 21. */
    private static final MethodHandle UNSTARTED = lookUp();

    private VirtualThreads() {
    }

    private static MethodHandle lookUp() {
        try {
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle factory = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual))
                    .asType(MethodType.methodType(builder));
            MethodHandle unstarted =
                    lookup.findVirtual(builder, "unstarted", MethodType.methodType(Thread.class, Runnable.class));
            MethodHandle handle = MethodHandles.collectArguments(unstarted, 0, factory);
            Thread probe = (Thread) handle.invokeExact((Runnable) () -> { });
            return probe == null ? null : handle;
        } catch (Throwable absent) { // ReflectiveOperationException on 17; UnsupportedOperationException on 19-20
            return null;
        }
    }

    /** Whether this JVM has virtual threads (JDK 21 and later). */
    public static boolean available() {
        return UNSTARTED != null;
    }

    /** A new unstarted virtual thread running {@code run}. */
    public static Thread unstarted(Runnable run) {
        if (UNSTARTED == null) {
            throw new UnsupportedOperationException(unavailable());
        }
        try {
            return (Thread) UNSTARTED.invokeExact(run);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static String unavailable() {
        return "n/a: virtual threads need JDK 21 or later, this is " + System.getProperty("java.version");
    }

    /**
     * The state that every {@code virtualThread} benchmark takes: on JDK 17 its set-up fails, so JMH
     * reports that benchmark as failed and goes on (table.sh excludes them there and prints n/a).
     */
    @State(Scope.Benchmark)
    public static class Required {
        @Setup(Level.Trial)
        public void check() {
            if (!available()) {
                throw new UnsupportedOperationException(unavailable());
            }
        }
    }
}
