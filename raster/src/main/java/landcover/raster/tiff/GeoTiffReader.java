package landcover.raster.tiff;

import java.util.List;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;

/**
 * An open GeoTIFF: its {@link #info()} and window reads at any resolution level. Level 0 is the
 * full-resolution image, level {@code k} its {@code k}-th overview ({@link GeoTiffInfo#overviews()},
 * largest first); windows are in that level's pixels. A read decodes only the strips or tiles that
 * intersect the window, in parallel when there are several.
 *
 * <p>Rasters read from a file carry its data type, nodata and band names ({@link
 * GeoTiffInfo#bandNames()}), and a grid in {@link GeoTiffInfo#gridCrs()} with the level's
 * transform (GDAL's: pixel sizes scaled by full size / level size).
 *
 * <p>Thread-safe: any number of threads may read at once. Close it to release the file.
 */
public interface GeoTiffReader extends AutoCloseable {
    /** What the file holds; cheap, parsed at open. */
    GeoTiffInfo info();

    /** All bands of the full-resolution image. */
    default Raster read() {
        GeoTiffInfo info = info();
        return read(PixelWindow.of(info.width(), info.height()));
    }

    /** All bands of a window of the full-resolution image. */
    default Raster read(PixelWindow window) {
        return read(window, 0);
    }

    /**
     * All bands of a window of one level.
     *
     * @param window pixels of that level; must lie inside it and not be empty
     * @param level 0 for full resolution, 1.. for overviews
     * @throws landcover.raster.RasterException when the window or level is outside the image, the
     *     file has no georeferencing usable as a grid (no geotransform, or no {@link
     *     GeoTiffInfo#gridCrs()}), or a block is corrupt or truncated
     */
    Raster read(PixelWindow window, int level);

    /**
     * Some bands of a window of one level, in the order given.
     *
     * @param bands 0-based band indexes, at least one
     * @throws landcover.raster.RasterException as {@link #read(PixelWindow, int)}, or for a band
     *     index outside the file
     */
    Raster readBands(PixelWindow window, int level, List<Integer> bands);

    /**
     * The byte ranges (one per strip or tile, sorted by offset) that reading these bands of this
     * window touches: what a remote source needs to fetch, and what a test can check was read.
     */
    List<ByteRange> byteRanges(PixelWindow window, int level, List<Integer> bands);

    /** Releases the underlying {@link RangeReader}. */
    @Override
    void close();
}
