package dev.yieldj.processor.emit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
            "\\s*((public|protected|private|static|final|transient|volatile)\\s+)*[\\w$.<>?,\\[\\] ]+\\s+[\\w$]+"
                    + "(\\s*=[^;]*)?;");

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
            if (line.code() && i + 2 < lines.size()) {
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

    private static boolean isField(Line line) {
        return line.code() && line.inTypeBody() && FIELD.matcher(line.text()).matches();
    }

    /**
     * A line as the scanner found it where it starts: whether it starts in code (not in a comment or
     * text block), and whether the innermost brace around it opens a class body.
     */
    private record Line(String text, boolean code, boolean inTypeBody) {}

    private enum Mode { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, TEXT_BLOCK }

    private static List<Line> scan(List<String> lines) {
        List<Line> scanned = new ArrayList<>(lines.size());
        Deque<Boolean> braces = new ArrayDeque<>(); // true: a class body
        Mode mode = Mode.CODE;
        for (String line : lines) {
            scanned.add(new Line(line, mode == Mode.CODE, Boolean.TRUE.equals(braces.peek())));
            boolean opensType = mode == Mode.CODE && TYPE_OPENING.matcher(line).matches();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                switch (mode) {
                    case CODE -> {
                        if (line.startsWith("//", i)) {
                            mode = Mode.LINE_COMMENT;
                        } else if (line.startsWith("/*", i)) {
                            mode = Mode.BLOCK_COMMENT;
                            i++;
                        } else if (line.startsWith("\"\"\"", i)) {
                            mode = Mode.TEXT_BLOCK;
                            i += 2;
                        } else if (c == '"') {
                            mode = Mode.STRING;
                        } else if (c == '\'') {
                            mode = Mode.CHAR;
                        } else if (c == '{') {
                            braces.push(opensType && line.indexOf('{', i + 1) < 0);
                        } else if (c == '}' && !braces.isEmpty()) {
                            braces.pop();
                        }
                    }
                    case BLOCK_COMMENT -> {
                        if (line.startsWith("*/", i)) {
                            mode = Mode.CODE;
                            i++;
                        }
                    }
                    case STRING, CHAR, TEXT_BLOCK -> {
                        String closing = mode == Mode.TEXT_BLOCK ? "\"\"\"" : mode == Mode.STRING ? "\"" : "'";
                        if (c == '\\') {
                            i++;
                        } else if (line.startsWith(closing, i)) {
                            i += closing.length() - 1;
                            mode = Mode.CODE;
                        }
                    }
                    case LINE_COMMENT -> {
                        i = line.length();
                    }
                }
            }
            if (mode == Mode.LINE_COMMENT || mode == Mode.STRING || mode == Mode.CHAR) {
                mode = Mode.CODE; // a line comment ends with its line; a string or char cannot span lines
            }
        }
        return scanned;
    }
}
