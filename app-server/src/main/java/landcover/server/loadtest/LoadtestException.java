package landcover.server.loadtest;

/** The load test cannot run: the server cannot be reached or answers what a landcover server would not. */
public final class LoadtestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoadtestException(String message) {
        super(message);
    }

    public LoadtestException(String message, Throwable cause) {
        super(message, cause);
    }
}
