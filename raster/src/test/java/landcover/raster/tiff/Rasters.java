package landcover.raster.tiff;

import landcover.raster.grid.PixelWindow;

/** Plane helpers for tests. */
final class Rasters {
    private Rasters() {}

    /** The samples of a window of a row-major plane. */
    static float[] crop(float[] plane, int width, PixelWindow window) {
        float[] out = new float[Math.toIntExact(window.pixelCount())];
        for (int r = 0; r < window.height(); r++) {
            System.arraycopy(plane, (window.row() + r) * width + window.col(), out, r * window.width(), window.width());
        }
        return out;
    }

    /**
     * Asserts two planes are bit-identical (NaN equal to NaN), reporting the first difference and how
     * many samples differ; AssertJ's array diff is quadratic on million-sample planes.
     */
    static void assertSamePlane(float[] actual, float[] expected, int width, String what) {
        org.assertj.core.api.Assertions.assertThat(actual.length)
                .as(what + " length")
                .isEqualTo(expected.length);
        int first = -1;
        int differing = 0;
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToIntBits(actual[i]) != Float.floatToIntBits(expected[i])) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        if (differing > 0) {
            throw new AssertionError(what + ": " + differing + " samples differ; first at col " + first % width
                    + " row " + first / width + ": " + actual[first] + " instead of " + expected[first]);
        }
    }
}
