package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

/**
 * The sky of one acquisition: the sun's direction at the overpass, cumulus clouds as a thresholded
 * fractal field whose threshold gives the scene's cloud cover, the clouds' shadows displaced away
 * from the sun by their height, and smooth aerosol and water-vapour fields.
 */
final class Sky {
    private static final double LATITUDE = 36.65;
    private static final double CLOUD_HEIGHT_M = 1500;
    private static final int HISTOGRAM_BINS = 4096;
    private static final int STEP = 4;

    private final long seed;
    private final double cloudCover;
    private final double threshold;
    private final double shadowCol;
    private final double shadowRow;
    private final int margin;
    private final int latticeSize;
    private final float[] lattice;
    final double sunEast;
    final double sunNorth;
    final double sunUp;
    final double aerosol;
    final double vapourCm;

    Sky(SceneSpec scene, long seed) {
        this.seed = seed;
        this.cloudCover = scene.cloudCover();
        int doy = scene.date().getDayOfYear();
        double decl = StrictMath.toRadians(23.44 * StrictMath.sin(2 * Math.PI * (284 + doy) / 365.0));
        double lat = StrictMath.toRadians(LATITUDE);
        double hour = StrictMath.toRadians(-18.5);
        double sinEl = StrictMath.sin(lat) * StrictMath.sin(decl)
                + StrictMath.cos(lat) * StrictMath.cos(decl) * StrictMath.cos(hour);
        double el = StrictMath.asin(sinEl);
        double cosAz =
                (StrictMath.sin(decl) - sinEl * StrictMath.sin(lat)) / (StrictMath.cos(el) * StrictMath.cos(lat));
        double az = StrictMath.acos(Math.clamp(cosAz, -1.0, 1.0));
        this.sunEast = StrictMath.cos(el) * StrictMath.sin(az);
        this.sunNorth = StrictMath.cos(el) * StrictMath.cos(az);
        this.sunUp = sinEl;
        double reach = CLOUD_HEIGHT_M / StrictMath.tan(el) / 10.0;
        this.shadowCol = -StrictMath.sin(az) * reach;
        this.shadowRow = StrictMath.cos(az) * reach;
        this.margin = (int) Math.ceil(Math.sqrt(shadowCol * shadowCol + shadowRow * shadowRow) / STEP) + 2;
        this.latticeSize = SIZE / STEP + 2 * margin + 1;
        this.lattice = cloudCover > 0 && cloudCover < 1 ? lattice() : new float[0];
        this.threshold = cloudCover <= 0 ? Double.MAX_VALUE : cloudCover >= 1 ? -Double.MAX_VALUE : threshold();
        double u = Noises.uniform(seed + 3, 0, 0);
        this.aerosol = 0.05 + 0.14 * u * u;
        double[] vapour = {1.2, 2.4, 1.7};
        int s = scene.season().equals("spring") ? 0 : scene.season().equals("summer") ? 1 : 2;
        this.vapourCm = vapour[s] * (0.85 + 0.3 * Noises.uniform(seed + 4, 0, 0));
    }

    /**
     * The cloud field on a 4-pixel lattice reaching past the region by the shadow's reach, so the
     * shadow of a cloud just outside still falls inside; pixels interpolate bilinearly (cumulus
     * features are 100 m and up, so the lattice loses nothing visible and saves 15 of 16 fBm calls).
     */
    private float[] lattice() {
        float[] grid = new float[latticeSize * latticeSize];
        Parallel.rows(latticeSize, gy -> {
            for (int gx = 0; gx < latticeSize; gx++) {
                double x = (gx - margin) * STEP;
                double y = (gy - margin) * STEP;
                grid[gy * latticeSize + gx] = (float) Noises.fbm(seed, x, y, 120, 5, 0.5);
            }
        });
        return grid;
    }

    private double field(double x, double y) {
        double gx = x / STEP + margin;
        double gy = y / STEP + margin;
        int x0 = Math.clamp((int) gx, 0, latticeSize - 2);
        int y0 = Math.clamp((int) gy, 0, latticeSize - 2);
        double fx = Math.clamp(gx - x0, 0.0, 1.0);
        double fy = Math.clamp(gy - y0, 0.0, 1.0);
        int i = y0 * latticeSize + x0;
        double top = lattice[i] + (lattice[i + 1] - lattice[i]) * fx;
        double bottom = lattice[i + latticeSize] + (lattice[i + latticeSize + 1] - lattice[i + latticeSize]) * fx;
        return top + (bottom - top) * fy;
    }

    /** The field value above which a share {@code cloudCover} of the region's lattice points lies. */
    private double threshold() {
        int[] counts = new int[HISTOGRAM_BINS];
        long total = 0;
        int last = margin + SIZE / STEP;
        for (int gy = margin; gy < last; gy++) {
            for (int gx = margin; gx < last; gx++) {
                int bin = (int) ((lattice[gy * latticeSize + gx] + 1) / 2 * HISTOGRAM_BINS);
                counts[Math.clamp(bin, 0, HISTOGRAM_BINS - 1)]++;
                total++;
            }
        }
        long target = Math.round(cloudCover * total);
        long above = 0;
        for (int bin = HISTOGRAM_BINS - 1; bin >= 0; bin--) {
            above += counts[bin];
            if (above >= target) {
                return (double) bin / HISTOGRAM_BINS * 2 - 1;
            }
        }
        return -1;
    }

    /** Cloud opacity in [0, 1] at a pixel centre. */
    double cloud(double x, double y) {
        if (threshold == Double.MAX_VALUE) {
            return 0;
        }
        if (threshold == -Double.MAX_VALUE) {
            return 1;
        }
        double t = (field(x, y) - threshold) / 0.12;
        return t <= 0 ? 0 : Math.min(1, t);
    }

    /** Shadow strength in [0, 1]: the opacity of the cloud between this pixel and the sun. */
    double shadow(double x, double y) {
        if (cloudCover <= 0) {
            return 0;
        }
        return Math.min(1, 1.6 * cloud(x - shadowCol, y - shadowRow));
    }

    /** Illumination factor of a surface with unit normal (e, n, u), mildly terrain-corrected. */
    double illumination(float e, float n, float u) {
        double cosI = e * sunEast + n * sunNorth + u * sunUp;
        return Math.clamp(1 + 0.35 * (Math.max(cosI, 0) / sunUp - 1), 0.4, 1.6);
    }

    /** Aerosol optical thickness (550 nm) at a pixel: smooth, thinner over high ground. */
    double aot(double x, double y, double elevation) {
        return aerosol * (1 + 0.25 * Noises.fbm(seed + 5, x, y, 300, 2, 0.5)) * (1 - elevation / 3000);
    }

    /** Water vapour column in cm: smooth, less over high ground. */
    double wvp(double x, double y, double elevation) {
        return vapourCm * (1 + 0.1 * Noises.fbm(seed + 6, x, y, 300, 2, 0.5)) * (1 - elevation / 4000);
    }
}
