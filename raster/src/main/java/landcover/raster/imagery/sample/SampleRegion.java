package landcover.raster.imagery.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import landcover.domain.Year;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;

/**
 * The sample region: a deterministic, <b>synthetic</b> set of Sentinel-2 L2A acquisitions over
 * 10.2 × 10.2 km of UTM zone 30N west of Málaga (36.605–36.697°N, 4.605–4.490°W, inside tile 30SUF),
 * years 2020–2024, generated from a known class map, with the files a user needs to run the whole
 * lifecycle offline: scenes (every L2A band at its native resolution, SCL with clouds and shadows,
 * AOT, WVP), a DEM, the true class map of each year, validated points per year, and for the change
 * year a later batch of new ground truth. Everything it writes says it is synthetic.
 *
 * <p>The change year ({@value #CHANGE_YEAR}) follows a winter fire that burnt part of the sierra's
 * pine forest (bare, charred ground all year), a drought that laid bare the reservoir's shores, and
 * a new neighbourhood under construction. Its base point set samples only pixels whose class did not
 * change from the year before; the new batch samples mostly changed pixels. See docs/imagery.md.
 *
 * <p>Stateless; generation runs on the common fork-join pool and gives the same bytes every time.
 */
public final class SampleRegion {
    /** The seed of the shipped sample region. */
    public static final long DEFAULT_SEED = 20230611L;

    /** The year whose imagery changed (fire, drought, construction). */
    public static final int CHANGE_YEAR = RegionLayout.CHANGE_YEAR;

    /** The CRS: WGS 84 / UTM zone 30N. */
    public static final EpsgCode CRS = EpsgCode.utm(30, true);

    /** Top-left corner of the region, a multiple of 60 m like every Sentinel-2 tile corner. */
    static final double ORIGIN_X = 356_400;

    static final double ORIGIN_Y = 4_062_360;

    private SampleRegion() {}

    /** The years with imagery, 2020 to 2024. */
    public static List<Year> years() {
        return IntStream.rangeClosed(RegionLayout.FIRST_YEAR, RegionLayout.LAST_YEAR)
                .mapToObj(Year::new)
                .toList();
    }

    /** The region's grid at a resolution of 10, 20 or 60 m. */
    public static GridGeometry grid(int resolution) {
        int size = RegionLayout.SIZE * 10 / resolution;
        return new GridGeometry(CRS, GeoTransform.northUp(ORIGIN_X, ORIGIN_Y, resolution, resolution), size, size);
    }

    /**
     * Writes the sample region into {@code out} (created if missing; files already there are
     * replaced) and returns where everything is.
     *
     * @throws landcover.raster.RasterException naming the file when writing fails
     */
    public static SampleFiles generate(Path out) {
        return generate(out, DEFAULT_SEED);
    }

    /** As {@link #generate(Path)} with another seed: another world, same design. */
    public static SampleFiles generate(Path out, long seed) {
        return new SampleWriter(World.generate(seed), new SampleFiles(out)).writeAll();
    }
}
