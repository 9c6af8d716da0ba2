package semantics.try_yields;

public class Bang extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Bang(String message) {
        super(message);
    }
}
