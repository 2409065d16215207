package landcover.domain;

import java.util.regex.Pattern;

/**
 * The name of a model line, e.g. {@code landcover}: lower-case letters, digits, dots, dashes and
 * underscores, 1 to 64 characters, starting with a letter or digit (safe in URLs, file names and
 * Kubernetes object names once dots and underscores are mapped).
 *
 * @param value the name
 */
public record ModelName(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The default model line. */
    public static final ModelName DEFAULT = new ModelName("landcover");

    public ModelName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidValueException(
                    "model",
                    "'" + value + "' is not a model name: use 1-64 of a-z 0-9 . _ - (starting with a-z or 0-9)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
