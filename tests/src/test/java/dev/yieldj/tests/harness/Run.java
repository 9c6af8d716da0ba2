package dev.yieldj.tests.harness;

import java.util.Arrays;
import java.util.List;

/**
 * One invocation of a template: its method name, its arguments without the sink, and for an instance template
 * the name of a static no-argument method of the template class that makes the receiver.
 *
 * <p>An argument that is a {@link Call} is computed afresh for every run by calling a static method of the
 * template class (for values of types the template source declares, or mutable arguments).
 */
public record Run(String method, List<Object> args, String receiverFactory) {

    /** A run of a static template. */
    public static Run run(String method, Object... args) {
        return new Run(method, Arrays.asList(args), null);
    }

    /** The same run on a receiver made by the static no-argument method {@code factory} of the template class. */
    public Run on(String factory) {
        return new Run(method, args, factory);
    }

    /** An argument made by calling the static method {@code method} of the template class with {@code args}. */
    public static Call call(String method, Object... args) {
        return new Call(method, Arrays.asList(args));
    }

    /** An argument computed by a static method of the template class. */
    public record Call(String method, List<Object> args) {
        @Override
        public String toString() {
            return method + args.toString().replace('[', '(').replace(']', ')');
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (receiverFactory != null) {
            sb.append(receiverFactory).append("().");
        }
        sb.append(method).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object a = args.get(i);
            sb.append(a instanceof String ? "\"" + a + "\"" : Driver.render(a));
        }
        return sb.append(')').toString();
    }
}
