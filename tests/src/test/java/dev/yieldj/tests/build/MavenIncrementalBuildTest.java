package dev.yieldj.tests.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yieldj.tests.harness.Prerequisites;
import dev.yieldj.tests.harness.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        ProcessBuilder builder = new ProcessBuilder(maven(), "-B", "-q", "-o", "compile").directory(project.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Processes.run(builder, MAVEN_TIMEOUT).assertSucceeded();
    }

    /** How long one user build may take. */
    static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(5);

    /**
     * The Maven that runs this build ({@code maven.home}, which Surefire passes), else {@code mvn} on the PATH. A
     * {@link Prerequisites prerequisite}: without one the test skips locally (an IDE run), and fails on CI.
     */
    static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        Prerequisites.require(Prerequisites.onPath("mvn"), "mvn (maven.home or the PATH) to run a user build with");
        return "mvn";
    }
}
