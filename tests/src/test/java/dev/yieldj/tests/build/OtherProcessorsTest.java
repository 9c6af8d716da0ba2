package dev.yieldj.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.InMemoryJavac;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * yieldj in one build with other processors, on the processor path in either order, as a user's build puts them:
 * Lombok (whose {@code val}, {@code @Getter}/{@code @Setter}, {@code @SneakyThrows} and {@code @Cleanup} rewrite the
 * class, the templates included: a template is read as the compilation compiles it), AutoValue and MapStruct (whose
 * generated classes template bodies use). Each program compares the generator's values with its push-mode run.
 */
class OtherProcessorsTest {
    private static final String YIELDJ = "dev.yieldj.processor.GeneratorProcessor";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "yieldj first: {0}")
    @ValueSource(booleans = {true, false})
    void lombok(boolean yieldjFirst) throws Exception {
        String holder = """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;
                import java.io.BufferedReader;
                import java.io.StringReader;
                import java.util.ArrayList;
                import java.util.List;
                import lombok.Cleanup;
                import lombok.Getter;
                import lombok.Setter;
                import lombok.SneakyThrows;
                import lombok.val;

                public class Lines {
                    @Getter @Setter private static int base = 10;
                    @Getter @Setter private String name = "n";

                    @Generator
                    @SneakyThrows
                    static void lines(String text, Yield<String> out) {
                        val prefix = new StringBuilder("#");
                        @Cleanup BufferedReader reader = new BufferedReader(new StringReader(text));
                        String line;
                        while ((line = reader.readLine()) != null) {
                            out.yield(prefix + line + (getBase() + line.length()));
                        }
                    }

                    public static String run() {
                        val pulled = new ArrayList<String>();
                        var g = LinesGenerators.lines("a\\nbb");
                        g.forEachRemaining(pulled::add);
                        List<String> pushed = new ArrayList<>();
                        lines("a\\nbb", pushed::add);
                        Lines l = new Lines();
                        l.setName("x");
                        return pulled + " " + pushed + " " + l.getName();
                    }
                }
                """;
        String lombok = "lombok.launch.AnnotationProcessorHider$AnnotationProcessor";
        assertEquals("[#a11, #bb12] [#a11, #bb12] x",
                compileAndRun(Map.of("com.acme.Lines", holder), yieldjFirst ? List.of(YIELDJ, lombok)
                        : List.of(lombok, YIELDJ), "com.acme.Lines"));
    }

    @ParameterizedTest(name = "yieldj first: {0}")
    @ValueSource(booleans = {true, false})
    void autoValueAndMapStruct(boolean yieldjFirst) throws Exception {
        String point = """
                package com.acme;

                import com.google.auto.value.AutoValue;

                @AutoValue
                public abstract class Point {
                    public abstract int x();

                    public abstract int y();

                    public static Point of(int x, int y) {
                        return new AutoValue_Point(x, y);
                    }
                }
                """;
        String mapper = """
                package com.acme;

                import org.mapstruct.Mapper;
                import org.mapstruct.Mapping;

                @Mapper
                public interface PointMapper {
                    @Mapping(target = "x", expression = "java(point.x())")
                    @Mapping(target = "y", expression = "java(point.y())")
                    Label toLabel(Point point);

                    class Label {
                        private int x;
                        private int y;

                        public int getX() {
                            return x;
                        }

                        public void setX(int x) {
                            this.x = x;
                        }

                        public int getY() {
                            return y;
                        }

                        public void setY(int y) {
                            this.y = y;
                        }

                        @Override
                        public String toString() {
                            return x + "/" + y;
                        }
                    }
                }
                """;
        String holder = """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;
                import java.util.ArrayList;
                import java.util.List;

                public class Points {
                    @Generator
                    static void diagonal(int n, Yield<String> out) {
                        var mapper = new PointMapperImpl();
                        for (int i = 0; i < n; i++) {
                            var point = Point.of(i, i * 2);
                            out.yield(point + " " + mapper.toLabel(point));
                        }
                    }

                    public static String run() {
                        List<String> pushed = new ArrayList<>();
                        diagonal(2, pushed::add);
                        var pulled = PointsGenerators.diagonal(2).stream().toList();
                        return pulled + " " + pulled.equals(pushed);
                    }
                }
                """;
        String autoValue = "com.google.auto.value.processor.AutoValueProcessor";
        String mapStruct = "org.mapstruct.ap.MappingProcessor";
        List<String> order = yieldjFirst ? List.of(YIELDJ, autoValue, mapStruct) : List.of(autoValue, mapStruct, YIELDJ);
        assertEquals("[Point{x=0, y=0} 0/0, Point{x=1, y=2} 1/2] true", compileAndRun(
                Map.of("com.acme.Point", point, "com.acme.PointMapper", mapper, "com.acme.Points", holder),
                order, "com.acme.Points"));
    }

    /** Compiles {@code sources} with the test class path as processor path, processors in {@code order}; runs run(). */
    private String compileAndRun(Map<String, String> sources, List<String> order, String main) throws Exception {
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        String classPath = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = List.of("--release", "17", "-Xlint:all", "-Xlint:-processing", "-Werror",
                "-d", out.toString(), "-s", out.toString(), "-classpath", classPath, "-processorpath", classPath,
                "-processor", String.join(",", order));
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, manager, null, options, null, manager.getJavaFileObjectsFromPaths(files))
                    .call();
            assertTrue(ok, () -> "compilation with " + order + " failed:\n" + log);
        }
        List<URL> urls = new ArrayList<>(List.of(out.toUri().toURL()));
        for (Path path : InMemoryJavac.templateClassPath()) {
            urls.add(path.toUri().toURL());
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.contains("mapstruct") || entry.contains("lombok")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            return (String) Class.forName(main, true, loader).getMethod("run").invoke(null);
        }
    }

}
