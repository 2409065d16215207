package landcover.raster.grid;

import landcover.domain.InvalidValueException;

/**
 * The affine map from pixel/line to CRS coordinates, in GDAL's order: {@code x = originX + col *
 * pixelWidth + row * rotationX}, {@code y = originY + col * rotationY + row * pixelHeight}. Pixel
 * (0,0)'s top-left corner is (originX, originY); pixel centres sit at col + 0.5, row + 0.5. North-up
 * grids have zero rotation and a negative pixelHeight.
 *
 * @param originX x of the top-left corner of pixel (0,0)
 * @param pixelWidth x step per column
 * @param rotationX x step per row (0 when north-up)
 * @param originY y of the top-left corner of pixel (0,0)
 * @param rotationY y step per column (0 when north-up)
 * @param pixelHeight y step per row (negative when north-up)
 */
public record GeoTransform(
        double originX, double pixelWidth, double rotationX, double originY, double rotationY, double pixelHeight) {
    public GeoTransform {
        double det = pixelWidth * pixelHeight - rotationX * rotationY;
        if (!Double.isFinite(originX) || !Double.isFinite(originY) || !Double.isFinite(det) || det == 0) {
            throw new InvalidValueException("geoTransform", "not an invertible affine transform");
        }
    }

    /** A north-up transform with square-or-not pixels: origin at the top-left corner. */
    public static GeoTransform northUp(double originX, double originY, double pixelWidth, double pixelHeight) {
        return new GeoTransform(originX, pixelWidth, 0, originY, 0, -Math.abs(pixelHeight));
    }

    /** From GDAL's six numbers. */
    public static GeoTransform fromGdal(double[] gt) {
        if (gt.length != 6) {
            throw new InvalidValueException("geoTransform", "expected 6 numbers, got " + gt.length);
        }
        return new GeoTransform(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]);
    }

    /** GDAL's six numbers. */
    public double[] toGdal() {
        return new double[] {originX, pixelWidth, rotationX, originY, rotationY, pixelHeight};
    }

    /** True when there is no rotation or shear. */
    public boolean isNorthUp() {
        return rotationX == 0 && rotationY == 0;
    }

    /** CRS x of a (fractional) pixel position; use col + 0.5 for a centre. */
    public double x(double col, double row) {
        return originX + col * pixelWidth + row * rotationX;
    }

    /** CRS y of a (fractional) pixel position; use row + 0.5 for a centre. */
    public double y(double col, double row) {
        return originY + col * rotationY + row * pixelHeight;
    }

    /** Fractional column of a CRS position (floor it for the pixel index). */
    public double col(double x, double y) {
        double det = pixelWidth * pixelHeight - rotationX * rotationY;
        return ((x - originX) * pixelHeight - (y - originY) * rotationX) / det;
    }

    /** Fractional row of a CRS position (floor it for the pixel index). */
    public double row(double x, double y) {
        double det = pixelWidth * pixelHeight - rotationX * rotationY;
        return ((y - originY) * pixelWidth - (x - originX) * rotationY) / det;
    }

    /** The transform of a window starting at pixel (col, row) of this grid, same resolution. */
    public GeoTransform shifted(int col, int row) {
        return new GeoTransform(x(col, row), pixelWidth, rotationX, y(col, row), rotationY, pixelHeight);
    }

    /** The same area with pixels {@code factor} times larger (factor 2: half the columns and rows). */
    public GeoTransform scaled(double factor) {
        return new GeoTransform(
                originX, pixelWidth * factor, rotationX * factor, originY, rotationY * factor, pixelHeight * factor);
    }
}
