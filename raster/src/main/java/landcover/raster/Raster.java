package landcover.raster;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import landcover.raster.grid.GridGeometry;

/**
 * Named bands of samples on one grid, held as {@code float} planes (row-major, {@code row * width +
 * col}). {@link DataType} records how the samples are stored on disk; every supported type fits a
 * float exactly.
 *
 * <p>For speed, {@link #band(int)} hands out the plane itself rather than a copy: a Raster is
 * treated as immutable once built, and callers must not write into planes they did not create. Safe
 * to share between threads under that rule.
 */
public final class Raster {
    private final GridGeometry grid;
    private final DataType dataType;
    private final List<String> bandNames;
    private final float[][] bands;
    private final OptionalDouble nodata;

    /**
     * @param grid where the pixels are
     * @param dataType the on-disk sample type
     * @param bandNames one name per band (e.g. {@code B04}, {@code summer_ndvi})
     * @param bands one plane of {@code width * height} samples per band; taken over, not copied
     * @param nodata the value marking missing pixels, if any
     */
    public Raster(
            GridGeometry grid, DataType dataType, List<String> bandNames, float[][] bands, OptionalDouble nodata) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.dataType = Objects.requireNonNull(dataType, "dataType");
        this.bandNames = List.copyOf(bandNames);
        this.nodata = Objects.requireNonNull(nodata, "nodata");
        if (bands.length == 0 || bands.length != this.bandNames.size()) {
            throw new IllegalArgumentException(bands.length + " bands but " + this.bandNames.size() + " band names");
        }
        for (float[] band : bands) {
            if (band.length != grid.pixelCount()) {
                throw new IllegalArgumentException(
                        "band of " + band.length + " samples on a " + grid.width() + "x" + grid.height() + " grid");
            }
        }
        this.bands = bands.clone();
    }

    /** The grid. */
    public GridGeometry grid() {
        return grid;
    }

    /** Columns. */
    public int width() {
        return grid.width();
    }

    /** Rows. */
    public int height() {
        return grid.height();
    }

    /** The on-disk sample type. */
    public DataType dataType() {
        return dataType;
    }

    /** Band names, in band order. */
    public List<String> bandNames() {
        return bandNames;
    }

    /** Number of bands. */
    public int bandCount() {
        return bands.length;
    }

    /** The nodata value, if one is set. */
    public OptionalDouble nodata() {
        return nodata;
    }

    /** The live plane of band {@code index} (0-based). Do not modify it. */
    public float[] band(int index) {
        return bands[index];
    }

    /** The live plane of the band called {@code name}. */
    public float[] band(String name) {
        int index = bandNames.indexOf(name);
        if (index < 0) {
            throw new RasterException(name, "no such band (have " + bandNames + ")");
        }
        return bands[index];
    }

    /** One sample. */
    public float get(int band, int col, int row) {
        return bands[band][row * grid.width() + col];
    }
}
