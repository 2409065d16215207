package landcover.raster.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.grid.Resampling;
import landcover.raster.grid.WarpOp;
import landcover.raster.s2.ChipScenes;
import landcover.raster.s2.CloudMaskPolicy;
import landcover.raster.s2.CompositeOp;
import landcover.raster.s2.CompositeSettings;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.ProcessingBaseline;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;
import org.junit.jupiter.api.Test;

/** Stacks from the real all-band chip, synthetic seasons derived from it, and a synthetic DEM. */
class FeatureStackOpTest {
    private static final GridGeometry GRID = ChipScenes.GRID_10M;

    /** Synthetic DEM: 30 m pixels around the chip, a tilted, curved surface (metres). */
    static Raster syntheticDem() {
        GridGeometry grid = new GridGeometry(GRID.crs(), GeoTransform.northUp(367850, 4064800, 30, 30), 24, 16);
        float[] z = new float[(int) grid.pixelCount()];
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                z[r * grid.width() + c] = (float) (120 + 3.5 * c - 2.0 * r + 0.15 * c * r);
            }
        }
        return new Raster(grid, DataType.FLOAT32, List.of("dem"), new float[][] {z}, OptionalDouble.empty());
    }

    private static S2Scene realScene() {
        return new S2Scene("chip", L2aRadiometry.NO_OFFSET, ChipScenes.realBands());
    }

    @Test
    void build_realChip_stacksBandsIndicesAndTerrainInListOrder() {
        FeatureList features = new FeatureSpace(List.of("summer"))
                .parseList("summer_B04,summer_B11,summer_ndvi,summer_AOT,slope,dem,aspect");
        Raster stack = FeatureStackOp.build(
                features, GRID, Map.of("summer", List.of(realScene())), syntheticDem(), CompositeSettings.DEFAULT);

        assertThat(stack.bandNames())
                .containsExactly("summer_B04", "summer_B11", "summer_ndvi", "summer_AOT", "slope", "dem", "aspect");
        assertThat(stack.grid()).isEqualTo(GRID);
        Raster composite = CompositeOp.median(
                List.of(realScene()),
                List.of(S2Band.B04, S2Band.B08, S2Band.B11, S2Band.AOT),
                GRID,
                CompositeSettings.DEFAULT);
        Raster terrain = WarpOp.apply(TerrainOp.apply(syntheticDem()), GRID, Resampling.NEAREST);
        float[] ndvi = new float[(int) GRID.pixelCount()];
        SpectralIndex.NDVI.apply(composite.band("B08"), composite.band("B04"), ndvi);
        float[][] inputs = {
            composite.band("B04"),
            composite.band("B11"),
            ndvi,
            composite.band("AOT"),
            terrain.band("slope"),
            terrain.band("elevation"),
            terrain.band("aspect")
        };
        int complete = 0;
        for (int i = 0; i < ndvi.length; i++) {
            boolean allFinite = true;
            for (float[] input : inputs) {
                allFinite &= !Float.isNaN(input[i]);
            }
            for (int b = 0; b < inputs.length; b++) {
                // Boxed, so NaN equals NaN.
                assertThat(Float.valueOf(stack.band(b)[i]))
                        .as("%s at %d", stack.bandNames().get(b), i)
                        .isEqualTo(Float.valueOf(allFinite ? inputs[b][i] : Float.NaN));
            }
            complete += allFinite ? 1 : 0;
        }
        // The chip's zero border (10 m: column 0 and the last row) and SCL 0 leave the rest complete.
        assertThat(complete).isGreaterThan(ndvi.length * 3 / 4).isLessThan(ndvi.length);
        assertThat(stack.get(0, 0, 10)).isNaN();
        assertThat(stack.get(4, 0, 10)).isNaN(); // a missing band blanks the terrain of that pixel too
    }

    /** The published method's 15 features from three synthetic seasons of mixed baselines. */
    @Test
    void build_baseline15_fromThreeSyntheticSeasons() {
        Map<S2Band, Raster> real = ChipScenes.realBands();
        Map<String, List<S2Scene>> seasons = Map.of(
                "spring",
                        List.of(
                                scene(real, 0, 1, 9, new int[] {2, 2, 6, 4}),
                                scene(real, 1000, 2, 3, new int[] {10, 8, 6, 4})),
                "summer", List.of(scene(real, 1000, 3, 10, new int[] {20, 3, 5, 5})),
                "autumn",
                        List.of(
                                scene(real, 0, 4, 8, new int[] {1, 12, 8, 4}),
                                scene(real, 1000, 5, 9, new int[] {15, 1, 4, 4}),
                                scene(real, 0, 6, 11, new int[] {25, 10, 4, 6})));
        Raster stack =
                FeatureStackOp.build(FeatureList.BASELINE_15, GRID, seasons, syntheticDem(), CompositeSettings.DEFAULT);
        assertThat(stack.bandNames()).isEqualTo(FeatureList.BASELINE_15.names());
        assertThat(stack.dataType()).isEqualTo(DataType.FLOAT32);
        assertThat(stack.nodata().getAsDouble()).isNaN();
        long complete = 0;
        for (float v : stack.band("summer_moisture")) {
            complete += Float.isNaN(v) ? 0 : 1;
        }
        assertThat(complete).isGreaterThan(GRID.pixelCount() / 2);
    }

    private static S2Scene scene(Map<S2Band, Raster> real, int offset, int seed, int cloud, int[] patch) {
        String baseline = offset == 0 ? "02.12" : "04.00";
        return new S2Scene(
                "synthetic-" + seed,
                L2aRadiometry.of(ProcessingBaseline.parse(baseline)),
                ChipScenes.synthetic(real, offset, seed, cloud, patch));
    }

    /**
     * With a dilated cloud mask, a window must see the clouds just outside it: the stack of an
     * inner window equals the same window cut from the stack of the whole chip.
     */
    @Test
    void build_dilatedMask_givesTheSameValuesInAWindowAsOnTheWholeGrid() {
        Map<S2Band, Raster> real = ChipScenes.realBands();
        List<S2Scene> scenes = List.of(
                scene(real, 0, 1, 9, new int[] {8, 4, 3, 3}), scene(real, 1000, 2, 9, new int[] {18, 10, 2, 2}));
        CompositeSettings dilated = new CompositeSettings(
                new CloudMaskPolicy(CloudMaskPolicy.MASKED_CODES, CloudMaskPolicy.CLOUD_CODES, 4, 0.05),
                Resampling.NEAREST);
        FeatureList features = new FeatureSpace(List.of("summer")).parseList("summer_B04,summer_ndvi");
        Raster whole = FeatureStackOp.build(features, GRID, Map.of("summer", scenes), null, dilated);
        PixelWindow inner = new PixelWindow(20, 12, 20, 12);
        Raster window = FeatureStackOp.build(features, GRID.window(inner), Map.of("summer", scenes), null, dilated);
        for (int r = 0; r < inner.height(); r++) {
            for (int c = 0; c < inner.width(); c++) {
                assertThat(window.get(0, c, r)).isEqualTo(whole.get(0, inner.col() + c, inner.row() + r));
            }
        }
    }

    @Test
    void build_missingSeasonOrDem_isRefused() {
        FeatureList features = FeatureSpace.BASELINE.parseList("summer_B04,slope");
        assertThatThrownBy(
                        () -> FeatureStackOp.build(features, GRID, Map.of(), syntheticDem(), CompositeSettings.DEFAULT))
                .isInstanceOf(RasterException.class)
                .hasMessage("summer: no scenes for this season");
        assertThatThrownBy(() -> FeatureStackOp.build(
                        features, GRID, Map.of("summer", List.of(realScene())), null, CompositeSettings.DEFAULT))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("need a DEM");
    }

    @Test
    void demWindow_addsAPixelForHornsWindow() {
        GridGeometry dem = syntheticDem().grid();
        // The chip (367910..368510, 4064380..4064740) in the 30 m DEM: cols 2..22, rows 2..14, plus
        // one pixel for nearest and one for the 3 x 3 window.
        assertThat(FeatureStackOp.demWindow(dem, GRID)).isEqualTo(new PixelWindow(0, 0, 24, 16));
        // x 368110..368310 is DEM col 8.67..15.33, y 4064620..4064500 is row 6..10: with the margins
        // cols 6..17, rows 4..11.
        GridGeometry inner = GRID.window(new PixelWindow(20, 12, 20, 12));
        assertThat(FeatureStackOp.demWindow(dem, inner)).isEqualTo(new PixelWindow(6, 4, 12, 8));
    }
}
