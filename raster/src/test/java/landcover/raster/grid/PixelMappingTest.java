package landcover.raster.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PixelMappingTest {
    /** The lattice interpolation against proj4j at every pixel, zone 29 seen from a zone 30 grid. */
    @Test
    void row_acrossZones_staysWithinAThousandthOfAPixelOfTheExactTransform() {
        GridGeometry target =
                new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(200_000, 4_130_000, 10, 10), 1037, 613);
        GridGeometry source =
                new GridGeometry(EpsgCode.utm(29, true), GeoTransform.northUp(700_000, 4_150_000, 20, 20), 2000, 2000);
        PixelMapping mapping = new PixelMapping(source, target);
        CrsTransform exact = CrsTransform.of(target.crs(), source.crs());
        double[] cols = new double[target.width()];
        double[] rows = new double[target.width()];
        double worst = 0;
        for (int r = 0; r < target.height(); r += 7) {
            mapping.row(r, cols, rows);
            for (int c = 0; c < target.width(); c++) {
                double[] p = exact.transform(
                        target.transform().x(c + 0.5, r + 0.5),
                        target.transform().y(c + 0.5, r + 0.5));
                double dc = cols[c] - source.transform().col(p[0], p[1]);
                double dr = rows[c] - source.transform().row(p[0], p[1]);
                worst = Math.max(worst, Math.hypot(dc, dr));
            }
        }
        assertThat(worst).isLessThan(1e-3);
    }

    @Test
    void row_sameCrs_isTheExactAffineMap() {
        GridGeometry target =
                new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(367910, 4064740, 10, 10), 60, 36);
        GridGeometry source =
                new GridGeometry(EpsgCode.utm(30, true), GeoTransform.northUp(367900, 4064740, 20, 20), 31, 18);
        double[] cols = new double[60];
        double[] rows = new double[60];
        new PixelMapping(source, target).row(3, cols, rows);
        assertThat(cols[0]).isEqualTo(0.75);
        assertThat(cols[1]).isEqualTo(1.25);
        assertThat(rows[0]).isEqualTo(1.75);
    }
}
