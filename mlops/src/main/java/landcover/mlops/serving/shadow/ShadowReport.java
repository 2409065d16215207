package landcover.mlops.serving.shadow;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.domain.ModelId;
import landcover.domain.Year;

/**
 * How a year's shadow model compares with production on mirrored traffic, since it became the
 * shadow. "Rolling" figures cover the last {@link ShadowSettings#window()} mirrored requests and are
 * pixel-weighted.
 *
 * @param year the year
 * @param shadow the shadow version
 * @param production the production version of the latest mirrored request, or null before any
 * @param since when this shadow version was first seen
 * @param share the share of production requests mirrored
 * @param seen production requests seen while this shadow was set
 * @param mirrored requests the shadow answered
 * @param dropped sampled requests dropped because the mirror's queue was full
 * @param failed requests the shadow could not answer (an error, or features it lacks)
 * @param rollingPixels pixels compared in the window
 * @param rollingAgreement share of those with the same class
 * @param rollingProductionConfidence production's pixel-weighted mean confidence in the window
 * @param rollingShadowConfidence the shadow's, over the same pixels
 * @param rollingClassAreaDeltasM2 per class, shadow minus production area summed over the window
 * @param recent the latest comparisons, newest first (at most 20)
 */
public record ShadowReport(
        Year year,
        ModelId shadow,
        ModelId production,
        Instant since,
        double share,
        long seen,
        long mirrored,
        long dropped,
        long failed,
        long rollingPixels,
        double rollingAgreement,
        double rollingProductionConfidence,
        double rollingShadowConfidence,
        Map<Integer, Double> rollingClassAreaDeltasM2,
        List<Comparison> recent) {
    public ShadowReport {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(shadow, "shadow");
        Objects.requireNonNull(since, "since");
        rollingClassAreaDeltasM2 = Collections.unmodifiableMap(new TreeMap<>(rollingClassAreaDeltasM2));
        recent = List.copyOf(recent);
    }

    /** Shadow minus production mean confidence over the window. */
    public double rollingConfidenceDelta() {
        return rollingShadowConfidence - rollingProductionConfidence;
    }
}
