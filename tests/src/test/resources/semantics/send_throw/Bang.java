package semantics.send_throw;

public class Bang extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Bang(String message) {
        super(message);
    }
}
