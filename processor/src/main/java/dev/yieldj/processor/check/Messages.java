package dev.yieldj.processor.check;

import java.util.Locale;

/**
 * Every text the processor reports, in one place: each names what is wrong and what to do.
 * Arguments fill the {@code %s} slots in order.
 */
public enum Messages {
    LOCAL_CLASS_TYPE_ACROSS_YIELD("'%s' has the type of a local class declared where the generated class cannot see it"
            + " from every state, and it is used across a yield: declare the class directly in the template body or"
            + " as a member of the enclosing type"),
    LOCAL_CLASS_ACROSS_YIELD("the local class %s is used across a yield, where the generated state machine cannot see"
            + " it: declare it as a nested class of the enclosing type"),
    YIELD_IN_STATEMENT("a yield inside this %s is not supported"),
    YIELD_IN_EXPRESSION("a yield inside this %s is not supported: assign the yielded value to a local variable first"),
    SINK_CALL_AS_VALUE("'%s' returns nothing here: call it as a statement");

    private final String text;

    Messages(String text) {
        this.text = text;
    }

    /** The text with {@code arguments} in its slots. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, text, arguments);
    }
}
