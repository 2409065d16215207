package landcover.raster.grid;

import java.util.List;
import landcover.raster.Raster;
import landcover.raster.RasterException;

/**
 * Mosaics rasters from several grids (other tiles, other UTM zones) onto one target grid: each
 * source is warped onto the target and, pixel by pixel, the <em>first</em> source in list order
 * with a valid sample wins. Callers put the preferred source first — the imagery layer puts the
 * tile in the output grid's own UTM zone first, so its pixels are copied without resampling and
 * other zones only fill what it lacks. Stateless and thread-safe.
 */
public final class MosaicOp {
    private MosaicOp() {}

    /**
     * The sources mosaicked onto {@code target}.
     *
     * @param sources at least one raster; all with the same band names, data type and nodata
     * @throws RasterException when the sources disagree on bands or nodata
     */
    public static Raster apply(List<Raster> sources, GridGeometry target, Resampling resampling) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to mosaic");
        }
        Raster first = sources.getFirst();
        sources.forEach(s -> checkCompatible(first, s));
        Raster mosaic = copy(WarpOp.apply(first, target, resampling));
        float fill = WarpOp.fillValue(first.nodata());
        for (Raster source : sources.subList(1, sources.size())) {
            Raster warped = WarpOp.apply(source, target, resampling);
            for (int b = 0; b < mosaic.bandCount(); b++) {
                fillGaps(mosaic.band(b), warped.band(b), fill);
            }
        }
        return mosaic;
    }

    private static void checkCompatible(Raster first, Raster other) {
        if (!first.bandNames().equals(other.bandNames())) {
            throw new RasterException(
                    "mosaic", "sources have different bands: " + first.bandNames() + " and " + other.bandNames());
        }
        if (!first.nodata().equals(other.nodata()) || first.dataType() != other.dataType()) {
            throw new RasterException("mosaic", "sources differ in data type or nodata");
        }
    }

    /** A raster with planes of its own (WarpOp may hand back the source itself). */
    private static Raster copy(Raster r) {
        float[][] planes = new float[r.bandCount()][];
        for (int b = 0; b < planes.length; b++) {
            planes[b] = r.band(b).clone();
        }
        return new Raster(r.grid(), r.dataType(), r.bandNames(), planes, r.nodata());
    }

    private static void fillGaps(float[] into, float[] from, float fill) {
        boolean fillIsNaN = Float.isNaN(fill);
        for (int i = 0; i < into.length; i++) {
            float v = into[i];
            if (fillIsNaN ? Float.isNaN(v) : v == fill || Float.isNaN(v)) {
                into[i] = from[i];
            }
        }
    }
}
