package semantics.try_yields;

public class Zap extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Zap(String message) {
        super(message);
    }
}
