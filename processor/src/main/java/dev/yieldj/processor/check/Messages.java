package dev.yieldj.processor.check;

import java.util.Locale;

/**
 * Every text the processor reports, in one place: each says what is wrong and what to do.
 * Arguments fill the {@code %s} slots in order.
 */
public enum Messages {
    // the compiler and the build
    NEEDS_JAVAC("yieldj needs javac: the @Generator processor reads method bodies through javac's com.sun.source tree"
            + " API, which this compiler (%s) does not provide. Compile with javac (JDK 17 or later)."),
    NEEDS_SOURCE("yieldj needs the source of this @Generator method; it was compiled from a class file"),
    UNREADABLE_SOURCE("yieldj could not read the source of this method: %s"),
    CANNOT_WRITE("yieldj could not write %s: %s"),
    BODY_GREW("another processor added %s to this @Generator method's body after yieldj wrote its generated API;"
            + " put it in the template's source, or run that processor before yieldj"),
    INTERNAL_ERROR("yieldj failed on this @Generator method, an internal error: %s. Please report it with the"
            + " method's source (compile with -A%s to see where it failed)."),

    // what a template declares
    NO_SINK("a @Generator method needs a sink parameter to yield through: add 'Yield<T> out' (or Coroutine<T, S>,"
            + " IntYield, LongYield, DoubleYield) as its last parameter"),
    SECOND_SINK("a @Generator method has exactly one sink parameter; '%s' is a second one: remove it, or make it a"
            + " plain parameter of another type"),
    NO_BODY("a @Generator method needs a body to rewrite: remove 'abstract'/'native' and write the body that yields"),
    PRIVATE_ENCLOSING_TYPE("the generated class cannot see the private type %s that declares this @Generator method:"
            + " make it package-private"),
    LOCAL_HOLDER("a @Generator method must be declared in a top-level or member type, not in a local or anonymous"
            + " class"),
    LOCAL_HOLDER_IN_BODY("a @Generator method must be declared in a top-level or member type, not in a local or"
            + " anonymous class: move it to a member class"),
    INNER_INSTANCE_TEMPLATE("an instance @Generator method of an inner class is not supported: make %s static, or the"
            + " method static"),
    RAW_SINK("give the sink its type arguments, e.g. Yield<String>: a raw %s says nothing of what it yields"),
    WILDCARD_ELEMENT("the sink's element type must be a type, not a wildcard"),
    WILDCARD_SENT("the coroutine's sent type must be a type, not a wildcard"),

    // the names yieldj generates
    TYPE_EXISTS("yieldj generates %s for the @Generator methods of %s, but a type of that name already exists:"
            + " rename it"),
    CLASS_NAME_CLASH("the generator class for %s would be named %s, which clashes with the generated class %s that"
            + " holds it: rename the method"),
    FACTORY_CLASH("the factory of this @Generator method would be %s.%s, which another template's factory already is"
            + " (the receiver of an instance template is its first parameter, and the sink is not one): rename one"
            + " of them"),

    // what a body may contain
    UNSUPPORTED_CONSTRUCT("yieldj does not support %s in a template body yet: move it into a method the template"
            + " calls, or write it without it"),
    YIELD_IN_SYNCHRONIZED("'%s.%s' inside synchronized: a monitor cannot be held across a suspension: move the %s"
            + " out of the synchronized block"),
    YIELD_IN_BARRIER("'%s.%s' inside %s: it could not suspend the generator: yield in the template body itself"
            + " (e.g. loop over the values there instead)"),
    SINK_ESCAPES("the sink '%1$s' may only be used to call %1$s.yield(..) or %1$s.yieldAll(..): it does not exist in"
            + " the generated iterator, so it cannot be passed on, stored, captured or assigned"),
    SUPER("'super' cannot be used in a @Generator body: the generated class is not a subclass; call a"
            + " package-private helper method of %s that calls super instead"),
    OUTER_THIS("'%s.this' cannot be reached from the generated class: pass what you need as a parameter"),
    PRIVATE_CONSTRUCTOR("the constructor of %s is private, and the generated class cannot reach it: make it"
            + " package-private"),
    PRIVATE_MEMBER("'%s' is private in %s, and the generated class cannot reach it: make it package-private"),
    PROTECTED_MEMBER("'%s' is protected in %s (another package), and the generated class is not a subclass: call it"
            + " through a package-private helper method of %s"),
    ANONYMOUS_LAMBDA_PARAMETER("give the anonymous class that '%s' receives a name" + Messages.ANONYMOUS_WHY),
    ANONYMOUS_VAR("declare the type of '%s' instead of 'var'" + Messages.ANONYMOUS_WHY),
    RECORD_CONSTRUCTOR_IN_HOLDER("javac would reject this canonical constructor of record %s once yieldj has read"
            + " the @Generator bodies of %s: reading a body makes javac attribute all of %s, and javac (bug"
            + " JDK-8387215) keeps the super() it inserts into a record's canonical constructor. Declare the record"
            + " outside %s (its own file or another top-level class), or drop its explicit canonical constructor"),

    // what the lowering cannot honour
    LOCAL_CLASS_TYPE_ACROSS_YIELD("'%s' has the type of a local class declared where the generated class cannot see"
            + " it from every state, and it is used across a yield: declare the class directly in the template body"
            + " or as a member of the enclosing type"),
    LOCAL_CLASS_ACROSS_YIELD("the local class %s is used across a yield, where the generated state machine cannot"
            + " see it: declare it as a nested class of the enclosing type"),
    YIELD_IN_STATEMENT("a yield inside this %s is not supported"),
    YIELD_IN_EXPRESSION("a yield inside this %s is not supported: assign the yielded value to a local variable"
            + " first"),
    YIELD_IN_GUARD("a yield inside a 'when' guard is not supported: the guard must decide without suspending;"
            + " yield in the case's body instead, or compute the value the guard tests before the switch"),
    SINK_CALL_AS_VALUE("'%s' returns nothing here: call it as a statement");

    private static final String ANONYMOUS_WHY = ": yieldj reads the @Generator bodies of this class during annotation"
            + " processing, after which javac cannot keep an anonymous class as an inferred type here; declare a"
            + " local class and use its name, or give the variable an interface type";

    private final String text;

    Messages(String text) {
        this.text = text;
    }

    /** The text with {@code arguments} in its slots. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, text, arguments);
    }
}
