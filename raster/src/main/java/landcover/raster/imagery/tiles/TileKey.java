package landcover.raster.imagery.tiles;

import landcover.domain.InvalidValueException;

/**
 * An XYZ web-map tile (the OpenStreetMap/Google scheme): zoom, column from the west, row from the
 * north, on the Web Mercator (EPSG:3857) square of side {@value #WORLD} m × 2. A tile is 256 × 256
 * pixels.
 *
 * @param z zoom level, {@value #MIN_ZOOM} to {@value #MAX_ZOOM}
 * @param x column, 0 to 2^z − 1
 * @param y row, 0 to 2^z − 1
 */
public record TileKey(int z, int x, int y) {
    public static final int MIN_ZOOM = 8;
    public static final int MAX_ZOOM = 16;
    public static final int SIZE = 256;
    /** Half the side of the Web Mercator square, metres. */
    public static final double WORLD = 20037508.342789244;

    private static final double RADIUS = 6378137;

    public TileKey {
        if (z < MIN_ZOOM || z > MAX_ZOOM) {
            throw new InvalidValueException("z", "zoom " + z + " is outside " + MIN_ZOOM + "-" + MAX_ZOOM);
        }
        int n = 1 << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new InvalidValueException(
                    "tile", "tile " + x + "/" + y + " is outside zoom " + z + " (0-" + (n - 1) + ")");
        }
    }

    /** Side of the tile in Web Mercator metres. */
    public double span() {
        return 2 * WORLD / (1 << z);
    }

    /** Web Mercator x of a (fractional) pixel position across the tile. */
    public double mercatorX(double px) {
        return -WORLD + (x + px / SIZE) * span();
    }

    /** Web Mercator y of a (fractional) pixel position down the tile. */
    public double mercatorY(double py) {
        return WORLD - (y + py / SIZE) * span();
    }

    /** Longitude in degrees of a Web Mercator x (spherical, as EPSG:3857 defines it). */
    public static double longitude(double mx) {
        return Math.toDegrees(mx / RADIUS);
    }

    /** Latitude in degrees of a Web Mercator y. */
    public static double latitude(double my) {
        return Math.toDegrees(2 * Math.atan(Math.exp(my / RADIUS)) - Math.PI / 2);
    }

    /** West, south, east, north of the tile in degrees. */
    public double[] lonLatBounds() {
        return new double[] {
            longitude(mercatorX(0)), latitude(mercatorY(SIZE)), longitude(mercatorX(SIZE)), latitude(mercatorY(0))
        };
    }
}
