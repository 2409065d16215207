package landcover.raster.s2;

/**
 * Per-pixel median across planes, ignoring NaN: numpy's {@code nanmedian} over axis 0. Layout: one
 * float plane per scene, all the same length; output is a new plane. The handful of values per
 * pixel (one per scene) are insertion-sorted in a scratch array: no allocation in the loop.
 */
final class MedianKernel {
    private MedianKernel() {}

    static float[] median(float[][] planes) {
        int pixels = planes[0].length;
        float[] out = new float[pixels];
        float[] values = new float[planes.length];
        for (int i = 0; i < pixels; i++) {
            int n = 0;
            for (float[] plane : planes) {
                float v = plane[i];
                if (v == v) { // not NaN
                    int j = n++;
                    while (j > 0 && values[j - 1] > v) {
                        values[j] = values[j - 1];
                        j--;
                    }
                    values[j] = v;
                }
            }
            out[i] = n == 0 ? Float.NaN : (n & 1) == 1 ? values[n >> 1] : (values[(n >> 1) - 1] + values[n >> 1]) / 2f;
        }
        return out;
    }
}
