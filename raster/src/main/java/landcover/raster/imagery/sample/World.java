package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

/**
 * The synthetic world on the 10 m grid: terrain, the year-independent layout (river, roads, town,
 * scattered houses, field parcels, natural vegetation, the fire's footprint) and, from those, the
 * ground cover of any year. Built once per seed; immutable afterwards and safe to share.
 */
final class World {
    static final int FLAG_ROAD = 1;
    static final int FLAG_TOWN = 2;
    static final int FLAG_HOUSE = 4;
    static final int FLAG_FIRE = 8;
    static final int FLAG_ARABLE = 16;
    static final int FLAG_TAIL = 32;

    private final long seed;
    private final SyntheticDem dem;
    private final float[][] normals;
    private final byte[] baseCover;
    private final byte[] flags;
    private final int[] parcel;
    private final float[] riverDistance;
    private final float[] quarryDistance;
    private final float[] fineTexture;
    private final float[] coarseTexture;
    private final float[] patchTexture;

    private World(long seed, SyntheticDem dem) {
        this.seed = seed;
        this.dem = dem;
        this.normals = dem.normals();
        int n = SIZE * SIZE;
        this.baseCover = new byte[n];
        this.flags = new byte[n];
        this.parcel = new int[n];
        this.riverDistance = new float[n];
        this.quarryDistance = new float[n];
        this.fineTexture = new float[n];
        this.coarseTexture = new float[n];
        this.patchTexture = new float[n];
    }

    /** Builds the world for a seed. */
    static World generate(long seed) {
        World world = new World(seed, SyntheticDem.generate(seed));
        double[] river = new double[SIZE];
        double[] riverSlope = new double[SIZE];
        for (int c = 0; c < SIZE; c++) {
            river[c] = RegionLayout.riverRow(c + 0.5);
            riverSlope[c] = RegionLayout.riverRow(c + 1.0) - RegionLayout.riverRow(c);
        }
        Parallel.rows(SIZE, row -> {
            for (int col = 0; col < SIZE; col++) {
                double dy = Math.abs(row + 0.5 - river[col]);
                world.riverDistance[row * SIZE + col] = (float) (dy / Math.sqrt(1 + riverSlope[col] * riverSlope[col]));
                world.fillPixel(col, row);
            }
        });
        return world;
    }

    private void fillPixel(int col, int row) {
        int i = row * SIZE + col;
        double x = col + 0.5;
        double y = row + 0.5;
        double u = x / SIZE;
        double v = y / SIZE;
        fineTexture[i] = (float) Noises.fbm(seed + 50, x, y, 6, 3, 0.5);
        coarseTexture[i] = (float) Noises.fbm(seed + 51, x, y, 30, 3, 0.5);
        patchTexture[i] = (float) Math.clamp(1.6 * Noises.fbm(seed + 52, x, y, 12, 3, 0.5), -1.0, 1.0);
        double qu = (u - RegionLayout.QUARRY_U) / 1.4;
        double qv = v - RegionLayout.QUARRY_V;
        quarryDistance[i] =
                (float) (Math.sqrt(qu * qu + qv * qv) * (1 + 0.2 * Noises.fbm(seed + 60, x, y, 25, 2, 0.5)));
        int f = 0;
        f |= RegionLayout.isRoad(u, v) ? FLAG_ROAD : 0;
        f |= isTown(x, y, u, v) ? FLAG_TOWN : 0;
        f |= isHouse(x, y, u, v) ? FLAG_HOUSE : 0;
        f |= isFire(x, y, u, v) ? FLAG_FIRE : 0;
        f |= isTail(col, row) ? FLAG_TAIL : 0;
        boolean plain = isPlain(i, x, y);
        if (plain) {
            int[] p = Parcels.nearest(seed, x, y);
            parcel[i] = p[0];
            Cover kind = Parcels.kind(seed, p[0]);
            f |= kind == Cover.CEREAL ? FLAG_ARABLE : 0;
            baseCover[i] = (byte) kind.ordinal();
        } else {
            baseCover[i] = (byte) natural(i, x, y).ordinal();
        }
        flags[i] = (byte) f;
    }

    private boolean isPlain(int i, double x, double y) {
        double e = dem.elevation()[i];
        return e < 72 + 18 * Noises.fbm(seed + 70, x, y, 80, 2, 0.5) && normals[2][i] > 0.985;
    }

    private Cover natural(int i, double x, double y) {
        double e = dem.elevation()[i];
        double p = 0.6 * Noises.fbm(seed + 20, x, y, 85, 4, 0.55) + 0.3 * (e - 170) / 700 + 0.3 * normals[1][i];
        if (normals[2][i] < 0.82 && p < 0.15) {
            return Cover.ROCK;
        }
        if (p > 0.40) {
            return Cover.PINE;
        }
        if (p > 0.18) {
            return Cover.WOODLAND;
        }
        if (p > -0.08) {
            return Cover.SHRUB;
        }
        return p > -0.32 ? Cover.GRASSLAND : Cover.ROCK;
    }

    private boolean isTown(double x, double y, double u, double v) {
        double du = u - RegionLayout.TOWN_U;
        double dv = (v - RegionLayout.TOWN_V) * 1.25;
        double r = Math.sqrt(du * du + dv * dv) / RegionLayout.TOWN_RADIUS;
        return r * (1 + 0.35 * Noises.fbm(seed + 40, x, y, 45, 3, 0.5)) < 1;
    }

