package landcover.raster.imagery;

import java.util.List;
import landcover.domain.Year;
import org.locationtech.jts.geom.Geometry;

/**
 * Where features of an area and a year come from: a local catalog of precomputed seasonal
 * composites, or a STAC API with Cloud-Optimized GeoTIFFs composited on the fly. Build one with
 * {@link ImagerySources}.
 *
 * <p>A read returns the requested features on one 10 m grid — the UTM zone of the AOI's centre,
 * pixels aligned to multiples of 10 m, so Sentinel-2 pixels copy over unresampled — mosaicking every
 * tile (and UTM zone) the AOI touches, plus a report of what was missing per season and the share
 * of AOI pixels without data. Composites follow the published method (per-pixel median of the
 * season's least-cloudy acquisitions, SCL-masked), identically whatever the source.
 *
 * <p>Implementations are thread-safe and meant for many concurrent small reads: they keep open
 * readers and metadata cached and read only the internal tiles an AOI touches.
 */
public interface ImagerySource extends AutoCloseable {
    /** The years served, ascending. */
    List<Year> years();

    /**
     * The seasons of a year, in order.
     *
     * @throws NoImageryException when the year is not served
     */
    List<Season> seasons(Year year);

    /**
     * Where a year has imagery: a WGS84 (longitude, latitude) polygonal geometry.
     *
     * @throws NoImageryException when the year is not served
     */
    Geometry coverage(Year year);

    /** True when the year's imagery is synthetic (the sample region), so results must say so. */
    boolean isSynthetic(Year year);

    /**
     * The features of an AOI.
     *
     * @throws NoImageryException when the year is not served or the AOI misses its coverage
     * @throws landcover.raster.RasterException naming the feature when a feature name is unknown or
     *     its season is not configured for the year, or naming the file or URL when reading fails
     */
    FeatureRead read(FeatureRequest request);

    /** A line for logs, e.g. {@code local catalog /data/catalog (2020-2024, synthetic)}. */
    String describe();

    /** Releases open files and connections. */
    @Override
    void close();
}
