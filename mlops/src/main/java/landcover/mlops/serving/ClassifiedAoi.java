package landcover.mlops.serving;

/**
 * The output planes of one AOI classification, row-major over the AOI's window: class codes (0 for
 * nodata and outside the AOI), top-class probabilities and, when asked for, every class's probability
 * (one plane per forest class, NaN for nodata and outside). Workers write disjoint rows; the planes
 * are handed out live.
 */
final class ClassifiedAoi {
    private final byte[] classes;
    private final float[] top;
    private final float[][] probabilities;

    ClassifiedAoi(byte[] classes, float[] top, float[][] probabilities) {
        this.classes = classes;
        this.top = top;
        this.probabilities = probabilities;
    }

    byte[] classes() {
        return classes;
    }

    float[] top() {
        return top;
    }

    /** One plane per forest class, or null when probabilities were not asked for. */
    float[][] probabilities() {
        return probabilities;
    }
}
