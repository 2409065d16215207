package landcover.mlops.inference;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Pixels to classify, one plane per feature in a forest's feature order (plane j, pixel i at {@code
 * planes[j][i]}; row-major raster planes fit as they are, nothing is copied). A pixel is nodata when a
 * feature is NaN or equals the nodata value, or when the mask excludes it. Holds references to the
 * caller's arrays: do not modify them while classifying.
 */
public final class FeaturePlanes {
    private final FeatureSchema features;
    private final float[][] planes;
    private final int pixels;
    private final float nodata;
    private final boolean[] mask;

    /**
     * @param features the feature order of {@code planes}
     * @param planes one plane per feature, each at least {@code pixels} long
     * @param pixels pixels per plane
     * @param nodata the value marking missing samples, if any
     * @param mask pixels to classify ({@code true}), or null for all
     */
    public FeaturePlanes(FeatureSchema features, float[][] planes, int pixels, OptionalDouble nodata, boolean[] mask) {
        this.features = Objects.requireNonNull(features, "features");
        this.planes = planes.clone();
        this.pixels = pixels;
        this.nodata = nodata.isPresent() ? (float) nodata.getAsDouble() : Float.NaN;
        this.mask = mask;
        if (planes.length != features.size()) {
            throw new IllegalArgumentException(planes.length + " planes for " + features.size() + " features");
        }
        for (float[] plane : planes) {
            if (plane.length < pixels) {
                throw new IllegalArgumentException("a plane holds " + plane.length + " of " + pixels + " pixels");
            }
        }
        if (mask != null && mask.length < pixels) {
            throw new IllegalArgumentException("mask holds " + mask.length + " of " + pixels + " pixels");
        }
    }

    /** The feature order. */
    public FeatureSchema features() {
        return features;
    }

    /** Pixels per plane. */
    public int pixels() {
        return pixels;
    }

    /**
     * Copies pixels {@code [first, first + count)} into {@code block}, pixel-interleaved, writing NaN
     * for nodata and masked-out pixels.
     */
    void interleave(int first, int count, float[] block) {
        int p = planes.length;
        for (int j = 0; j < p; j++) {
            float[] plane = planes[j];
            for (int i = 0; i < count; i++) {
                float v = plane[first + i];
                block[i * p + j] = v == nodata ? Float.NaN : v;
            }
        }
        if (mask != null) {
            for (int i = 0; i < count; i++) {
                if (!mask[first + i]) {
                    block[i * p] = Float.NaN;
                }
            }
        }
    }
}
