package landcover.raster.tiff;

import java.util.Optional;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;

/**
 * Georeferencing of a GeoTIFF (OGC GeoTIFF 1.1): the CRS from the GeoKey directory and the affine
 * transform from ModelTiepoint + ModelPixelScale or ModelTransformation, following GDAL's reading
 * rules (including the half-pixel shift of PixelIsPoint rasters, GDAL's default since 1.8).
 */
final class GeoKeys {
    static final int MODEL_TYPE = 1024;
    static final int RASTER_TYPE = 1025;
    static final int CITATION = 1026;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int GEOG_ELLIPSOID = 2056;
    static final int GEOG_SEMI_MAJOR = 2057;
    static final int GEOG_INV_FLATTENING = 2059;
    static final int PROJECTED_TYPE = 3072;
    static final int PROJECTION = 3074;

    static final int MODEL_PROJECTED = 1;
    static final int MODEL_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_POINT = 2;
    private static final int USER_DEFINED = 32767;

    /** What the georeferencing tags say. */
    record Georef(
            Optional<EpsgCode> epsg,
            Optional<EpsgCode> gridCrs,
            Optional<GeoTransform> transform,
            boolean pixelIsPoint) {}

    private GeoKeys() {}

    static Georef read(Ifd ifd) {
        long[] dir = ifd.longs(Tags.GEO_KEY_DIRECTORY);
        double[] doubles = ifd.doubles(Tags.GEO_DOUBLE_PARAMS);
        boolean point = key(dir, RASTER_TYPE) == RASTER_PIXEL_IS_POINT;
        Optional<EpsgCode> epsg = epsg(dir);
        Optional<EpsgCode> grid = epsg.isPresent() ? epsg : utmEquivalent(dir, doubles);
        return new Georef(epsg, grid, transform(ifd, point), point);
    }

    /** The short value of a key stored in the directory itself, or -1. */
    static int key(long[] dir, int id) {
        if (dir == null || dir.length < 4) {
            return -1;
        }
        int n = (int) Math.min(dir[3], (dir.length - 4) / 4);
        for (int i = 0; i < n; i++) {
            int at = 4 + 4 * i;
            if (dir[at] == id) {
                return dir[at + 1] == 0 ? (int) dir[at + 3] : -1;
            }
        }
        return -1;
    }

    /** A double-valued key from GeoDoubleParams, or NaN. */
    static double doubleKey(long[] dir, double[] doubles, int id) {
        if (dir == null || doubles == null || dir.length < 4) {
            return Double.NaN;
        }
        int n = (int) Math.min(dir[3], (dir.length - 4) / 4);
        for (int i = 0; i < n; i++) {
            int at = 4 + 4 * i;
            if (dir[at] == id && dir[at + 1] == Tags.GEO_DOUBLE_PARAMS && dir[at + 3] < doubles.length) {
                return doubles[(int) dir[at + 3]];
            }
        }
        return Double.NaN;
    }

    private static Optional<EpsgCode> epsg(long[] dir) {
        int model = key(dir, MODEL_TYPE);
        int projected = key(dir, PROJECTED_TYPE);
        int geographic = key(dir, GEOGRAPHIC_TYPE);
        if (model != MODEL_GEOGRAPHIC && projected > 0 && projected < USER_DEFINED) {
            return Optional.of(new EpsgCode(projected));
        }
        if (model != MODEL_PROJECTED && geographic > 0 && geographic < USER_DEFINED) {
            return Optional.of(new EpsgCode(geographic));
        }
        return Optional.empty();
    }

    /**
     * WGS 84 / UTM for a user-defined CRS made of a UTM projection code (16001-16060 north,
     * 16101-16160 south) on the WGS 84 or GRS 1980 ellipsoid: their semi-minor axes differ by 0.1 mm.
     */
    private static Optional<EpsgCode> utmEquivalent(long[] dir, double[] doubles) {
        int projection = key(dir, PROJECTION);
        int zone = projection > 16100 ? projection - 16100 : projection - 16000;
        if (projection < 16001 || projection > 16160 || zone < 1 || zone > 60) {
            return Optional.empty();
        }
        int ellipsoid = key(dir, GEOG_ELLIPSOID);
        int geographic = key(dir, GEOGRAPHIC_TYPE);
        double a = doubleKey(dir, doubles, GEOG_SEMI_MAJOR);
        double invF = doubleKey(dir, doubles, GEOG_INV_FLATTENING);
        boolean wgs84Like = ellipsoid == 7030
                || ellipsoid == 7019
                || geographic == 4326
                || geographic == 4258
                || geographic == 4269
                || (a == 6378137.0 && Math.abs(invF - 298.2572) < 1e-4);
        return wgs84Like ? Optional.of(EpsgCode.utm(zone, projection < 16100)) : Optional.empty();
    }

    private static Optional<GeoTransform> transform(Ifd ifd, boolean pixelIsPoint) {
        double[] gt = gdalTransform(ifd);
        if (gt == null) {
            return Optional.empty();
        }
        if (pixelIsPoint) {
            gt[0] -= gt[1] * 0.5 + gt[2] * 0.5;
            gt[3] -= gt[4] * 0.5 + gt[5] * 0.5;
        }
        try {
            return Optional.of(GeoTransform.fromGdal(gt));
        } catch (RuntimeException degenerate) {
            return Optional.empty();
        }
    }

    private static double[] gdalTransform(Ifd ifd) {
        double[] m = ifd.doubles(Tags.MODEL_TRANSFORMATION);
        if (m != null && m.length >= 16) {
            return new double[] {m[3], m[0], m[1], m[7], m[4], m[5]};
        }
        double[] tie = ifd.doubles(Tags.MODEL_TIEPOINT);
        double[] scale = ifd.doubles(Tags.MODEL_PIXEL_SCALE);
        if (tie == null || tie.length < 6 || scale == null || scale.length < 2) {
            return null;
        }
        return new double[] {tie[3] - tie[0] * scale[0], scale[0], 0, tie[4] + tie[1] * scale[1], 0, -scale[1]};
    }
}
