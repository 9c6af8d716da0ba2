package dev.yieldj.examples.itertools;

import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes Java values the way Python's {@code json.dumps} writes their CPython counterparts
 * (tuples and lists as {@code [a, b]}, {@code None} as {@code null}), so that a Java output
 * compares with a recorded fixture as text.
 */
final class Json {

    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("fixtures hold printable ASCII only: " + text);
                }
                out.append(c);
            }
            out.append('"');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Iterable<?> items) {
            StringJoiner joiner = new StringJoiner(", ", "[", "]");
            for (Object item : items) {
                joiner.add(write(item));
            }
            out.append(joiner);
        } else if (value instanceof Itertools.Group<?, ?> group) {
            out.append('[').append(write(group.key())).append(", ").append(write(group.items())).append(']');
        } else if (value instanceof Map.Entry<?, ?> entry) {
            out.append('[').append(write(entry.getKey())).append(", ").append(write(entry.getValue())).append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass() + ": " + value);
        }
    }
}
