package landcover.raster.s2;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import landcover.raster.Raster;
import landcover.raster.RasterException;

/**
 * One Sentinel-2 Level-2A acquisition as read for an area: its layers as DN rasters, each on its
 * own grid (10, 20 or 60 m; any window of the tile), and how its DNs become reflectance. Band
 * rasters hold the first band of what was read; DN 0 is treated as no data whatever the file says.
 * Immutable; thread-safe under {@link Raster}'s rule.
 */
public final class S2Scene {
    private final String id;
    private final L2aRadiometry radiometry;
    private final Map<S2Band, Raster> bands;

    /**
     * @param id a name for messages, e.g. the product name
     * @param radiometry the DN → reflectance rule of this product
     * @param bands DN rasters by band (single-band; more bands are ignored)
     */
    public S2Scene(String id, L2aRadiometry radiometry, Map<S2Band, Raster> bands) {
        this.id = Objects.requireNonNull(id, "id");
        this.radiometry = Objects.requireNonNull(radiometry, "radiometry");
        this.bands = new EnumMap<>(S2Band.class);
        bands.forEach((band, raster) -> this.bands.put(band, withZeroNodata(raster)));
    }

    /** DN 0 is Sentinel-2's no data, tagged or not; resampling must not blend it into neighbours. */
    private static Raster withZeroNodata(Raster r) {
        if (r.nodata().isPresent() && r.nodata().getAsDouble() == 0) {
            return r;
        }
        return new Raster(
                r.grid(), r.dataType(), r.bandNames().subList(0, 1), new float[][] {r.band(0)}, OptionalDouble.of(0));
    }

    /** The scene's name. */
    public String id() {
        return id;
    }

    /** How the scene's DNs become reflectance. */
    public L2aRadiometry radiometry() {
        return radiometry;
    }

    /** The bands present. */
    public Set<S2Band> bands() {
        return Set.copyOf(bands.keySet());
    }

    /** True when the scene has {@code band}. */
    public boolean has(S2Band band) {
        return bands.containsKey(band);
    }

    /**
     * The DN raster of {@code band} (nodata 0).
     *
     * @throws RasterException naming the scene when the band is missing
     */
    public Raster band(S2Band band) {
        Raster raster = bands.get(band);
        if (raster == null) {
            throw new RasterException(id, "scene has no band " + band + " (has " + bands.keySet() + ")");
        }
        return raster;
    }
}
