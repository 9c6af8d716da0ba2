package dev.yieldj.processor.emit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout rules JavaPoet does not follow, applied to the text it renders, as google-java-format
 * writes them: a javadoc of one short line is written on that line ({@code /** Text. *}{@code /}),
 * an empty method or constructor body is {@code {}}, and fields that follow each other in a class
 * body are not separated by blank lines (but for one with a comment of its own). The generated code
 * then reads like hand-written code: a class's fields as one block, no three-line frame around a
 * one-line comment.
 *
 * <p>Only layout changes, never a token: lines inside a text block or a comment are left as they
 * are, and a file with a unicode escape (which could hide a quote from this scanner) is left whole.
 */
public final class SourceLayout {
    /** The widest line a javadoc is joined into; a longer one keeps JavaPoet's three lines. */
    static final int WIDTH = 120;

    private static final Pattern TYPE_OPENING = Pattern.compile(
            "\\s*(@[\\w.]+(\\([^)]*\\))?\\s+)*((public|protected|private|abstract|static|final|sealed|non-sealed"
                    + "|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s+[\\w$]+.*\\{");
    private static final Pattern FIELD = Pattern.compile(
            "\\s*(?:(?:public|protected|private|static|final|transient|volatile)\\s+)*[\\w$.]+(?:<[^;=()]*>)?(?:\\[])*"
                    + "\\s+[\\w$]+(?:\\s*=[^;]*)?;");

    private SourceLayout() {}

    public static String tidy(String source) {
        if (source.contains("\\u")) {
            return source;
        }
        List<String> lines = List.of(source.split("\n", -1));
        List<Line> scanned = scan(lines);
        List<String> tidied = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = scanned.get(i);
            if (line.code() && i + 2 < lines.size() && line.text().endsWith("/**")) {
                String joined = joinedJavadoc(lines.get(i), lines.get(i + 1), lines.get(i + 2));
                if (joined != null) {
                    tidied.add(joined);
                    i += 2;
                    continue;
                }
            }
            if (line.code() && line.inTypeBody() && i + 1 < lines.size() && isEmptyBodyOpening(line)
                    && lines.get(i + 1).equals(indent(line.text()) + "}")) {
                tidied.add(line.text() + "}");
                i++;
                continue;
            }
            // a field with a comment of its own keeps the blank line after it: the comment is about it alone
            boolean blankBetweenFields = line.code() && line.text().isEmpty() && line.inTypeBody()
                    && i > 1 && i + 1 < lines.size()
                    && isField(scanned.get(i - 1)) && isField(scanned.get(i + 1))
                    && !lines.get(i - 2).endsWith("*/");
            if (!blankBetweenFields) {
                tidied.add(lines.get(i));
            }
        }
        return String.join("\n", tidied);
    }

    /** A method or constructor declaration whose body may be empty: {@code private X() {}} on one line. */
    private static boolean isEmptyBodyOpening(Line line) {
        return line.text().endsWith(") {") && !line.text().stripLeading().startsWith("}");
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** {@code /**}, {@code  * text}, {@code  *}{@code /} at one indentation as one line, or null. */
    private static String joinedJavadoc(String open, String text, String close) {
        String indent = indent(open);
        if (!open.equals(indent + "/**") || !close.equals(indent + " */") || !text.startsWith(indent + " * ")) {
            return null;
        }
        String content = text.substring(indent.length() + 3).strip();
        String joined = indent + "/** " + content + " */";
        return content.isEmpty() || content.contains("*/") || joined.length() > WIDTH ? null : joined;
    }

    private static boolean opensClassBody(String line) {
        return (line.contains("class ") || line.contains("interface ") || line.contains("enum ")
                || line.contains("record ")) && TYPE_OPENING.matcher(line).matches();
    }

    private static boolean isField(Line line) {
        return line.code() && line.inTypeBody() && line.text().endsWith(";") && FIELD.matcher(line.text()).matches();
    }

    /**
     * A line as the scanner found it where it starts: whether it starts in code (not in a comment or
     * text block), and whether the innermost brace around it opens a class body.
     */
    private record Line(String text, boolean code, boolean inTypeBody) {}

    // where the scanner is: in code, or inside a block comment, a string, a char literal or a text block
    private static final int CODE = 0;
    private static final int BLOCK_COMMENT = 1;
    private static final int STRING = 2;
    private static final int CHAR = 3;
    private static final int TEXT_BLOCK = 4;

    private static List<Line> scan(List<String> lines) {
        List<Line> scanned = new ArrayList<>(lines.size());
        boolean[] classBodies = new boolean[16]; // per open brace: whether it opens a class body
        int depth = 0;
        int mode = CODE;
        for (String line : lines) {
            scanned.add(new Line(line, mode == CODE, depth > 0 && classBodies[depth - 1]));
            int length = line.length();
            for (int i = 0; i < length; i++) {
                char c = line.charAt(i);
                if (mode == CODE) {
                    if (c == '/' && i + 1 < length && line.charAt(i + 1) == '/') {
                        break;
                    } else if (c == '/' && i + 1 < length && line.charAt(i + 1) == '*') {
                        mode = BLOCK_COMMENT;
                        i++;
                    } else if (c == '"') {
                        boolean textBlock = line.startsWith("\"\"\"", i);
                        mode = textBlock ? TEXT_BLOCK : STRING;
                        i += textBlock ? 2 : 0;
                    } else if (c == '\'') {
                        mode = CHAR;
                    } else if (c == '{') {
                        if (depth == classBodies.length) {
                            classBodies = Arrays.copyOf(classBodies, 2 * depth);
                        }
                        // a class body opens with the last brace of its declaration's line
                        classBodies[depth++] = line.indexOf('{', i + 1) < 0 && opensClassBody(line);
                    } else if (c == '}' && depth > 0) {
                        depth--;
                    }
                } else if (mode == BLOCK_COMMENT) {
                    if (c == '*' && i + 1 < length && line.charAt(i + 1) == '/') {
                        mode = CODE;
                        i++;
                    }
                } else if (c == '\\') {
                    i++; // an escape in a string, char literal or text block
                } else if (mode == STRING ? c == '"' : mode == CHAR ? c == '\'' : line.startsWith("\"\"\"", i)) {
                    i += mode == TEXT_BLOCK ? 2 : 0;
                    mode = CODE;
                }
            }
            if (mode == STRING || mode == CHAR) {
                mode = CODE; // a string or char literal cannot span lines
            }
        }
        return scanned;
    }
}
