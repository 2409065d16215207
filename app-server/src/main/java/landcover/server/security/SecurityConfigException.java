package landcover.server.security;

/** A credentials file (admin token hash, API key file) cannot be used; the CLI answers with exit code 2. */
public final class SecurityConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecurityConfigException(String message) {
        super(message);
    }
}
