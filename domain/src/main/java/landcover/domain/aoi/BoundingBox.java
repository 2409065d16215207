package landcover.domain.aoi;

import landcover.domain.InvalidValueException;

/**
 * A WGS84 bounding box in RFC 7946 order (west, south, east, north), degrees. When the box crosses
 * the antimeridian, {@code west > east} (RFC 7946 §5.2).
 *
 * @param west westernmost longitude, -180 to 180
 * @param south southernmost latitude, -90 to 90
 * @param east easternmost longitude, -180 to 180
 * @param north northernmost latitude, not below south
 */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (!inRange(west, 180) || !inRange(east, 180) || !inRange(south, 90) || !inRange(north, 90)) {
            throw new InvalidValueException("bbox", "coordinates out of range");
        }
        if (south > north) {
            throw new InvalidValueException("bbox", "south " + south + " is north of north " + north);
        }
    }

    private static boolean inRange(double v, double limit) {
        return v >= -limit && v <= limit;
    }

    /** True when the box spans the antimeridian (west > east). */
    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** Width in degrees of longitude, accounting for the antimeridian. */
    public double widthDegrees() {
        return crossesAntimeridian() ? east + 360 - west : east - west;
    }

    /** The four numbers in RFC 7946 order. */
    public double[] toArray() {
        return new double[] {west, south, east, north};
    }
}
