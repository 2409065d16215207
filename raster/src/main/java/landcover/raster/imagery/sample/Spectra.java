package landcover.raster.imagery.sample;

import java.util.List;

/**
 * Surface reflectance as a linear mixture of seven endmembers — green vegetation, dry vegetation,
 * soil, water, built surfaces, char and cloud — over the twelve L2A reflectance bands. The spectra
 * are typical shapes (red edge and NIR plateau for green vegetation, rising SWIR for dry vegetation
 * and soil, dark NIR/SWIR for water, flat bright roofs, dark char with relatively high SWIR); their
 * blue, green, red and NIR levels were tuned so the synthetic classes land near the means measured
 * on the real Sentinel-2 bands over Málaga (docs/imagery.md lists the windows and values).
 */
final class Spectra {
    /** The L2A reflectance bands, in endmember column order. */
    static final List<String> BANDS =
            List.of("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12");

    static final int GV = 0;
    static final int NPV = 1;
    static final int SOIL = 2;
    static final int WATER = 3;
    static final int URBAN = 4;
    static final int CHAR = 5;
    static final int CLOUD = 6;
    static final int ENDMEMBERS = 7;

    /** Reflectance of each endmember (rows) in each band of {@link #BANDS} (columns). */
    private static final float[][] ENDMEMBER = {
        {0.025f, 0.035f, 0.075f, 0.035f, 0.110f, 0.290f, 0.360f, 0.380f, 0.400f, 0.390f, 0.210f, 0.100f},
        {0.050f, 0.070f, 0.110f, 0.150f, 0.190f, 0.220f, 0.240f, 0.260f, 0.270f, 0.270f, 0.370f, 0.280f},
        {0.065f, 0.085f, 0.135f, 0.190f, 0.225f, 0.245f, 0.260f, 0.275f, 0.285f, 0.285f, 0.360f, 0.300f},
        {0.058f, 0.060f, 0.065f, 0.025f, 0.018f, 0.012f, 0.010f, 0.015f, 0.010f, 0.006f, 0.004f, 0.003f},
        {0.115f, 0.130f, 0.160f, 0.210f, 0.220f, 0.230f, 0.240f, 0.250f, 0.255f, 0.250f, 0.280f, 0.240f},
        {0.030f, 0.035f, 0.045f, 0.055f, 0.065f, 0.075f, 0.080f, 0.085f, 0.090f, 0.090f, 0.160f, 0.150f},
        {0.620f, 0.600f, 0.580f, 0.570f, 0.570f, 0.570f, 0.570f, 0.560f, 0.560f, 0.500f, 0.400f, 0.300f}
    };

    private Spectra() {}

    /** The reflectance of a mixture in band {@code band} (index into {@link #BANDS}). */
    static float reflectance(float[] fractions, int band) {
        float sum = 0;
        for (int k = 0; k < ENDMEMBERS; k++) {
            sum += fractions[k] * ENDMEMBER[k][band];
        }
        return sum;
    }

    /** Index of a band name in {@link #BANDS}. */
    static int band(String name) {
        int i = BANDS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("not a reflectance band: " + name);
        }
        return i;
    }
}
