package dev.yieldj.examples.coroutines;

import dev.yieldj.examples.coroutines.Coroutines.Target;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds pipelines of the coroutines of {@link Coroutines}, as in David Beazley's
 * "A Curious Course on Coroutines and Concurrency": every stage is started (advanced to its first
 * yield, what Beazley's {@code @coroutine} decorator does) and then only sent items.
 *
 * <pre>{@code
 * Pipeline.produce(lines, Pipeline.broadcast(List.of(
 *         Pipeline.grep("python", Pipeline.printer("python: ", System.out::println)),
 *         Pipeline.grep("ply", Pipeline.printer("ply: ", System.out::println)))));
 * }</pre>
 */
public final class Pipeline {

    private Pipeline() {}

    /** The producer: sends every line to {@code target}, then closes it. */
    public static void produce(Iterable<String> lines, Target<String> target) {
        for (String line : lines) {
            target.send(line);
        }
        target.close();
    }

    /** A started {@link Coroutines#grep}. */
    public static Target<String> grep(String pattern, Target<String> target) {
        var grep = CoroutinesGenerators.grep(pattern, target);
        return start(grep, grep::send, grep::close);
    }

    /** A started {@link Coroutines#broadcast}. */
    public static Target<String> broadcast(List<Target<String>> targets) {
        var broadcast = CoroutinesGenerators.broadcast(targets);
        return start(broadcast, broadcast::send, broadcast::close);
    }

    /** A started {@link Coroutines#printer}. */
    public static Target<String> printer(String prefix, Consumer<String> output) {
        var printer = CoroutinesGenerators.printer(prefix, output);
        return start(printer, printer::send, printer::close);
    }

    /** Beazley's {@code @coroutine}: advances {@code coroutine} to its first yield. */
    static <S> Target<S> start(Iterator<?> coroutine, Consumer<S> send, Runnable close) {
        coroutine.next();
        return new Target<>() {
            @Override
            public void send(S item) {
                send.accept(item);
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
