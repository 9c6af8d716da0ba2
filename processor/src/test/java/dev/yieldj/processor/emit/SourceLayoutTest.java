package dev.yieldj.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The layout pass over JavaPoet's output: what it tidies, and the text it must leave as it is. */
class SourceLayoutTest {

    @Test
    void oneLineJavadocOnOneLine() {
        assertEquals("""
                class A {
                    /** The state. */
                    int state;
                }
                """, SourceLayout.tidy("""
                class A {
                    /**
                     * The state.
                     */
                    int state;
                }
                """));
    }

    @Test
    void javadocTooWideForOneLineKeepsItsThreeLines() {
        String wide = "x".repeat(SourceLayout.WIDTH);
        String source = """
                class A {
                    /**
                     * %s
                     */
                    int state;
                }
                """.formatted(wide);
        assertEquals(source, SourceLayout.tidy(source));
    }

    @Test
    void fieldsFormOneBlockButADocumentedFieldKeepsItsBlankLine() {
        assertEquals("""
                class A {
                    static final int ONE = 1;
                    static final int TWO = 2;

                    /** Documented. */
                    boolean ready;

                    boolean running;
                    private final java.util.List<String> names = new java.util.ArrayList<>();

                    A() {}
                }
                """, SourceLayout.tidy("""
                class A {
                    static final int ONE = 1;

                    static final int TWO = 2;

                    /**
                     * Documented.
                     */
                    boolean ready;

                    boolean running;

                    private final java.util.List<String> names = new java.util.ArrayList<>();

                    A() {
                    }
                }
                """));
    }

    @Test
    void statementsInMethodsKeepTheirBlankLines() {
        String source = """
                class A {
                    void m() {
                        int a = 1;

                        int b = 2;
                    }
                }
                """;
        assertEquals(source, SourceLayout.tidy(source));
    }

    @Test
    void textBlocksAndCommentsAreLeftAsTheyAre() {
        String source = """
                class A {
                    String s = \"""
                            int a;

                            int b;
                            /**
                             * Not a javadoc.
                             */
                            \""";

                    /* int c;

                       int d; */
                    String t = "\\" /**";
                }
                """;
        assertEquals(source, SourceLayout.tidy(source));
    }

    @Test
    void aFileWithAUnicodeEscapeIsLeftWhole() {
        String source = """
                class A {
                    String s = "\\u0022";

                    int a;
                }
                """;
        assertEquals(source, SourceLayout.tidy(source));
    }
}
