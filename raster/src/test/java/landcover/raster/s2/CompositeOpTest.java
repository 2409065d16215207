package landcover.raster.s2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.GridGeometry;
import landcover.raster.oracle.Gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composites of the real all-band chip (and synthetic scenes derived from it) against an
 * independent numpy computation: gdal.Warp nearest to the 10 m grid, SCL mask, offset, nanmedian.
 */
class CompositeOpTest {
    private static final GridGeometry GRID = ChipScenes.GRID_10M;

    /** Bands every test composites: all 10, 20 and 60 m spectral bands plus AOT and WVP. */
    private static final List<S2Band> BANDS = bandsAndAtmosphere();

    private static List<S2Band> bandsAndAtmosphere() {
        List<S2Band> bands = new ArrayList<>(S2Band.SPECTRAL);
        bands.add(S2Band.AOT);
        bands.add(S2Band.WVP);
        return List.copyOf(bands);
    }

    /**
     * numpy, independently: per scene, SCL and band warped to the grid by gdal.Warp (nearest),
     * masked where SCL is in MASKED or DN is 0, converted with the scene's offset, then nanmedian
     * across scenes; last plane = count of scenes whose SCL is not masked.
     */
    private static final String NUMPY_COMPOSITE = """
            import sys, json, numpy as np, warnings
            from osgeo import gdal
            gdal.UseExceptions()
            spec = json.load(open(sys.argv[1]))
            g = spec['grid']
            bounds = [g['x0'], g['y0'] - g['h'] * g['res'], g['x0'] + g['w'] * g['res'], g['y0']]
            def warp(path):
                ds = gdal.Warp('', path, format='MEM', outputBounds=bounds, width=g['w'], height=g['h'],
                               resampleAlg='near', errorThreshold=0, outputType=gdal.GDT_Float64)
                return ds.ReadAsArray()
            masked = spec['masked']
            valid = [~np.isin(warp(s['dir'] + '/SCL.tif'), masked) for s in spec['scenes']]
            planes = []
            for band in spec['bands']:
                stack = []
                for s, ok in zip(spec['scenes'], valid):
                    dn = warp(s['dir'] + '/' + band + '.tif')
                    value = dn / 1000 if band in ('AOT', 'WVP') else (dn + s['offset']) / 10000
                    stack.append(np.where(ok & (dn != 0), value, np.nan).astype(np.float32))
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    planes.append(np.nanmedian(np.stack(stack), axis=0).astype(np.float32))
            planes.append(np.sum(valid, axis=0).astype(np.float32))
            np.stack(planes).astype('<f4').tofile(sys.argv[2])
            """;

    @Test
    void median_realChipSingleScene_matchesNumpyExactly(@TempDir Path dir) throws Exception {
        Map<S2Band, Raster> real = ChipScenes.realBands();
        S2Scene scene = new S2Scene("chip", L2aRadiometry.NO_OFFSET, real);
        Raster ours = CompositeOp.median(List.of(scene), BANDS, GRID, CompositeSettings.DEFAULT);

        Path sceneDir = ChipScenes.write(real, dir.resolve("chip"));
        float[][] expected = numpy(dir, List.of(new SceneSpec(sceneDir, 0)));
        for (int b = 0; b <= BANDS.size(); b++) {
            assertThat(ours.band(b)).as(ours.bandNames().get(b)).isEqualTo(expected[b]);
        }
        assertThat(ours.bandNames()).endsWith(CompositeOp.COUNT_BAND);
    }

    @Test
    void median_realChip_resamplesAndMasksAsWorkedOutByHand() {
        Raster ours = CompositeOp.median(
                List.of(new S2Scene("chip", L2aRadiometry.NO_OFFSET, ChipScenes.realBands())),
                List.of(S2Band.B05, S2Band.B01),
                GRID,
                CompositeSettings.DEFAULT);
        // 10 m pixel (col 1, row 0), centre (367925, 4064735): 20 m pixel (1, 0) of B05_20m (origin
        // 367900) and 60 m pixel (1, 0) of B01_60m (origin 367860, 4064760).
        // gdallocationinfo -valonly B05_20m.jp2 1 0 -> 1670; B01_60m.jp2 1 0 -> 804; SCL_20m 1 0 -> 5.
        assertThat(ours.get(0, 1, 0)).isEqualTo(0.167f);
        assertThat(ours.get(1, 1, 0)).isEqualTo(0.0804f);
        // Column 0 of the 20 m chip is zero (its border): 10 m column 0 falls in it, so no data.
        assertThat(ours.get(0, 0, 5)).isNaN();
        assertThat(ours.get(2, 0, 5)).isZero();
    }

