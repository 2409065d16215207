package landcover.raster.imagery.compose;

import java.util.ArrayList;
import java.util.List;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Where imagery is, in longitude/latitude: the union of grid footprints, each outline densified
 * (16 points a side) before projecting, since a straight UTM edge is curved in degrees. Coordinates
 * are rounded to 1e-7° (1 cm) so adjacent footprints union cleanly.
 */
public final class Coverage {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(1e7), 4326);

    private Coverage() {}

    /** The union of the grids' footprints. */
    public static Geometry of(List<GridGeometry> grids) {
        List<Geometry> parts = new ArrayList<>();
        for (GridGeometry g : grids) {
            parts.add(footprint(g));
        }
        return parts.isEmpty() ? FACTORY.createMultiPolygon() : UnaryUnionOp.union(parts);
    }

    /** One grid's outline in longitude/latitude. */
    public static Polygon footprint(GridGeometry grid) {
        CrsTransform t = CrsTransform.of(grid.crs(), EpsgCode.WGS84);
        int n = 16;
        List<Coordinate> ring = new ArrayList<>();
        double w = grid.width();
        double h = grid.height();
        for (int k = 0; k < n; k++) {
            ring.add(point(t, grid, 0, h * k / n));
        }
        for (int k = 0; k < n; k++) {
            ring.add(point(t, grid, w * k / n, h));
        }
        for (int k = 0; k < n; k++) {
            ring.add(point(t, grid, w, h - h * k / n));
        }
        for (int k = 0; k < n; k++) {
            ring.add(point(t, grid, w - w * k / n, 0));
        }
        ring.add(ring.getFirst());
        return FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static Coordinate point(CrsTransform t, GridGeometry grid, double col, double row) {
        double[] ll = t.transform(grid.transform().x(col, row), grid.transform().y(col, row));
        Coordinate c = new Coordinate(ll[0], ll[1]);
        FACTORY.getPrecisionModel().makePrecise(c);
        return c;
    }
}
