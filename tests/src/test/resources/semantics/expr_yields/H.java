package semantics.expr_yields;

/** State the consumer changes while the generator is suspended. */
public class H {
    public static int total = 0;
    public static int[] arr = {10, 20, 30};
}
