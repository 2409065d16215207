package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

/**
 * The synthetic terrain: a valley floor falling gently to the east along the river, a sierra rising
 * to about 1000 m in the south-west with ridged crests, rolling hills between, and a basin that holds
 * the reservoir. Elevation in metres on the 10 m grid, plus unit surface normals for illumination.
 */
final class SyntheticDem {
    private static final double BASIN_COS = StrictMath.cos(StrictMath.toRadians(35));
    private static final double BASIN_SIN = StrictMath.sin(StrictMath.toRadians(35));

    private final float[] elevation;
    private final float[] basinRadius;

    private SyntheticDem(float[] elevation, float[] basinRadius) {
        this.elevation = elevation;
        this.basinRadius = basinRadius;
    }

    /** Builds the terrain for a seed. */
    static SyntheticDem generate(long seed) {
        float[] elevation = new float[SIZE * SIZE];
        float[] basin = new float[SIZE * SIZE];
        double[] river = new double[SIZE];
        for (int c = 0; c < SIZE; c++) {
            river[c] = RegionLayout.riverRow(c + 0.5);
        }
        Parallel.rows(SIZE, row -> {
            for (int col = 0; col < SIZE; col++) {
                int i = row * SIZE + col;
                basin[i] = (float) basinDistance(col + 0.5, row + 0.5);
                elevation[i] = (float) elevation(seed, col + 0.5, row + 0.5, river[col], basin[i]);
            }
        });
        return new SyntheticDem(elevation, basin);
    }

    private static double elevation(long seed, double x, double y, double riverRow, double basin) {
        double u = x / SIZE;
        double v = y / SIZE;
        double s = (v - 0.45) + 0.55 * (0.5 - u) + 0.07 * Noises.fbm(seed, x, y, 260, 3, 0.5);
        double sierra = 880 * Noises.smoothstep(0.02, 0.8, s);
        double ridged = 1 - Math.abs(Noises.fbm(seed + 1, x, y, 110, 4, 0.5));
        double ridges = 170 * Noises.smoothstep(0.0, 0.45, s) * ridged * ridged;
        double plain = 18 + 38 * (1 - u) + 10 * Noises.fbm(seed + 2, x, y, 140, 3, 0.5);
        double floodplain = 9 * Noises.smoothstep(70, 0, Math.abs(y - riverRow));
        double e = plain + sierra + ridges - floodplain;
        double rim = 205 * Noises.smoothstep(1.8, 1.0, basin / RegionLayout.BASIN_RADIUS);
        return Math.min(Math.max(e, rim), basinSurface(basin));
    }

    /** The basin's bowl: its floor at the centre, rising with the square of the distance. */
    static double basinSurface(double distance) {
        double r = distance / RegionLayout.BASIN_RADIUS;
        return RegionLayout.BASIN_FLOOR + RegionLayout.BASIN_DEPTH_AT_RADIUS * r * r;
    }

    /** The basin distance (pixels) at which the bowl reaches a water level. */
    static double shoreDistance(double level) {
        double depth = Math.max(0, level - RegionLayout.BASIN_FLOOR);
        return RegionLayout.BASIN_RADIUS * Math.sqrt(depth / RegionLayout.BASIN_DEPTH_AT_RADIUS);
    }

    /** Anisotropic distance from the basin centre: an elongated valley running NW–SE. */
    private static double basinDistance(double x, double y) {
        double dx = x - RegionLayout.RESERVOIR_COL;
        double dy = y - RegionLayout.RESERVOIR_ROW;
        double along = dx * BASIN_COS - dy * BASIN_SIN;
        double across = dx * BASIN_SIN + dy * BASIN_COS;
        return Math.sqrt((along / 1.5) * (along / 1.5) + (across / 0.8) * (across / 0.8));
    }

    /** Elevation in metres, row-major on the 10 m grid. Do not modify. */
    float[] elevation() {
        return elevation;
    }

    /** Anisotropic distance to the basin centre in pixels. Do not modify. */
    float[] basinRadius() {
        return basinRadius;
    }

    /**
     * Unit normals (east, north, up components) by central differences, for illumination. Edge
     * pixels reuse their inner neighbour's gradient.
     */
    float[][] normals() {
        float[][] n = new float[3][SIZE * SIZE];
        Parallel.rows(SIZE, row -> {
            for (int col = 0; col < SIZE; col++) {
                int c0 = Math.max(col - 1, 0);
                int c1 = Math.min(col + 1, SIZE - 1);
                int r0 = Math.max(row - 1, 0);
                int r1 = Math.min(row + 1, SIZE - 1);
                double dzdx = (elevation[row * SIZE + c1] - elevation[row * SIZE + c0]) / (10.0 * (c1 - c0));
                double dzdy = (elevation[r0 * SIZE + col] - elevation[r1 * SIZE + col]) / (10.0 * (r1 - r0));
                double len = Math.sqrt(dzdx * dzdx + dzdy * dzdy + 1);
                int i = row * SIZE + col;
                n[0][i] = (float) (-dzdx / len);
                n[1][i] = (float) (-dzdy / len);
                n[2][i] = (float) (1 / len);
            }
        });
        return n;
    }
}
