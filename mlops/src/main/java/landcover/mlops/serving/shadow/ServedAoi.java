package landcover.mlops.serving.shadow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.raster.grid.AoiMask;

/**
 * One production prediction as served: the AOI's feature planes and the production model's classes
 * and top-class probabilities over the AOI's window. Handed to {@link ServedAoiObserver}s (shadow
 * mirroring, drift) after the answer is computed. <b>Ownership passes with it:</b> the arrays are
 * the serving code's live planes, not copies; nobody writes them any more, and observers only read.
 */
public final class ServedAoi {
    private final Year year;
    private final ModelId production;
    private final List<String> features;
    private final float[][] planes;
    private final float nodata;
    private final AoiMask mask;
    private final byte[] classes;
    private final float[] top;
    private final double pixelAreaM2;
    private final Instant at;

    /**
     * @param year the year predicted
     * @param production the version that served it
     * @param features the feature names of {@code planes}, in order
     * @param planes one plane per feature over the mask's window, row-major
     * @param nodata the planes' nodata value (NaN when missing values are NaN)
     * @param mask which window pixels belong to the AOI
     * @param classes the production class of each window pixel (0: nodata or outside)
     * @param top the production top-class probability of each window pixel (NaN where no class)
     * @param pixelAreaM2 the ground area of one pixel, m²
     * @param at when it was served
     */
    public ServedAoi(
            Year year,
            ModelId production,
            List<String> features,
            float[][] planes,
            float nodata,
            AoiMask mask,
            byte[] classes,
            float[] top,
            double pixelAreaM2,
            Instant at) {
        this.year = Objects.requireNonNull(year, "year");
        this.production = Objects.requireNonNull(production, "production");
        this.features = List.copyOf(features);
        this.planes = Objects.requireNonNull(planes, "planes");
        this.nodata = nodata;
        this.mask = Objects.requireNonNull(mask, "mask");
        this.classes = Objects.requireNonNull(classes, "classes");
        this.top = Objects.requireNonNull(top, "top");
        this.pixelAreaM2 = pixelAreaM2;
        this.at = Objects.requireNonNull(at, "at");
        int pixels = mask.window().width() * mask.window().height();
        if (planes.length != this.features.size() || classes.length != pixels || top.length != pixels) {
            throw new IllegalArgumentException("planes, classes and probabilities must cover the mask's window");
        }
    }

    public Year year() {
        return year;
    }

    /** The version that served the prediction. */
    public ModelId production() {
        return production;
    }

    /** Feature names of the planes, in order. */
    public List<String> features() {
        return features;
    }

    /** The plane of feature {@code j} (live, read only). */
    public float[] plane(int j) {
        return planes[j];
    }

    /** The planes' nodata value. */
    public float nodata() {
        return nodata;
    }

    /** Pixels in the window. */
    public int pixels() {
        return classes.length;
    }

    /** True when window pixel {@code i} belongs to the AOI. */
    public boolean isInside(int i) {
        return mask.isInside(i);
    }

    /** The production class of window pixel {@code i} (0: no class). */
    public int productionClass(int i) {
        return classes[i] & 0xff;
    }

    /** The production top-class probability of window pixel {@code i}. */
    public float productionConfidence(int i) {
        return top[i];
    }

    /** Ground area of one pixel, m². */
    public double pixelAreaM2() {
        return pixelAreaM2;
    }

    /** When it was served. */
    public Instant at() {
        return at;
    }
}
