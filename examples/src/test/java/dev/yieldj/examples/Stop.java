package dev.yieldj.examples;

/** Thrown by a push-mode sink to stop an endless template after enough values. */
final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
        super(null, null, false, false);
    }
}
