package landcover.mlops.serving;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import landcover.domain.InvalidValueException;

/**
 * Identifies one prediction request and its stored results: 24 lower-case hex digits, random (96
 * bits), safe in URLs and file names.
 *
 * @param value the id
 */
public record PredictionId(String value) {
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public PredictionId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidValueException("id", "'" + value + "' is not a prediction id (24 hex digits)");
        }
    }

    /** A new random id. */
    public static PredictionId random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new PredictionId(HexFormat.of().formatHex(bytes));
    }

    /** Parses an id as it appears in a URL. */
    public static PredictionId parse(String text) {
        return new PredictionId(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
