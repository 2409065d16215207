package landcover.raster.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import landcover.raster.Raster;
import landcover.raster.oracle.Gdal;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resampling of the real all-band chip, compared with gdal.Warp on the same grids. */
class WarpOpTest {
    private static final GridGeometry CHIP_10M = AoiRasterizerTest.CHIP;

    private static Path chip(String file) {
        return SharedData.path("sentinel2_malaga_greensenti/chip_all_bands/" + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"B05_20m.jp2", "B11_20m.jp2", "SCL_20m.jp2", "B01_60m.jp2", "B09_60m.jp2", "SCL_60m.jp2"})
    void apply_nearest_20mAnd60mTo10m_matchesGdalExactly(String file) {
        Raster source = Gdal.read(chip(file));
        Raster ours = WarpOp.apply(source, CHIP_10M, Resampling.NEAREST);
        Raster gdal = Gdal.warp(List.of(chip(file)), CHIP_10M, "near", null);
        assertThat(ours.grid()).isEqualTo(CHIP_10M);
        assertThat(ours.band(0)).isEqualTo(gdal.band(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"B05_20m.jp2", "B8A_20m.jp2", "B01_60m.jp2"})
    void apply_bilinear_matchesGdalOnInteriorPixels(String file) {
        Raster source = Gdal.read(chip(file));
        Raster ours = WarpOp.apply(source, CHIP_10M, Resampling.BILINEAR);
        Raster gdal = Gdal.warp(List.of(chip(file)), CHIP_10M, "bilinear", null);
        // Interior: the 2x2 neighbourhood lies inside the source, where GDAL's kernel is plain bilinear.
        int compared = 0;
        for (int r = 0; r < CHIP_10M.height(); r++) {
            for (int c = 0; c < CHIP_10M.width(); c++) {
                if (isInterior(source.grid(), c, r)) {
                    assertThat(ours.get(0, c, r))
                            .as("col %d row %d", c, r)
                            .isCloseTo(gdal.get(0, c, r), within(1e-3f * Math.max(1, gdal.get(0, c, r))));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(CHIP_10M.width() * CHIP_10M.height() / 2);
    }

    /** True when the target centre has all four surrounding source centres inside the source. */
    private static boolean isInterior(GridGeometry source, int col, int row) {
        GeoTransform t = CHIP_10M.transform();
        double x = source.transform().col(t.x(col + 0.5, row + 0.5), t.y(col + 0.5, row + 0.5)) - 0.5;
        double y = source.transform().row(t.x(col + 0.5, row + 0.5), t.y(col + 0.5, row + 0.5)) - 0.5;
        return x >= 0 && y >= 0 && x < source.width() - 1 && y < source.height() - 1;
    }

    @Test
    void apply_nearest_outsideTheSource_givesNodata() {
        Raster source = Gdal.read(chip("B05_20m.jp2"));
        GridGeometry beyond = new GridGeometry(
                CHIP_10M.crs(), CHIP_10M.transform().shifted(-5, 0), CHIP_10M.width(), CHIP_10M.height());
        Raster warped = WarpOp.apply(source, beyond, Resampling.NEAREST);
        // chip origin 367900 (20 m); the shifted 10 m grid starts at 367860: its first 4 columns are outside.
        assertThat(warped.get(0, 3, 10)).isNaN();
        assertThat(warped.get(0, 4, 10)).isEqualTo(source.get(0, 0, 5));
    }

    @Test
    void sourceWindow_coversEverythingTheWarpReads() {
        Raster source = Gdal.read(chip("B05_20m.jp2"));
        GridGeometry inner = CHIP_10M.window(new PixelWindow(10, 6, 30, 20));
        PixelWindow window = WarpOp.sourceWindow(source.grid(), inner);
        // x 368010..368310 is source col 5.5..20.5, y 4064680..4064480 is row 3..13; plus one pixel.
        assertThat(window).isEqualTo(new PixelWindow(4, 2, 18, 12));
        Raster cropped = crop(source, window);
        assertThat(WarpOp.apply(cropped, inner, Resampling.NEAREST).band(0))
                .isEqualTo(WarpOp.apply(source, inner, Resampling.NEAREST).band(0));
        assertThat(WarpOp.apply(cropped, inner, Resampling.BILINEAR).band(0))
                .isEqualTo(WarpOp.apply(source, inner, Resampling.BILINEAR).band(0));
    }

    @Test
    void sourceWindow_disjointGrids_isEmpty() {
        GridGeometry far = new GridGeometry(CHIP_10M.crs(), GeoTransform.northUp(500_000, 4_500_000, 10, 10), 100, 100);
        assertThat(WarpOp.sourceWindow(CHIP_10M, far).isEmpty()).isTrue();
    }

    static Raster crop(Raster source, PixelWindow w) {
        float[][] planes = new float[source.bandCount()][(int) w.pixelCount()];
        for (int b = 0; b < planes.length; b++) {
            for (int r = 0; r < w.height(); r++) {
                System.arraycopy(
                        source.band(b), (w.row() + r) * source.width() + w.col(), planes[b], r * w.width(), w.width());
            }
        }
        return new Raster(source.grid().window(w), source.dataType(), source.bandNames(), planes, source.nodata());
    }
}
