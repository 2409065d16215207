package landcover.raster.imagery.sample;

/**
 * Field parcels of the valley floor: a Voronoi partition of jittered seed points (about 280 m
 * apart, fields slightly elongated east–west), each parcel with a fixed use (orchard, pasture or
 * arable land) and, for arable land, a crop that rotates from year to year.
 */
final class Parcels {
    private static final double CELL = 28;

    private Parcels() {}

    /** The id of the parcel holding a position (pixels), as a one-element array. */
    static int[] nearest(long seed, double x, double y) {
        int cx = (int) Math.floor(x / CELL);
        int cy = (int) Math.floor(y / CELL);
        double best = Double.MAX_VALUE;
        int id = 0;
        for (int j = cy - 1; j <= cy + 1; j++) {
            for (int i = cx - 1; i <= cx + 1; i++) {
                double sx = (i + 0.15 + 0.7 * Noises.uniform(seed + 90, i, j)) * CELL;
                double sy = (j + 0.15 + 0.7 * Noises.uniform(seed + 91, i, j)) * CELL;
                double dx = (x - sx) * 0.75;
                double dy = y - sy;
                double d = dx * dx + dy * dy;
                if (d < best) {
                    best = d;
                    id = 1 + (i + 64) * 1024 + (j + 64);
                }
            }
        }
        return new int[] {id};
    }

    /** The fixed use of a parcel: ORCHARD, GRASSLAND (pasture) or CEREAL standing for arable land. */
    static Cover kind(long seed, int id) {
        double r = Noises.uniform(seed + 92, id, 0);
        if (r < 0.27) {
            return Cover.ORCHARD;
        }
        return r < 0.37 ? Cover.GRASSLAND : Cover.CEREAL;
    }

    /** This year's crop on an arable parcel: winter cereal, irrigated summer vegetables or fallow. */
    static Cover rotation(long seed, int id, int year) {
        double r = Noises.uniform(seed + 93, id, year);
        if (r < 0.5) {
            return Cover.CEREAL;
        }
        return r < 0.75 ? Cover.VEGETABLE : Cover.FALLOW;
    }

    /** A per-parcel number in [-1, 1] for vigour differences between fields, stable over years. */
    static double vigour(long seed, int id) {
        return 2 * Noises.uniform(seed + 94, id, 1) - 1;
    }
}
