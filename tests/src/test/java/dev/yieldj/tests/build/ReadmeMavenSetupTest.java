package dev.yieldj.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven setup works verbatim: a bare {@code pom.xml} made of its snippet alone (no parent, nothing else
 * pinned), around a class whose {@code main} uses its own generator through {@code var}, builds with the machine's
 * {@code mvn} and runs on the JDK alone.
 */
class ReadmeMavenSetupTest {
    @TempDir
    Path project;

    @Test
    void theReadmeSnippetBuildsAProjectThatRuns() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher snippet = Pattern.compile("## Maven setup\\s+```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(snippet.find(), "README has a Maven setup snippet");
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>user</artifactId>
                  <version>1</version>
                """ + snippet.group(1) + "</project>\n");
        Path holder = project.resolve("src/main/java/com/acme/Numbers.java");
        Files.createDirectories(holder.getParent());
        Files.writeString(holder, """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Numbers {
                    @Generator
                    static void countUpTo(int n, Yield<Integer> out) {
                        for (int i = 1; i <= n; i++) {
                            out.yield(i);
                        }
                    }

                    public static void main(String[] args) {
                        var g = NumbersGenerators.countUpTo(3);
                        var squares = g.stream().map(i -> i * i).toList();
                        System.out.println(squares);
                    }
                }
                """);
        run(List.of(MavenIncrementalBuildTest.maven(), "-B", "-q", "compile"));
        String output = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", project.resolve("target/classes").toString(), "com.acme.Numbers"));
        assertEquals("[1, 4, 9]", output.strip());
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return Processes.run(builder, MavenIncrementalBuildTest.MAVEN_TIMEOUT).assertSucceeded().stdout();
    }
}
