package landcover.raster.grid;

import landcover.domain.InvalidValueException;

/**
 * An EPSG coordinate reference system code, e.g. 32630 (WGS 84 / UTM zone 30N) or 4326 (WGS 84).
 *
 * @param code the EPSG code, positive
 */
public record EpsgCode(int code) {
    /** WGS 84 geographic (longitude/latitude in RFC 7946 order for our purposes). */
    public static final EpsgCode WGS84 = new EpsgCode(4326);

    /** WGS 84 / Pseudo-Mercator, the web-map tile CRS. */
    public static final EpsgCode WEB_MERCATOR = new EpsgCode(3857);

    public EpsgCode {
        if (code <= 0) {
            throw new InvalidValueException("epsg", code + " is not an EPSG code");
        }
    }

    /** The WGS 84 / UTM code for a zone (1-60) and hemisphere: 326zz north, 327zz south. */
    public static EpsgCode utm(int zone, boolean north) {
        if (zone < 1 || zone > 60) {
            throw new InvalidValueException("zone", "UTM zone " + zone + " is outside 1-60");
        }
        return new EpsgCode((north ? 32600 : 32700) + zone);
    }

    /** The WGS 84 / UTM code of the zone holding a longitude/latitude (standard zones, no Norway exceptions). */
    public static EpsgCode utmFor(double lon, double lat) {
        int zone = (int) Math.floor((lon + 180) / 6) + 1;
        return utm(Math.min(Math.max(zone, 1), 60), lat >= 0);
    }

    /** True for the 60 + 60 WGS 84 / UTM codes. */
    public boolean isUtm() {
        return (code > 32600 && code <= 32660) || (code > 32700 && code <= 32760);
    }

    /** Parses {@code 32630} or {@code EPSG:32630}. */
    public static EpsgCode parse(String text) {
        String digits = text.strip();
        if (digits.regionMatches(true, 0, "EPSG:", 0, 5)) {
            digits = digits.substring(5);
        }
        try {
            return new EpsgCode(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("epsg", "'" + text + "' is not an EPSG code such as EPSG:32630");
        }
    }

    @Override
    public String toString() {
        return "EPSG:" + code;
    }
}
