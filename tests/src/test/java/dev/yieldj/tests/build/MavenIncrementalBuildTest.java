package dev.yieldj.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's Maven project, built with the processor the reactor just installed: it compiles, and
 * after a template is edited an incremental rebuild (no clean) regenerates its state machine.
 */
class MavenIncrementalBuildTest {

    @TempDir
    Path project;

    @Test
    void editingATemplateRegeneratesItsStateMachine() throws Exception {
        String version = System.getProperty("yieldj.version", "0.1.0-SNAPSHOT");
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>user</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>dev.yieldj</groupId>
                      <artifactId>yieldj-annotations</artifactId>
                      <version>VERSION</version>
                      <scope>provided</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                        <configuration>
                          <compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs>
                          <annotationProcessorPaths>
                            <path>
                              <groupId>dev.yieldj</groupId>
                              <artifactId>yieldj-processor</artifactId>
                              <version>VERSION</version>
                            </path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.replace("VERSION", version));
        Path template = project.resolve("src/main/java/com/acme/Numbers.java");
        Files.createDirectories(template.getParent());
        Files.writeString(template, numbers("count"));
        Path generated = project.resolve("target/generated-sources/annotations/com/acme/NumbersGeneratorsBodies.java");

        build();
        assertTrue(Files.readString(generated).contains("count++"), "first build generates the machine");

        Files.writeString(template, numbers("step"));
        build(); // incremental: no clean
        String regenerated = Files.readString(generated);
        assertTrue(regenerated.contains("step++"), "the rebuild regenerates the edited template");
        assertTrue(!regenerated.contains("count++"), "nothing of the old template remains");
    }

    private static String numbers(String local) {
        return """
                package com.acme;

                import dev.yieldj.Generator;
                import dev.yieldj.Yield;

                public class Numbers {
                    @Generator
                    static void countUpTo(int n, Yield<Integer> out) {
                        int LOCAL = 1;
                        while (LOCAL <= n) {
                            out.yield(LOCAL);
                            LOCAL++;
                        }
                    }
                }
                """.replace("LOCAL", local);
    }

    private void build() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "-o", "compile"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "maven timed out");
        assertEquals(0, process.exitValue(), () -> "maven failed:\n" + output);
    }

    static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        if (!onPath("mvn") && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("no mvn to run a user build with, and CI must not skip this test");
        }
        Assumptions.assumeTrue(onPath("mvn"), "no mvn to run a user build with");
        return "mvn";
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
