package landcover.domain;

import java.util.Objects;

/** A single value is out of range or malformed: a year, a version number, an alias, a colour. */
public final class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the name of the offending field, e.g. {@code "year"}
     * @param reason a sentence saying what is wrong and what is expected
     */
    public InvalidValueException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
