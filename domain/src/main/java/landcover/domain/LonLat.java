package landcover.domain;

/**
 * A WGS84 position in decimal degrees, longitude first as in GeoJSON.
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 */
public record LonLat(double lon, double lat) {
    public LonLat {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new InvalidValueException("position", "coordinates must be finite numbers");
        }
    }

    @Override
    public String toString() {
        return "(" + format(lon) + ", " + format(lat) + ")";
    }

    private static String format(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }
}