    private boolean isHouse(double x, double y, double u, double v) {
        int cx = (int) (x / 9);
        int cy = (int) (y / 9);
        double du = u - RegionLayout.TOWN_U;
        double dv = v - RegionLayout.TOWN_V;
        double near = Noises.smoothstep(0.35, 0.08, Math.sqrt(du * du + dv * dv));
        if (Noises.uniform(seed + 41, cx, cy) >= 0.012 + 0.10 * near) {
            return false;
        }
        long h = Noises.hash(seed + 42, cx, cy);
        int size = 2 + (int) (h & 1);
        int ox = (int) ((h >>> 8) % (9 - size));
        int oy = (int) ((h >>> 20) % (9 - size));
        int px = (int) x - cx * 9 - ox;
        int py = (int) y - cy * 9 - oy;
        return px >= 0 && px < size && py >= 0 && py < size;
    }

    private boolean isFire(double x, double y, double u, double v) {
        double a = (u - RegionLayout.FIRE_U) / RegionLayout.FIRE_RU;
        double b = (v - RegionLayout.FIRE_V) / RegionLayout.FIRE_RV;
        double d = (a * a + b * b) * (1 + 0.45 * Noises.fbm(seed + 30, x, y, 70, 3, 0.5));
        return d < 1 && Noises.fbm(seed + 31, x, y, 14, 2, 0.5) < 0.45;
    }

    /** The shallow north-western end of the reservoir, where reeds grow at the water's edge. */
    private boolean isTail(int col, int row) {
        return col < RegionLayout.RESERVOIR_COL && row < RegionLayout.RESERVOIR_ROW;
    }

    /** The ground cover of every pixel in a year, as {@link Cover} ordinals. */
    byte[] covers(int year) {
        byte[] out = new byte[SIZE * SIZE];
        double shore = SyntheticDem.shoreDistance(RegionLayout.reservoirLevel(year));
        double fullShore = SyntheticDem.shoreDistance(RegionLayout.fullLevel());
        double quarry = RegionLayout.quarryRadius(year);
        Parallel.rows(SIZE, row -> {
            for (int col = 0; col < SIZE; col++) {
                int i = row * SIZE + col;
                out[i] = (byte)
                        cover(year, i, col, row, shore, fullShore, quarry).ordinal();
            }
        });
        return out;
    }

    private Cover cover(int year, int i, int col, int row, double shore, double fullShore, double quarry) {
        int f = flags[i];
        float basin = dem.basinRadius()[i];
        if (riverDistance[i] <= 2.0f) {
            return Cover.RIVER;
        }
        if (basin < shore) {
            return Cover.RESERVOIR;
        }
        if ((f & FLAG_ROAD) != 0) {
            return Cover.ROAD;
        }
        Cover built = built(year, f, col, row);
        if (built != null) {
            return built;
        }
        if (quarryDistance[i] < quarry) {
            return Cover.QUARRY;
        }
        if (basin < shore + 3 && (f & FLAG_TAIL) != 0) {
            return Cover.WETLAND;
        }
        if (basin < fullShore) {
            return Cover.LAKEBED;
        }
        if (isMarsh(i, col)) {
            return Cover.WETLAND;
        }
        if (riverDistance[i] <= 6.5f) {
            return fineTexture[i] + 0.5f * coarseTexture[i] > -0.15f ? Cover.RIPARIAN : Cover.WETLAND;
        }
        Cover base = Cover.of(baseCover[i]);
        if ((f & FLAG_ARABLE) != 0) {
            return Parcels.rotation(seed, parcel[i], year);
        }
        if ((f & FLAG_FIRE) != 0 && base.isBurnable() && RegionLayout.isBurnt(year)) {
            return year == RegionLayout.CHANGE_YEAR ? Cover.BURNT : Cover.REGROWTH;
        }
        return base;
    }

    private boolean isMarsh(int i, int col) {
        double u = (col + 0.5) / SIZE;
        double reach = RegionLayout.MARSH_REACH * (1 + 0.5 * coarseTexture[i]);
        return u >= RegionLayout.MARSH_U0 && u < RegionLayout.MARSH_U1 && riverDistance[i] < reach;
    }

    private static Cover built(int year, int f, int col, int row) {
        double u = (col + 0.5) / SIZE;
        double v = (row + 0.5) / SIZE;
        for (double[] block : RegionLayout.GROWTH) {
            if (u >= block[0] && u < block[2] && v >= block[1] && v < block[3] && year >= block[4]) {
                return year == (int) block[4] ? Cover.CONSTRUCTION : street(col, row);
            }
        }
        if ((f & FLAG_TOWN) != 0) {
            return street(col, row);
        }
        return (f & FLAG_HOUSE) != 0 ? Cover.HOUSE : null;
    }

    private static Cover street(int col, int row) {
        return col % RegionLayout.BLOCK == 0 || row % RegionLayout.BLOCK == 0 ? Cover.ROAD : Cover.URBAN;
    }

    long seed() {
        return seed;
    }

    SyntheticDem dem() {
        return dem;
    }

    /** Unit surface normals: east, north, up. Do not modify. */
    float[][] normals() {
        return normals;
    }

    /** Parcel id per pixel (0 off the fields). Do not modify. */
    int[] parcels() {
        return parcel;
    }

    /** Fine (≈60 m) texture in [-1, 1]. Do not modify. */
    float[] fineTexture() {
        return fineTexture;
    }

    /** Patch (≈120 m) texture in [-1, 1], for canopy density. Do not modify. */
    float[] patchTexture() {
        return patchTexture;
    }

    /** Coarse (≈300 m) texture in [-1, 1]. Do not modify. */
    float[] coarseTexture() {
        return coarseTexture;
    }
}
