package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import landcover.domain.aoi.Aoi;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;

class PixelAreasTest {
    private static final EpsgCode UTM30N = EpsgCode.utm(30, true);

    /** A grid of one cell at a UTM position, 10 m pixels. */
    private static GridGeometry cellAt(EpsgCode crs, double x0, double y0) {
        return new GridGeometry(crs, GeoTransform.northUp(x0, y0, 10, 10), PixelAreas.CELL, PixelAreas.CELL);
    }

    @Test
    void scaleFactor_againstPyprojArealScale_agreesToAPartPerBillion() {
        ExternalTool.requirePythonModule("pyproj");
        double[][] lonLats = {{-3, 36.65}, {-4.55, 36.65}, {-6, 36.65}, {-5.9, 0.5}, {-0.2, 70}};
        StringBuilder script = new StringBuilder("from pyproj import Proj\np = Proj('EPSG:32630')\n");
        for (double[] ll : lonLats) {
            script.append(String.format(Locale.ROOT, "print(p.get_factors(%s, %s).areal_scale)%n", ll[0], ll[1]));
        }
        String[] oracle = ExternalTool.check(List.of("/usr/bin/python3", "-c", script.toString()))
                .strip()
                .split("\n");

        for (int i = 0; i < lonLats.length; i++) {
            double k = PixelAreas.scaleFactor(Math.toRadians(lonLats[i][0] + 3), Math.toRadians(lonLats[i][1]));
            assertThat(k * k)
                    .as("k² at %s", java.util.Arrays.toString(lonLats[i]))
                    .isCloseTo(Double.parseDouble(oracle[i]), within(1e-9));
        }
    }

    @Test
    void of_cellNearTheZoneEdge_matchesTheEllipsoidalAreaOfItsOutline() {
        double x0 = 240_000;
        double y0 = 4_060_000;
        GridGeometry grid = cellAt(UTM30N, x0, y0);

        PixelAreas.Cells cells = new PixelAreas().of(grid);

        double side = PixelAreas.CELL * 10.0;
        double cellArea = cells.pixelAreaM2()[0] * PixelAreas.CELL * PixelAreas.CELL;
        assertThat(cellArea).isCloseTo(outlineArea(x0, y0, side), within(cellArea * 2e-6));
        assertThat(cells.pixelAreaM2()[0]).isLessThan(99.92); // k > 1 this far from the central meridian
    }

    @Test
    void of_gridOfSeveralCells_givesEachCellItsOwnArea() {
        GridGeometry grid = new GridGeometry(UTM30N, GeoTransform.northUp(300_000, 4_060_000, 10, 10), 600, 300);

        PixelAreas.Cells cells = new PixelAreas().of(grid);

        assertThat(cells.columns()).isEqualTo(3);
        assertThat(cells.rows()).isEqualTo(2);
        assertThat(cells.pixelAreaM2()[0]).isLessThan(cells.pixelAreaM2()[2]); // closer to the meridian: k smaller
    }

    @Test
    void of_geographicGrid_isRefused() {
        GridGeometry grid = new GridGeometry(EpsgCode.WGS84, GeoTransform.northUp(-5, 37, 0.0001, 0.0001), 10, 10);

        assertThatThrownBy(() -> new PixelAreas().of(grid)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The ellipsoidal area of a UTM square, its edges densified to 10 m before unprojecting. */
    private static double outlineArea(double x0, double y0, double side) {
        CrsTransform toLonLat = CrsTransform.of(UTM30N, EpsgCode.WGS84);
        List<String> ring = new ArrayList<>();
        int steps = (int) (side / 10);
        double[][] corners = {{x0, y0 - side}, {x0 + side, y0 - side}, {x0 + side, y0}, {x0, y0}};
        for (int c = 0; c < 4; c++) {
            double[] a = corners[c];
            double[] b = corners[(c + 1) % 4];
            for (int s = 0; s < steps; s++) {
                double[] ll = toLonLat.transform(a[0] + (b[0] - a[0]) * s / steps, a[1] + (b[1] - a[1]) * s / steps);
                ring.add(String.format(Locale.ROOT, "[%.10f,%.10f]", ll[0], ll[1]));
            }
        }
        ring.add(ring.getFirst());
        return Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", ring) + "]]}")
                .areaM2();
    }
}
