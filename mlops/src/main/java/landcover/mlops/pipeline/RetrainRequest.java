package landcover.mlops.pipeline;

import java.util.Objects;
import java.util.Optional;
import landcover.domain.Year;

/**
 * A request to retrain a year's model.
 *
 * @param year the year; its {@code production} version is the champion
 * @param trigger why
 * @param paramsOverride forest parameters replacing the champion's (members left out keep the
 *     champion's, e.g. {@code {"trees":200}}); empty keeps them all
 */
public record RetrainRequest(Year year, Trigger trigger, Optional<String> paramsOverride) {
    public RetrainRequest {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(paramsOverride, "paramsOverride");
    }

    /** A request keeping the champion's parameters. */
    public static RetrainRequest of(Year year, Trigger trigger) {
        return new RetrainRequest(year, trigger, Optional.empty());
    }
}
