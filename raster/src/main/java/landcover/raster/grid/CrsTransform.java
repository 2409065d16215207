package landcover.raster.grid;

import java.util.Objects;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms coordinates between two EPSG coordinate reference systems, through proj4j and the
 * EPSG table of proj4j-epsg.
 *
 * <p><b>Axis order.</b> Geographic CRSs always take and give <em>longitude first</em> (x =
 * longitude, y = latitude, degrees), whatever axis order the EPSG registry declares for them: this
 * is GeoJSON's order and GDAL's "traditional GIS order" (what {@code gdaltransform} reads and
 * prints). proj4j's EPSG:4326 definition ({@code +proj=longlat}) has no axis swap, so this holds
 * without special cases; a test pins it against {@code gdaltransform}.
 *
 * <p><b>Threads.</b> Instances are thread-safe. proj4j's transforms are not (several projections
 * write instance fields while projecting), so each instance owns its own proj4j objects and calls
 * them under its own lock; build one instance per thread where many threads transform at once.
 * Bulk calls take the lock once per call, so their cost is the projection maths itself (measured
 * in {@code CrsTransformTest}'s javadoc and docs/raster.md).
 *
 * <p><b>Failures.</b> A point proj4j cannot transform (outside the projection's domain) comes out as
 * NaN; nothing is thrown for it.
 */
public final class CrsTransform {
    private final EpsgCode source;
    private final EpsgCode target;
    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private CrsTransform(EpsgCode source, EpsgCode target) {
        this.source = source;
        this.target = target;
        this.transform = source.equals(target)
                ? null
                : new CoordinateTransformFactory()
                        .createTransform(Proj4Definitions.create(source), Proj4Definitions.create(target));
    }

    /**
     * A transform from {@code source} to {@code target} coordinates.
     *
     * @throws landcover.raster.RasterException when a code is not in the EPSG table
     */
    public static CrsTransform of(EpsgCode source, EpsgCode target) {
        return new CrsTransform(Objects.requireNonNull(source, "source"), Objects.requireNonNull(target, "target"));
    }

    /**
     * True when {@code code} is a geographic CRS (longitude/latitude in degrees).
     *
     * @throws landcover.raster.RasterException when the code is not in the EPSG table
     */
    public static boolean isGeographic(EpsgCode code) {
        return Proj4Definitions.isGeographic(Objects.requireNonNull(code, "code"));
    }

    /** The CRS coordinates come from. */
    public EpsgCode source() {
        return source;
    }

    /** The CRS coordinates go to. */
    public EpsgCode target() {
        return target;
    }

    /** True when source and target are the same CRS, so points pass unchanged. */
    public boolean isIdentity() {
        return transform == null;
    }

    /** A new transform the other way round. */
    public CrsTransform inverse() {
        return new CrsTransform(target, source);
    }

    /** One point: returns {@code {x, y}} in the target CRS (NaN when it cannot be transformed). */
    public double[] transform(double x, double y) {
        double[] xs = {x};
        double[] ys = {y};
        transformInPlace(xs, ys);
        return new double[] {xs[0], ys[0]};
    }

    /** Transforms points held as separate x and y arrays of equal length, in place. */
    public void transformInPlace(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
        }
        if (transform == null) {
            return;
        }
        synchronized (this) {
            for (int i = 0; i < xs.length; i++) {
                in.setValue(xs[i], ys[i]);
                project();
                xs[i] = out.x;
                ys[i] = out.y;
            }
        }
    }

    /** Transforms interleaved points {@code x0, y0, x1, y1, …} in place. */
    public void transformInPlace(double[] xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("interleaved x,y array of odd length " + xy.length);
        }
        if (transform == null) {
            return;
        }
        synchronized (this) {
            for (int i = 0; i < xy.length; i += 2) {
                in.setValue(xy[i], xy[i + 1]);
                project();
                xy[i] = out.x;
                xy[i + 1] = out.y;
            }
        }
    }

    /** Projects {@code in} into {@code out}; the caller holds the lock. */
    private void project() {
        if (!Double.isFinite(in.x) || !Double.isFinite(in.y)) {
            out.setValue(Double.NaN, Double.NaN);
            return;
        }
        try {
            transform.transform(in, out);
        } catch (Proj4jException | ArithmeticException e) {
            out.setValue(Double.NaN, Double.NaN);
        }
    }

    @Override
    public String toString() {
        return "CrsTransform[" + source + " -> " + target + "]";
    }
}
