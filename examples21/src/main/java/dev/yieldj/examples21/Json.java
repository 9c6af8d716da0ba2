package dev.yieldj.examples21;

import dev.yieldj.Generator;
import dev.yieldj.Yield;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document (maps, lists, strings, numbers, booleans and nulls, as JSON libraries hand
 * them out) flattened lazily into {@code path = value} lines: a pattern {@code switch} over
 * {@code Object} with {@code case null}, guards and a {@code default}, recursing with
 * {@code yieldAll}.
 */
public final class Json {

    private Json() {}

    @Generator
    static void flatten(String path, Object value, Yield<String> out) {
        switch (value) {
            case null -> out.yield(path + " = null");
            case Map<?, ?> map when map.isEmpty() -> out.yield(path + " = {}");
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.yieldAll(JsonGenerators.flatten(path + "." + entry.getKey(), entry.getValue()));
                }
            }
            case List<?> list when list.isEmpty() -> out.yield(path + " = []");
            case List<?> list -> {
                int index = 0;
                for (Object element : list) {
                    out.yieldAll(JsonGenerators.flatten(path + "[" + index + "]", element));
                    index++;
                }
            }
            case String text when text.isBlank() -> out.yield(path + " = \"\" (blank)");
            case String text -> out.yield(path + " = \"" + text + "\"");
            case Integer number when number < 0 -> out.yield(path + " = " + number + " (negative)");
            case Number number -> out.yield(path + " = " + number);
            case Boolean flag -> out.yield(path + " = " + flag);
            default -> out.yield(path + " = ? " + value.getClass().getSimpleName());
        }
    }

    /** An ordered map, as JSON object keys keep their order: {@code object("a", 1, "b", 2)}. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    static Map<String, Object> sample() {
        return object(
                "name", "yieldj",
                "tags", List.of("generators", "java", " "),
                "owner", object("login", "ada", "id", 7, "team", null),
                "stats", object("stars", 1200, "delta", -3, "ratio", 0.25, "public", true),
                "empty", object(),
                "none", List.of(),
                "when", java.time.LocalDate.of(2026, 12, 7));
    }

    public static void main(String[] args) {
        for (String line : JsonGenerators.flatten("$", sample())) {
            System.out.println(line);
        }
    }
}
