package dev.yieldj.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs every example and prints what the Python twins under {@code src/test/python} print (the
 * tests check that, line for line). Run it with {@code mvn -B -q -pl examples exec:java} after
 * {@code mvn -B -q install -DskipTests}.
 *
 * <p>Only generated classes and the JDK run here: the annotations jar is not on the run-time
 * class path of this module (scope {@code provided}).
 */
public final class Demo {

    private Demo() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        tutorial(out);
        out.println();
        chaining(out);
        out.println();
        pipelines(out);
        allocations(out);
        out.println();
        fileProcessing(out);
        out.println();
        streaming(out);
        out.println();
        protocol(out);
    }

    /** Every example of the tutorial; twin: {@code tutorial.py}. */
    static void tutorial(PrintStream out) {
        out.println("== count_up_to(5) ==");
        var counter = TutorialGenerators.countUpTo(5);
        for (int number : counter) {
            out.println(number);
        }

        out.println("== generator expression: squares = (x*x for x in range(5)) ==");
        var squares = TutorialGenerators.squares(5);
        out.println("generator: " + squares.stream().toList());
        out.println("stream twin: " + Tutorial.squaresStream(5).boxed().toList());

        out.println("== infinite_sequence() with next() ==");
        var gen = TutorialGenerators.infiniteSequence();
        out.println(gen.next());
        out.println(gen.next());

        out.println("== next() on count_up_to(3) ==");
        var three = TutorialGenerators.countUpTo(3);
        out.println(three.next()); // 1
        out.println(three.next()); // 2
        out.println(three.next()); // 3

        out.println("== StopIteration ==");
        try {
            out.println(three.next()); // throws NoSuchElementException, Java's StopIteration
        } catch (NoSuchElementException e) {
            out.println("StopIteration: the generator is exhausted");
        }

        out.println("== counter() with send() ==");
        var c = TutorialGenerators.counter();
        out.println(c.next());
        out.println(c.next());
        out.println(c.send(10));
        out.println(c.next());
        out.println(c.send(-5));
        out.println(c.next());
        out.println(c.next());
    }

    /** Generators chained: {@code squares()} iterates {@code integers()}; twin: {@code chaining.py}. */
    static void chaining(PrintStream out) {
        out.println("== combining generators: squares() over integers() ==");
        var gen = ChainingGenerators.squares();
        List<Integer> firstTen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            firstTen.add(gen.next());
        }
        out.println("first ten: " + firstTen);
        for (int s : ChainingGenerators.squares()) {
            if (s > 1000) {
                out.println("first square above 1000: " + s);
                break;
            }
        }
    }

    /** Lists vs chained generators, same results; twin: {@code pipelines.py}. */
    static void pipelines(PrintStream out) {
        out.println("== lists vs chained generators ==");
        // Without generators: two lists of up to a million boxed values.
        List<Integer> data = Pipelines.doubledList(1_000_000);
        List<Integer> filteredData = Pipelines.greaterThanList(data, 10);
        long sum = 0;
        for (int x : filteredData) {
            sum += x;
        }
        out.println("lists: " + filteredData.size() + " " + sum + " " + filteredData.subList(0, 5) + " "
                + filteredData.get(filteredData.size() - 1));

        // With generators: one value at a time, no list.
        AtomicInteger pulled = new AtomicInteger();
        var dataGen = PipelinesGenerators.doubled(1_000_000);
        var filteredDataGen =
                PipelinesGenerators.greaterThan(PipelinesGenerators.counted(dataGen, pulled), 10);
        int first = filteredDataGen.nextInt();
        out.println("values pulled from data_gen to get the first filtered value " + first + " -> " + pulled.get());
        long count = 1;
        long total = first;
        List<Integer> head = new ArrayList<>(List.of(first));
        int last = first;
        while (filteredDataGen.hasNext()) {
            int x = filteredDataGen.nextInt();
            count++;
            total += x;
            if (head.size() < 5) {
                head.add(x);
            }
            last = x;
        }
        out.println("generators: " + count + " " + total + " " + head + " " + last);
    }

    /** What each pipeline of {@link #pipelines} allocates (JVM-dependent, so not in the Python twin). */
    static void allocations(PrintStream out) {
        long lists = Pipelines.allocatedBytes(() -> {
            List<Integer> filtered = Pipelines.greaterThanList(Pipelines.doubledList(1_000_000), 10);
            if (filtered.isEmpty()) {
                throw new AssertionError();
            }
        });
        long generators = Pipelines.allocatedBytes(() -> {
            var filtered =
                    PipelinesGenerators.greaterThan(PipelinesGenerators.doubled(1_000_000), 10);
            long sum = 0;
            while (filtered.hasNext()) {
                sum += filtered.nextInt();
            }
            if (sum == 0) {
                throw new AssertionError();
            }
        });
        if (lists >= 0) {
            out.printf(Locale.ROOT, "allocated: lists %.1f MB, generators %.1f KB%n",
                    lists / 1048576.0, generators / 1024.0);
        }
    }

    /** Reading a file line by line through a generator; twin: {@code file_processing.py}. */
    static void fileProcessing(PrintStream out) throws IOException {
        Path tmp = Files.createTempDirectory("yieldj-demo");
        Path path = tmp.resolve("app.log");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                for (String line : LogPipelineGenerators.take(LogPipelineGenerators.logLines(7), 5000)) {
                    w.write(line);
                    w.write('\n');
                }
            }

            out.println("== file processing: one line at a time ==");
            long lines = 0;
            for (String ignored : FileProcessing.readLines(path)) {
                lines++;
            }
            out.println("lines: " + lines);

            try (var gen = FileProcessing.readLines(path)) {
                int number = 0;
                for (String line : gen) {
                    number++;
                    if (line.contains(" ERROR ")) {
                        out.println("first error at line " + number + " -> " + line);
                        break;
                    }
                }
            } // closes the file now

            out.println("slow requests (> 390 ms) per service:");
            try (var gen = FileProcessing.readLines(path)) {
                for (String row : LogPipeline.aggregate(
                        LogPipelineGenerators.slowerThan(LogPipelineGenerators.parse(gen), 390))) {
                    out.println("  " + row);
                }
            }
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(tmp);
        }
    }

    /** An endless source through parse, filter, take and aggregate; twin: {@code streaming.py}. */
    static void streaming(PrintStream out) {
        out.println("== streaming pipeline: log_lines -> parse -> errors -> first 50 -> aggregate ==");
        AtomicLong read = new AtomicLong();
        var source =
                LogPipelineGenerators.counted(LogPipelineGenerators.logLines(42), read);
        for (String row : LogPipeline.aggregate(LogPipelineGenerators.take(
                LogPipelineGenerators.errors(LogPipelineGenerators.parse(source)), 50))) {
            out.println(row);
        }
        out.println("lines pulled from the endless source: " + read.get());
    }

    /** Return values, yield from, close and throw; twin: {@code protocol.py}. */
    static void protocol(PrintStream out) {
        List<String> log = new ArrayList<>();

        out.println("== return value (StopIteration.value) ==");
        var g = ProtocolGenerators.inner(log);
        while (g.hasNext()) {
            out.println(g.next());
        }
        out.println("returned " + g.returnValue());
        showLog(out, log);

        out.println("== result = yield from inner() ==");
        out.println(ProtocolGenerators.outer(log).stream().toList());
        showLog(out, log);

        out.println("== close() reaches the delegate ==");
        var o = ProtocolGenerators.outer(log);
        out.println(o.next());
        o.close();
        showLog(out, log);

        out.println("== throw() ==");
        var r = ProtocolGenerators.resilient(log);
        out.println(r.next());
        out.println(r.next());
        out.println(r.throwInto(new IllegalArgumentException("bad value")));
        out.println(r.next());
        showLog(out, log);
    }

    private static void showLog(PrintStream out, List<String> log) {
        for (String entry : log) {
            out.println("  log: " + entry);
        }
        log.clear();
    }
}
