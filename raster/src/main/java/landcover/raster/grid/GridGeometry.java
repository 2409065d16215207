package landcover.raster.grid;

import java.util.Objects;
import landcover.domain.InvalidValueException;

/**
 * A raster grid: its CRS, the affine transform from pixels to CRS coordinates, and its size.
 *
 * @param crs the coordinate reference system
 * @param transform pixel → CRS transform (GDAL order)
 * @param width columns, at least 1
 * @param height rows, at least 1
 */
public record GridGeometry(EpsgCode crs, GeoTransform transform, int width, int height) {
    public GridGeometry {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(transform, "transform");
        if (width < 1 || height < 1) {
            throw new InvalidValueException("grid", "size " + width + "x" + height + " is empty");
        }
    }

    /** Number of pixels. */
    public long pixelCount() {
        return (long) width * height;
    }

    /** The window covering the whole grid. */
    public PixelWindow bounds() {
        return PixelWindow.of(width, height);
    }

    /** The grid of a window of this grid (same CRS and resolution); the window must not be empty. */
    public GridGeometry window(PixelWindow window) {
        return new GridGeometry(crs, transform.shifted(window.col(), window.row()), window.width(), window.height());
    }

    /** Pixel width in CRS units (metres for UTM), for north-up grids. */
    public double resolution() {
        return Math.abs(transform.pixelWidth());
    }
}
