package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

/**
 * A scene classification layer (SCL, 20 m) as sen2cor would roughly produce it: clouds by opacity
 * (9 high, 8 medium probability, 10 thin cirrus for the faint edges), cloud shadows (3), water (6),
 * vegetation (4) by NDVI, dark areas (2, such as a fresh burnt scar — not masked, as in sen2cor's
 * usual behaviour), not vegetated (5), and a sprinkle of unclassified pixels (7).
 */
final class SceneClassification {
    private SceneClassification() {}

    static byte[] classify(Mixtures mix, long seed) {
        int size = SIZE / 2;
        byte[] scl = new byte[size * size];
        int red = Spectra.band("B04");
        int nir = Spectra.band("B8A");
        Parallel.rows(size, row -> {
            float[] f = new float[Spectra.ENDMEMBERS];
            for (int col = 0; col < size; col++) {
                scl[row * size + col] = (byte) code(mix, col, row, f, red, nir, seed);
            }
        });
        return scl;
    }

    private static int code(Mixtures mix, int col, int row, float[] f, int red, int nir, long seed) {
        float cloud = 0;
        float shadow = 0;
        float water = 0;
        for (int dy = 0; dy < 2; dy++) {
            for (int dx = 0; dx < 2; dx++) {
                int i = (row * 2 + dy) * SIZE + col * 2 + dx;
                cloud += mix.cloud[i] / 4;
                shadow += mix.shadow[i] * (1 - mix.cloud[i]) / 4;
                water += mix.surface[Spectra.WATER][i] / 4;
            }
        }
        if (cloud > 0.55f) {
            return 9;
        }
        if (cloud > 0.22f) {
            return 8;
        }
        if (cloud > 0.06f) {
            return 10;
        }
        if (shadow > 0.35f) {
            return 3;
        }
        if (water > 0.5f) {
            return 6;
        }
        if (Noises.uniform(seed + 77, col, row) < 0.002) {
            return 7;
        }
        mix.average(col, row, 2, f);
        float r = Spectra.reflectance(f, red);
        float n = Spectra.reflectance(f, nir);
        if ((n - r) / (n + r) > 0.3f) {
            return 4;
        }
        return n < 0.13f ? 2 : 5;
    }
}
