package landcover.raster.imagery.sample;

/**
 * Deterministic noise for the synthetic world: every value is a pure function of a seed and integer
 * coordinates (a 64-bit mix hash), so fields can be computed in any order, on any number of threads,
 * and give the same bytes. No {@code java.util.Random} state, no {@code Math} transcendental whose
 * last bit may differ between CPUs: smoothing uses polynomials only.
 */
final class Noises {
    private Noises() {}

    /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash of a seed and two integers. */
    static long hash(long seed, int x, int y) {
        return mix(seed * 0x9E3779B97F4A7C15L + (((long) x) << 32 ^ (y & 0xffffffffL)));
    }

    /** Uniform in [0, 1) from a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, 1) for (seed, x, y). */
    static double uniform(long seed, int x, int y) {
        return unit(hash(seed, x, y));
    }

    /**
     * Approximately standard normal for (seed, x, y): the sum of four uniforms, centred and scaled
     * (Irwin–Hall; tails cut at ±3.46σ, which is what sensor noise should do anyway).
     */
    static float gaussian(long seed, int x, int y) {
        long h = hash(seed, x, y);
        double s = (h & 0xffff) + ((h >>> 16) & 0xffff) + ((h >>> 32) & 0xffff) + ((h >>> 48) & 0xffff);
        return (float) ((s / 65536.0 - 2.0) * 1.7320508075688772);
    }

    /** Quintic fade 6t⁵ − 15t⁴ + 10t³ (C² continuous). */
    private static double fade(double t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    /** Value noise in [-1, 1] at a continuous position, lattice spacing 1. */
    static double value(long seed, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = fade(x - x0);
        double fy = fade(y - y0);
        double a = uniform(seed, x0, y0);
        double b = uniform(seed, x0 + 1, y0);
        double c = uniform(seed, x0, y0 + 1);
        double d = uniform(seed, x0 + 1, y0 + 1);
        double top = a + (b - a) * fx;
        double bottom = c + (d - c) * fx;
        return 2 * (top + (bottom - top) * fy) - 1;
    }

    /**
     * Fractal (fBm) value noise in about [-1, 1]: {@code octaves} layers, each at half the scale and
     * {@code gain} times the amplitude of the previous one.
     *
     * @param scale size of the largest features, in the units of x and y
     */
    static double fbm(long seed, double x, double y, double scale, int octaves, double gain) {
        double sum = 0;
        double amplitude = 1;
        double norm = 0;
        double frequency = 1 / scale;
        for (int o = 0; o < octaves; o++) {
            sum += amplitude * value(seed + o * 7919L, x * frequency, y * frequency);
            norm += amplitude;
            amplitude *= gain;
            frequency *= 2;
        }
        return sum / norm;
    }

    /** Hermite smoothstep of x between edges e0 and e1, clamped to [0, 1]. */
    static double smoothstep(double e0, double e1, double x) {
        double t = Math.clamp((x - e0) / (e1 - e0), 0.0, 1.0);
        return t * t * (3 - 2 * t);
    }

    /**
     * A bell curve approximating exp(−z²) with a polynomial (exact at 0, zero beyond |z| = 2.5), used
     * for phenology so no transcendental function's last bit decides a pixel value.
     */
    static double bell(double z) {
        double t = 1 - (z * z) / 6.25;
        if (t <= 0) {
            return 0;
        }
        double t2 = t * t;
        return t2 * t2 * t2 * t;
    }
}
