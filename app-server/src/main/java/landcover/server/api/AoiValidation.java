package landcover.server.api;

import java.util.Objects;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.AoiLimits;

/**
 * Checks an AOI given as GeoJSON text, the same way for every edge: the domain's {@link
 * Aoi#parse(String, AoiLimits)} with the server's limits, run inside a {@link Bulkhead} because a
 * large AOI (a union of hundreds of polygons) costs real CPU time. Thread-safe.
 */
public final class AoiValidation {
    private final AoiLimits limits;
    private final Bulkhead bulkhead;

    /**
     * @param limits largest area and vertex count accepted
     * @param bulkhead bounds how many validations run and wait at once
     */
    public AoiValidation(AoiLimits limits, Bulkhead bulkhead) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
    }

    /**
     * Validates and measures an AOI.
     *
     * @throws landcover.domain.aoi.InvalidAoiException when it is not a valid polygonal GeoJSON
     * @throws landcover.domain.aoi.AoiTooLargeException when it exceeds the limits
     * @throws landcover.mlops.OverloadedException when too many validations are queued
     */
    public AoiSummary validate(String geojson) {
        Objects.requireNonNull(geojson, "geojson");
        return bulkhead.call(() -> summarize(Aoi.parse(geojson, limits)));
    }

    /**
     * Parses and validates an AOI given as GeoJSON text.
     *
     * @throws landcover.domain.aoi.InvalidAoiException when it is not a valid polygonal GeoJSON
     * @throws landcover.domain.aoi.AoiTooLargeException when it exceeds the limits
     * @throws landcover.mlops.OverloadedException when too many validations are queued
     */
    public Aoi parse(String geojson) {
        Objects.requireNonNull(geojson, "geojson");
        return bulkhead.call(() -> Aoi.parse(geojson, limits));
    }

    /**
     * Validates an AOI already parsed into plain JSON values (the {@code aoi} member of a request);
     * error pointers are relative to it.
     *
     * @throws landcover.domain.aoi.InvalidAoiException when it is not a valid polygonal GeoJSON
     * @throws landcover.domain.aoi.AoiTooLargeException when it exceeds the limits
     * @throws landcover.mlops.OverloadedException when too many validations are queued
     */
    public Aoi aoi(Object tree) {
        return bulkhead.call(() -> Aoi.fromJsonTree(tree, limits));
    }

    /** The measurements of an already parsed AOI. */
    public static AoiSummary summarize(Aoi aoi) {
        return new AoiSummary(aoi.areaM2(), aoi.bbox(), aoi.polygonCount());
    }

    /** The limits applied. */
    public AoiLimits limits() {
        return limits;
    }
}
