package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

/**
 * The endmember mixture of every 10 m pixel on one date: surface fractions (lit by the sun), cloud
 * opacity and shadow strength. Coarser bands average these over their footprint, which is exact for
 * a linear mixture.
 */
final class Mixtures {
    /** Shadows keep the diffuse sky light: about 30 % of direct illumination. */
    private static final float SHADOW_DEPTH = 0.7f;

    final float[][] surface = new float[Spectra.CLOUD][SIZE * SIZE];
    final float[] cloud = new float[SIZE * SIZE];
    final float[] shadow = new float[SIZE * SIZE];

    private Mixtures() {}

    static Mixtures compute(World world, byte[] covers, SceneSpec scene, Sky sky) {
        Mixtures m = new Mixtures();
        double doy = scene.date().getDayOfYear();
        float[][] normals = world.normals();
        float[][] raw = new float[Spectra.CLOUD][SIZE * SIZE];
        Parallel.rows(SIZE, row -> {
            float[] f = new float[Spectra.ENDMEMBERS];
            Phenology.Site site = new Phenology.Site();
            for (int col = 0; col < SIZE; col++) {
                int i = row * SIZE + col;
                Cover cover = Cover.of(covers[i]);
                site(world, scene, cover, col, row, site);
                Phenology.fractions(cover, doy, site, f);
                float light = (float) sky.illumination(normals[0][i], normals[1][i], normals[2][i]);
                for (int k = 0; k < Spectra.CLOUD; k++) {
                    raw[k][i] = f[k] * light;
                }
                double x = col + 0.5;
                double y = row + 0.5;
                float alpha = (float) sky.cloud(x, y);
                m.cloud[i] = alpha;
                m.shadow[i] = alpha >= 1 ? 0 : (float) sky.shadow(x, y);
            }
        });
        for (int k = 0; k < Spectra.CLOUD; k++) {
            blur(raw[k], m.surface[k]);
        }
        return m;
    }

    private static void site(World world, SceneSpec scene, Cover cover, int col, int row, Phenology.Site site) {
        int i = row * SIZE + col;
        int parcel = world.parcels()[i];
        long seed = world.seed();
        boolean field = parcel != 0;
        site.vigour = field ? Parcels.vigour(seed, parcel) : world.coarseTexture()[i];
        site.vigour += 0.25 * scene.dateAnomaly() * (0.5 + 0.5 * Noises.uniform(seed + 8, parcel, 0));
        site.texture = cover.classCode() == 1 ? 2 * Noises.uniform(seed + 9, col, row) - 1 : world.fineTexture()[i];
        site.density = field ? 2 * Noises.uniform(seed + 10, parcel, 0) - 1 : world.patchTexture()[i];
        site.phase = field ? 30 * (Noises.uniform(seed + 11, parcel, scene.year()) - 0.5) : 0;
        site.speckle = 2 * Noises.uniform(seed + 12, col, row) - 1;
    }

    /**
     * The sensor's point-spread: a separable [0.15 0.7 0.15] kernel, so class edges give mixed
     * pixels as real 10 m pixels do. Edge pixels reuse themselves beyond the border.
     */
    private static void blur(float[] in, float[] out) {
        float[] tmp = new float[in.length];
        Parallel.rows(SIZE, row -> {
            int base = row * SIZE;
            for (int col = 0; col < SIZE; col++) {
                float left = in[base + Math.max(col - 1, 0)];
                float right = in[base + Math.min(col + 1, SIZE - 1)];
                tmp[base + col] = 0.7f * in[base + col] + 0.15f * (left + right);
            }
        });
        Parallel.rows(SIZE, row -> {
            int up = Math.max(row - 1, 0) * SIZE;
            int down = Math.min(row + 1, SIZE - 1) * SIZE;
            int base = row * SIZE;
            for (int col = 0; col < SIZE; col++) {
                out[base + col] = 0.7f * tmp[base + col] + 0.15f * (tmp[up + col] + tmp[down + col]);
            }
        });
    }

    /**
     * The mean effective mixtures of every {@code factor × factor} block, for a band of that
     * resolution: {@code [endmember][row * size + col]} with {@code size = SIZE / factor}.
     */
    float[][] averaged(int factor) {
        int size = SIZE / factor;
        float[][] out = new float[Spectra.ENDMEMBERS][size * size];
        Parallel.rows(size, row -> {
            float[] f = new float[Spectra.ENDMEMBERS];
            for (int col = 0; col < size; col++) {
                average(col, row, factor, f);
                for (int k = 0; k < Spectra.ENDMEMBERS; k++) {
                    out[k][row * size + col] = f[k];
                }
            }
        });
        return out;
    }

    /**
     * The mean effective mixture of the {@code factor × factor} block of 10 m pixels at (col, row) of
     * the coarser grid, clouds and shadows applied, into {@code out} (length 7).
     */
    void average(int col, int row, int factor, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (int dy = 0; dy < factor; dy++) {
            int base = (row * factor + dy) * SIZE + col * factor;
            for (int dx = 0; dx < factor; dx++) {
                int i = base + dx;
                float a = cloud[i];
                float w = (1 - a) * (1 - SHADOW_DEPTH * shadow[i]);
                for (int k = 0; k < Spectra.CLOUD; k++) {
                    out[k] += surface[k][i] * w;
                }
                out[Spectra.CLOUD] += a;
            }
        }
        float n = factor * factor;
        for (int k = 0; k < Spectra.ENDMEMBERS; k++) {
            out[k] /= n;
        }
    }
}
