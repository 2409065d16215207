package landcover.domain;

/**
 * Base of every error the domain reports about input it was given. Subtypes carry the fields an
 * edge needs to answer precisely (the offending field, a location, a limit); the message is a
 * complete sentence fit to show a user.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The input field the error is about, as a name or JSON pointer ({@code "year"}, {@code "/features/2"}). */
    public abstract String field();
}
