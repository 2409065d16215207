package landcover.mlops.serving.shadow;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.domain.ModelId;

/**
 * The shadow model's answer to one mirrored request, compared with production's, pixel by pixel
 * over the AOI pixels both classified.
 *
 * @param at when production served the request
 * @param production the production version
 * @param shadow the shadow version
 * @param pixels AOI pixels both models classified
 * @param agreeing of those, the pixels both gave the same class
 * @param productionConfidence production's mean top-class probability over those pixels
 * @param shadowConfidence the shadow's mean top-class probability over those pixels
 * @param classAreaDeltasM2 per class code, shadow area minus production area (m²), classes where
 *     they differ
 */
public record Comparison(
        Instant at,
        ModelId production,
        ModelId shadow,
        long pixels,
        long agreeing,
        double productionConfidence,
        double shadowConfidence,
        Map<Integer, Double> classAreaDeltasM2) {
    public Comparison {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(shadow, "shadow");
        classAreaDeltasM2 = Collections.unmodifiableMap(new TreeMap<>(classAreaDeltasM2));
    }

    /** Share of compared pixels with the same class (1 when none were compared). */
    public double agreement() {
        return pixels == 0 ? 1 : agreeing / (double) pixels;
    }

    /** Shadow minus production mean confidence. */
    public double confidenceDelta() {
        return shadowConfidence - productionConfidence;
    }
}
