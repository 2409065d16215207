package landcover.mlops.serving;

import java.time.Duration;
import java.util.Objects;
import landcover.domain.InvalidValueException;

/**
 * How long stored predictions are kept: none older than {@code maxAge}, and the oldest removed
 * first while all together exceed {@code maxBytes}.
 *
 * @param maxAge the age after which a prediction is removed, positive
 * @param maxBytes the total size the store may reach, positive
 */
public record ResultRetention(Duration maxAge, long maxBytes) {
    public ResultRetention {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new InvalidValueException("maxAge", "must be positive, was " + maxAge);
        }
        if (maxBytes < 1) {
            throw new InvalidValueException("maxBytes", "must be positive, was " + maxBytes);
        }
    }

    /** A day and 2 GiB. */
    public static ResultRetention defaults() {
        return new ResultRetention(Duration.ofDays(1), 2L << 30);
    }
}
