package landcover.raster.imagery.catalog;

import java.util.Locale;
import landcover.domain.aoi.Aoi;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;

/** Square test AOIs placed in UTM zone 30N metres. */
public final class Squares {
    private Squares() {}

    /** A square AOI of side {@code size} metres with its north-west corner at a UTM 30N position. */
    public static Aoi square(double x, double y, double size) {
        CrsTransform t = CrsTransform.of(EpsgCode.utm(30, true), EpsgCode.WGS84);
        double[][] corners = {
            t.transform(x, y - size), t.transform(x + size, y - size), t.transform(x + size, y), t.transform(x, y)
        };
        StringBuilder ring = new StringBuilder();
        for (int k = 0; k <= 4; k++) {
            double[] p = corners[k % 4];
            ring.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.8f,%.8f]", p[0], p[1]));
        }
        return Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}");
    }
}
