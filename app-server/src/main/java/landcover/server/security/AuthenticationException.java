package landcover.server.security;

/** The request needs credentials it did not present, or presented wrong ones: HTTP 401. */
public final class AuthenticationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean credentialsPresented;

    public AuthenticationException(String message, boolean credentialsPresented) {
        super(message);
        this.credentialsPresented = credentialsPresented;
    }

    /** Whether credentials were presented (and rejected), as opposed to missing. */
    public boolean credentialsPresented() {
        return credentialsPresented;
    }
}
