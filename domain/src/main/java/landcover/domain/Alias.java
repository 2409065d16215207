package landcover.domain;

import java.util.regex.Pattern;

/**
 * A movable name that points at one version of a year's model: {@link #PRODUCTION} serves
 * predictions, {@link #SHADOW} receives mirrored traffic; other names are free-form (e.g. {@code
 * candidate}). Lower-case letters, digits and dashes, 1 to 40 characters, starting with a letter.
 *
 * @param value the alias name
 */
public record Alias(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The alias that answers prediction requests. */
    public static final Alias PRODUCTION = new Alias("production");
    /** The alias that receives a mirrored share of prediction traffic, off the request path. */
    public static final Alias SHADOW = new Alias("shadow");

    public Alias {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidValueException(
                    "alias", "'" + value + "' is not an alias: use 1-40 of a-z 0-9 - (starting with a-z)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
