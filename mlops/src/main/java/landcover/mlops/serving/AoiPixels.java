package landcover.mlops.serving;

import java.util.List;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;
import landcover.raster.Raster;
import landcover.raster.grid.AoiMask;

/**
 * The input of an AOI classification: a feature stack's planes in a forest's feature order, the AOI
 * mask over the same window, the stack's nodata value, and the area cell of every pixel. Holds the
 * stack's live planes; immutable otherwise and safe to share between workers.
 */
final class AoiPixels {
    private final float[][] planes;
    private final AoiMask mask;
    private final int width;
    private final int height;
    private final float nodata;
    private final int cellColumns;

    private AoiPixels(float[][] planes, AoiMask mask, float nodata, int cellColumns) {
        this.planes = planes;
        this.mask = mask;
        this.width = mask.window().width();
        this.height = mask.window().height();
        this.nodata = nodata;
        this.cellColumns = cellColumns;
    }

    /**
     * The stack's bands in the schema's order.
     *
     * @throws MlopsException when the stack lacks a feature or does not match the mask's window
     */
    static AoiPixels of(Raster stack, AoiMask mask, FeatureSchema features, PixelAreas.Cells cells) {
        if (stack.width() != mask.window().width()
                || stack.height() != mask.window().height()) {
            throw new MlopsException("the feature stack (" + stack.width() + "x" + stack.height()
                    + ") does not cover the AOI window " + mask.window());
        }
        List<String> names = stack.bandNames();
        float[][] planes = new float[features.size()][];
        for (int j = 0; j < planes.length; j++) {
            int band = names.indexOf(features.name(j));
            if (band < 0) {
                throw new MlopsException(
                        "the imagery returned no feature '" + features.name(j) + "' (got " + names + ")");
            }
            planes[j] = stack.band(band);
        }
        float nodata = stack.nodata().isPresent() ? (float) stack.nodata().getAsDouble() : Float.NaN;
        return new AoiPixels(planes, mask, nodata, cells.columns());
    }

    float[][] planes() {
        return planes;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int pixels() {
        return width * height;
    }

    float nodata() {
        return nodata;
    }

    boolean isInside(int index) {
        return mask.isInside(index);
    }

    /** The area cell of window pixel {@code index}. */
    int cell(int index) {
        int row = index / width;
        return (row / PixelAreas.CELL) * cellColumns + (index - row * width) / PixelAreas.CELL;
    }

    AoiMask mask() {
        return mask;
    }
}
