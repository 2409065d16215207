package landcover.raster.imagery.sample;

/**
 * The hand-made geography of the sample region, loosely after the real area it sits in (the lower
 * Guadalhorce valley west of Málaga, 36.60–36.70°N, 4.60–4.49°W): a river valley of fields in the
 * north and east, a town at the foot of a limestone sierra with pine forests to the south-west, a
 * quarry on the sierra's flank, a small reservoir in the hills to the south-east. Positions are in
 * normalised coordinates: u from west (0) to east (1), v from north (0) to south (1).
 *
 * <p>Year-dependent parts are here too: the town's growth, the reservoir level, the quarry's
 * extension, and the fire that burns part of the sierra's forest in the winter before the change
 * year.
 */
final class RegionLayout {
    /** Side of the region in 10 m pixels (10.2 km), a multiple of 6 so 20 m and 60 m grids align. */
    static final int SIZE = 1020;

    /** The year whose imagery changed: the fire of December before it leaves a burnt scar. */
    static final int CHANGE_YEAR = 2023;

    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2024;

    /** Town centre and radius (normalised). */
    static final double TOWN_U = 0.56;

    static final double TOWN_V = 0.47;
    static final double TOWN_RADIUS = 0.10;

    /** Streets run every this many pixels inside the town. */
    static final int BLOCK = 11;

    /** The marsh by the river in the east: columns (normalised) and reach from the river (pixels). */
    static final double MARSH_U0 = 0.83;

    static final double MARSH_U1 = 0.95;
    static final double MARSH_REACH = 24;

    /** Reservoir basin centre, in pixels, and its radius scale (pixels). */
    static final double RESERVOIR_COL = 0.79 * SIZE;

    static final double RESERVOIR_ROW = 0.80 * SIZE;
    static final double BASIN_RADIUS = 95;
    static final double BASIN_FLOOR = 150;
    static final double BASIN_DEPTH_AT_RADIUS = 70;

    /** The burnt area: centre and radii (normalised). */
    static final double FIRE_U = 0.21;

    static final double FIRE_V = 0.75;
    static final double FIRE_RU = 0.15;
    static final double FIRE_RV = 0.105;

    /** Quarry centre (normalised) and radius in its first year. */
    static final double QUARRY_U = 0.36;

    static final double QUARRY_V = 0.63;
    static final double QUARRY_RADIUS = 0.03;

    /** Roads as polylines of (u, v) points. */
    static final double[][] ROADS = {
        {0.0, 0.215, 0.3, 0.30, 0.62, 0.37, 1.0, 0.47},
        {TOWN_U, TOWN_V, 0.53, 0.30, 0.50, 0.12, 0.47, 0.0},
        {TOWN_U, TOWN_V, 0.72, 0.55, 1.0, 0.63},
        {TOWN_U, TOWN_V, 0.45, 0.55, QUARRY_U, QUARRY_V},
        {0.72, 0.55, 0.76, 0.70, 0.79, 0.72}
    };

    /**
     * New developments: {u0, v0, u1, v1, first year}. In its first year a block is a construction
     * site; from the next year on it is town.
     */
    static final double[][] GROWTH = {
        {0.63, 0.41, 0.69, 0.46, 2021},
        {0.47, 0.53, 0.51, 0.57, 2022},
        {0.44, 0.33, 0.56, 0.395, 2023},
        {0.60, 0.50, 0.66, 0.545, 2024}
    };

    private RegionLayout() {}

    /** Row of the river's centreline at a (fractional) column. */
    static double riverRow(double col) {
        double u = col / SIZE;
        return SIZE * (0.115 + 0.26 * u + 0.028 * StrictMath.sin(2 * Math.PI * 2.7 * u + 0.4));
    }

    /** The reservoir's water level in metres in a year: full until a drought lowers it in the change year. */
    static double reservoirLevel(int year) {
        return switch (year) {
            case 2023 -> 160;
            case 2024 -> 172;
            default -> 188;
        };
    }

    /** The highest level of the years served: the shore line of a full reservoir. */
    static double fullLevel() {
        return reservoirLevel(2020);
    }

    /** The quarry's radius in a year: it grows a little every year. */
    static double quarryRadius(int year) {
        return QUARRY_RADIUS + 0.004 * (year - FIRST_YEAR);
    }

    /** Whether a position (normalised) lies on a road: within one pixel of a road's centreline. */
    static boolean isRoad(double u, double v) {
        double limit = 1.0 / SIZE;
        for (double[] road : ROADS) {
            for (int k = 0; k + 3 < road.length; k += 2) {
                if (segmentDistance(u, v, road[k], road[k + 1], road[k + 2], road[k + 3]) <= limit) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
        double ex = px - (ax + t * dx);
        double ey = py - (ay + t * dy);
        return Math.sqrt(ex * ex + ey * ey);
    }

    /** Whether the fire has happened by (the start of) this year. */
    static boolean isBurnt(int year) {
        return year >= CHANGE_YEAR;
    }
}
