package landcover.server.security;

/** Valid credentials that do not allow this operation (an API key on an admin endpoint): HTTP 403. */
public final class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
