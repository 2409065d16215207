package landcover.server.api;

/** A lifecycle endpoint was called before the lifecycle runs (answered 503 with Retry-After). */
public final class LifecycleNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LifecycleNotReadyException(String message) {
        super(message);
    }
}
