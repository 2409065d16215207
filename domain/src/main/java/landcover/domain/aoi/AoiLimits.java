package landcover.domain.aoi;

import landcover.domain.InvalidValueException;

/**
 * Bounds on what an AOI may be, so one request cannot ask for unbounded work.
 *
 * @param maxAreaM2 largest accepted area in m² (the default, 20,000 km², is about 200 Mpx at 10 m —
 *     a Spanish province fits, a country does not)
 * @param maxVertices largest accepted number of vertices over all rings
 */
public record AoiLimits(double maxAreaM2, int maxVertices) {
    /** 20,000 km² and 250,000 vertices. */
    public static final AoiLimits DEFAULT = new AoiLimits(20_000e6, 250_000);

    /** No practical limit: for reading stored geometries that were validated when they came in. */
    public static final AoiLimits UNLIMITED = new AoiLimits(Double.MAX_VALUE, Integer.MAX_VALUE);

    public AoiLimits {
        if (!(maxAreaM2 > 0)) {
            throw new InvalidValueException("maxAreaM2", "must be positive, was " + maxAreaM2);
        }
        if (maxVertices < 4) {
            throw new InvalidValueException("maxVertices", "must be at least 4, was " + maxVertices);
        }
    }

    /** These limits with another maximum area, given in km². */
    public AoiLimits withMaxAreaKm2(double km2) {
        return new AoiLimits(km2 * 1e6, maxVertices);
    }
}
