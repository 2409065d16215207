package landcover.mlops.inference;

import java.util.Objects;

/**
 * Caller-owned output arrays for one block of pixels: the class code of each pixel ({@code 0} for
 * nodata), the probability of that class ({@code 0} for nodata) and, optionally, every class's
 * probability. The arrays are written in place, never copied, so a caller can point them at its
 * output raster's rows. Not thread-safe; one per worker.
 */
public final class Predictions {
    private final byte[] classes;
    private final int offset;
    private final float[] top;
    private final float[] probabilities;

    private Predictions(byte[] classes, int offset, float[] top, float[] probabilities) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.offset = offset;
        this.top = top;
        this.probabilities = probabilities;
        if (offset < 0 || (top != null && top.length != classes.length)) {
            throw new IllegalArgumentException("class and top-probability arrays must have one length");
        }
    }

    /**
     * Classes (unsigned bytes) and, when {@code top} is not null, the top-class probability of pixel i
     * at {@code [offset + i]}.
     */
    public static Predictions of(byte[] classes, float[] top, int offset) {
        return new Predictions(classes, offset, top, null);
    }

    /**
     * Classes at {@code classes[i]}, top probability at {@code top[i]} and every class's probability at
     * {@code probabilities[i * classCount + c]} (columns in {@link CompiledForest#classCodes()} order).
     */
    public static Predictions withProbabilities(byte[] classes, float[] top, float[] probabilities) {
        return new Predictions(classes, 0, Objects.requireNonNull(top, "top"), Objects.requireNonNull(probabilities));
    }

    byte[] classes() {
        return classes;
    }

    int offset() {
        return offset;
    }

    float[] top() {
        return top;
    }

    float[] probabilities() {
        return probabilities;
    }

    /** The class code of pixel i (0 = nodata). */
    public int classCode(int i) {
        return classes[offset + i] & 0xff;
    }

    /** The top-class probability of pixel i (0 for nodata); only when a top array was given. */
    public float topProbability(int i) {
        return top[offset + i];
    }
}