    /**
     * Four synthetic scenes from the real chip: two baselines (offset 0 and −1000), rippled DNs
     * and SCL cloud (9), shadow (3), cirrus (10) and snow (11) patches, so pixels see 2 to 4 valid
     * observations (even counts exercise the mean of the middle two).
     */
    @Test
    void median_syntheticScenesOfMixedBaselines_matchNumpyToFloatPrecision(@TempDir Path dir) {
        Map<S2Band, Raster> real = ChipScenes.realBands();
        List<S2Scene> scenes = new ArrayList<>();
        List<SceneSpec> specs = new ArrayList<>();
        int[][] patches = {{2, 2, 10, 6}, {12, 6, 8, 8}, {20, 1, 9, 12}, {5, 10, 14, 6}};
        int[] codes = {9, 3, 10, 11};
        for (int k = 0; k < 4; k++) {
            boolean post2022 = k % 2 == 1;
            Map<S2Band, Raster> bands = ChipScenes.synthetic(real, post2022 ? 1000 : 0, k, codes[k], patches[k]);
            L2aRadiometry radiometry = L2aRadiometry.of(ProcessingBaseline.parse(post2022 ? "04.00" : "02.12"));
            scenes.add(new S2Scene("synthetic-" + k, radiometry, bands));
            specs.add(new SceneSpec(ChipScenes.write(bands, dir.resolve("s" + k)), radiometry.boaAddOffset()));
        }
        Raster ours = CompositeOp.median(scenes, BANDS, GRID, CompositeSettings.DEFAULT);
        float[][] expected = numpy(dir, specs);
        for (int b = 0; b <= BANDS.size(); b++) {
            assertWithinUlps(ours.band(b), expected[b], ours.bandNames().get(b));
        }
        float[] count = ours.band(CompositeOp.COUNT_BAND);
        assertThat(count).contains(2f, 3f, 4f);
    }

    @Test
    void median_sceneWithoutScl_isRefusedUnderACloudMask() {
        Map<S2Band, Raster> bands = new java.util.EnumMap<>(ChipScenes.realBands());
        bands.remove(S2Band.SCL);
        S2Scene scene = new S2Scene("no-scl", L2aRadiometry.NO_OFFSET, bands);
        assertThatThrownBy(
                        () -> CompositeOp.median(List.of(scene), List.of(S2Band.B04), GRID, CompositeSettings.DEFAULT))
                .isInstanceOf(RasterException.class)
                .hasMessageStartingWith("no-scl: scene has no band SCL");
        CompositeSettings unmasked =
                new CompositeSettings(CloudMaskPolicy.NONE, CompositeSettings.DEFAULT.reflectanceResampling());
        assertThat(CompositeOp.median(List.of(scene), List.of(S2Band.B04), GRID, unmasked)
                        .get(0, 5, 5))
                .isEqualTo(bands.get(S2Band.B04).get(0, 5, 5) / 10_000f);
    }

    private static void assertWithinUlps(float[] actual, float[] expected, String band) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            if (Float.isNaN(expected[i])) {
                assertThat(actual[i]).as("%s pixel %d", band, i).isNaN();
            } else {
                assertThat((double) Math.abs(actual[i] - expected[i]))
                        .as("%s pixel %d: %s vs %s", band, i, actual[i], expected[i])
                        .isLessThanOrEqualTo(2.0 * Math.ulp(expected[i]));
            }
        }
    }

    record SceneSpec(Path dir, int offset) {}

    private static float[][] numpy(Path dir, List<SceneSpec> scenes) {
        StringBuilder json =
                new StringBuilder("{\"grid\":{\"x0\":367910,\"y0\":4064740,\"res\":10,\"w\":60,\"h\":36},");
        json.append("\"masked\":[0,1,3,8,9,10,11],\"bands\":[");
        for (int b = 0; b < BANDS.size(); b++) {
            json.append(b == 0 ? "" : ",")
                    .append('"')
                    .append(BANDS.get(b).name())
                    .append('"');
        }
        json.append("],\"scenes\":[");
        for (int s = 0; s < scenes.size(); s++) {
            json.append(s == 0 ? "" : ",")
                    .append("{\"dir\":\"")
                    .append(scenes.get(s).dir())
                    .append("\",\"offset\":")
                    .append(scenes.get(s).offset())
                    .append('}');
        }
        json.append("]}");
        try {
            Path spec = java.nio.file.Files.writeString(dir.resolve("spec.json"), json);
            Path out = dir.resolve("expected.f32");
            Gdal.python(NUMPY_COMPOSITE, spec.toString(), out.toString());
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(out))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            int pixels = (int) GRID.pixelCount();
            float[][] planes = new float[BANDS.size() + 1][pixels];
            for (float[] plane : planes) {
                bytes.asFloatBuffer().get(plane);
                bytes.position(bytes.position() + 4 * pixels);
            }
            return planes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
