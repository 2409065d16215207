package landcover.raster.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import landcover.domain.aoi.Aoi;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.oracle.Gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AOI across the UTM 29/30 boundary (6°W) read from two synthetic 10 m tiles, one per zone,
 * mosaicked onto the AOI's output grid and compared with gdal.Warp doing the same.
 */
class MosaicOpTest {
    /** Synthetic AOI straddling 6°W, near Sevilla. */
    private static final Aoi ACROSS_ZONES = Aoi.parse("""
            {"type":"Polygon","coordinates":[[[-6.06,37.20],[-5.94,37.20],[-5.94,37.26],[-6.06,37.26],[-6.06,37.20]]]}""");

    private static final float ZONE_29_BASE = 2_000_000;

    @Test
    void apply_twoZones_matchesGdalWarp_andPrefersTheFirstSource(@TempDir Path dir) {
        GridGeometry target = OutputGrid.forAoi(ACROSS_ZONES, 10);
        assertThat(target.crs()).isEqualTo(EpsgCode.utm(30, true));
        Raster zone30 = syntheticTile(EpsgCode.utm(30, true), -6.02, -5.90, 0);
        Raster zone29 = syntheticTile(EpsgCode.utm(29, true), -6.10, -5.97, ZONE_29_BASE);
        Path file30 = dir.resolve("zone30.tif");
        Path file29 = dir.resolve("zone29.tif");
        Gdal.write(zone30, file30);
        Gdal.write(zone29, file29);

        Raster ours = MosaicOp.apply(List.of(zone30, zone29), target, Resampling.NEAREST);
        // gdalwarp lets later sources overwrite earlier ones: the zone-30 tile goes last to win.
        Raster gdal = Gdal.warp(List.of(file29, file30), target, "near", 0.0);
        assertThat(ours.band(0)).isEqualTo(gdal.band(0));

        // The west of the AOI only exists in zone 29, the east comes from zone 30 copied as is.
        assertThat(ours.get(0, 0, target.height() / 2)).isGreaterThanOrEqualTo(ZONE_29_BASE);
        int col = target.width() - 1;
        int row = target.height() / 2;
        double x = target.transform().x(col + 0.5, row + 0.5);
        double y = target.transform().y(col + 0.5, row + 0.5);
        int c30 = (int) Math.floor(zone30.grid().transform().col(x, y));
        int r30 = (int) Math.floor(zone30.grid().transform().row(x, y));
        assertThat(ours.get(0, col, row)).isEqualTo(zone30.get(0, c30, r30));
    }

    @Test
    void apply_sourcesWithDifferentBands_isRefused() {
        Raster a = syntheticTile(EpsgCode.utm(30, true), -6.02, -5.90, 0);
        Raster b = new Raster(a.grid(), a.dataType(), List.of("other"), new float[][] {a.band(0)}, a.nodata());
        assertThatThrownBy(() -> MosaicOp.apply(List.of(a, b), a.grid(), Resampling.NEAREST))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("different bands");
    }

    /**
     * A 10 m tile in {@code crs} on the 10 m lattice covering lon [west, east] x lat [37.18, 37.28];
     * pixel values are {@code base + 1 + row * width + col} (never 0, the nodata value).
     */
    static Raster syntheticTile(EpsgCode crs, double west, double east, float base) {
        double[] xs = {west, east, west, east};
        double[] ys = {37.18, 37.18, 37.28, 37.28};
        CrsTransform.of(EpsgCode.WGS84, crs).transformInPlace(xs, ys);
        double x0 = Math.floor(Math.min(xs[0], xs[2]) / 10) * 10;
        double x1 = Math.ceil(Math.max(xs[1], xs[3]) / 10) * 10;
        double y0 = Math.floor(Math.min(ys[0], ys[1]) / 10) * 10;
        double y1 = Math.ceil(Math.max(ys[2], ys[3]) / 10) * 10;
        GridGeometry grid = new GridGeometry(
                crs, GeoTransform.northUp(x0, y1, 10, 10), (int) ((x1 - x0) / 10), (int) ((y1 - y0) / 10));
        float[] values = new float[(int) grid.pixelCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = base + 1 + i;
        }
        return new Raster(grid, DataType.FLOAT32, List.of("id"), new float[][] {values}, OptionalDouble.of(0));
    }
}
