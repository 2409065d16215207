package landcover.raster.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.oracle.Gdal;
import landcover.raster.s2.CompositeOp;
import landcover.raster.s2.CompositeSettings;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indices on real Sentinel-2 reflectance against numpy on float32 arrays, bit for bit. */
class SpectralIndexTest {
    /**
     * numpy, independently: the formulas written out with float32 constants. Reads reflectance
     * planes (float32, names in argv) and writes one plane per index, NaN where not finite.
     */
    private static final String NUMPY_INDICES = """
            import sys, numpy as np
            f = np.float32
            names = sys.argv[3].split(',')
            data = np.fromfile(sys.argv[1], '<f4').reshape(len(names), -1)
            b = dict(zip(names, data))
            with np.errstate(all='ignore'):
                formulas = {
                    'ndvi': lambda: (b['B08'] - b['B04']) / (b['B08'] + b['B04']),
                    'evi2': lambda: f(2.5) * (b['B08'] - b['B04']) / (b['B08'] + f(2.4) * b['B04'] + f(1)),
                    'evi2_baseline': lambda: f(2.4) * (b['B08'] - b['B04']) / (b['B08'] + b['B04'] + f(1)),
                    'osavi': lambda: f(1.16) * (b['B08'] - b['B04']) / (b['B08'] + b['B04'] + f(0.16)),
                    'mndwi': lambda: (b['B03'] - b['B11']) / (b['B03'] + b['B11']),
                    'moisture': lambda: (b['B8A'] - b['B11']) / (b['B8A'] + b['B11']),
                    'ndyi': lambda: (b['B03'] - b['B02']) / (b['B03'] + b['B02']),
                    'ri': lambda: (b['B04'] - b['B03']) / (b['B04'] + b['B03']),
                    'ndre': lambda: (b['B8A'] - b['B05']) / (b['B8A'] + b['B05']),
                    'ndre_b9': lambda: (b['B09'] - b['B05']) / (b['B09'] + b['B05']),
                    'cri1': lambda: f(1) / b['B02'] - f(1) / b['B03'],
                    'cri1_ratio': lambda: b['B03'] / b['B02'],
                }
                out = []
                for index in sys.argv[4].split(','):
                    v = formulas[index]().astype(np.float32)
                    out.append(np.where(np.isfinite(v), v, np.float32(np.nan)))
            np.stack(out).astype('<f4').tofile(sys.argv[2])
            """;

    /** The real Málaga 10 m bands (examples_10m, 901 x 381), DN / 10000. */
    @Test
    void apply_tenMetreIndicesOnRealMalagaBands_matchNumpyBitForBit(@TempDir Path dir) {
        List<S2Band> bands = List.of(S2Band.B02, S2Band.B03, S2Band.B04, S2Band.B08);
        List<Raster> dns = Gdal.readAll(bands.stream()
                .map(b -> SharedData.path("sentinel2_malaga_greensenti/examples_10m/" + b + "_10m.jp2"))
                .toList());
        Map<S2Band, float[]> reflectance = new EnumMap<>(S2Band.class);
        for (int i = 0; i < bands.size(); i++) {
            reflectance.put(bands.get(i), toReflectance(bands.get(i), dns.get(i).band(0)));
        }
        List<SpectralIndex> indices = List.of(
                SpectralIndex.NDVI,
                SpectralIndex.EVI2,
                SpectralIndex.EVI2_BASELINE,
                SpectralIndex.OSAVI,
                SpectralIndex.NDYI,
                SpectralIndex.RI,
                SpectralIndex.CRI1,
                SpectralIndex.CRI1_RATIO);
        assertMatchesNumpy(reflectance, indices, dir);
    }

    /** The real all-band chip composited to 10 m (20 and 60 m bands by nearest neighbour). */
    @Test
    void apply_redEdgeAndSwirIndicesOnTheRealChip_matchNumpyBitForBit(@TempDir Path dir) {
        List<S2Band> bands = List.of(S2Band.B02, S2Band.B03, S2Band.B05, S2Band.B09, S2Band.B8A, S2Band.B11);
        Map<S2Band, Raster> files = new EnumMap<>(S2Band.class);
        List<Raster> read =
                Gdal.readAll(bands.stream().map(SpectralIndexTest::chip).toList());
        for (int i = 0; i < bands.size(); i++) {
            files.put(bands.get(i), read.get(i));
        }
        S2Scene scene = new S2Scene("chip", L2aRadiometry.NO_OFFSET, files);
        Raster composite = CompositeOp.median(
                List.of(scene),
                bands,
                FeatureStackTestGrids.CHIP_10M,
                new CompositeSettings(
                        landcover.raster.s2.CloudMaskPolicy.NONE, CompositeSettings.DEFAULT.reflectanceResampling()));
        Map<S2Band, float[]> reflectance = new EnumMap<>(S2Band.class);
        bands.forEach(b -> reflectance.put(b, composite.band(b.name())));
        assertMatchesNumpy(
                reflectance,
                List.of(SpectralIndex.MNDWI, SpectralIndex.MOISTURE, SpectralIndex.NDRE, SpectralIndex.NDRE_B9),
                dir);
    }

    private static Path chip(S2Band band) {
        return SharedData.path(
                "sentinel2_malaga_greensenti/chip_all_bands/" + band + "_" + band.nativeResolution() + "m.jp2");
    }

    private static float[] toReflectance(S2Band band, float[] dn) {
        float[] out = new float[dn.length];
        for (int i = 0; i < dn.length; i++) {
            out[i] = L2aRadiometry.NO_OFFSET.toPhysical(band, dn[i]);
        }
        return out;
    }

    private static void assertMatchesNumpy(Map<S2Band, float[]> reflectance, List<SpectralIndex> indices, Path dir) {
        List<String> names = reflectance.keySet().stream().map(S2Band::name).toList();
        int pixels = reflectance.values().iterator().next().length;
        float[][] expected = numpy(dir, names, new ArrayList<>(reflectance.values()), indices, pixels);
        int finite = 0;
        for (int k = 0; k < indices.size(); k++) {
            SpectralIndex index = indices.get(k);
            float[] ours = new float[pixels];
            index.apply(
                    reflectance.get(index.inputs().get(0)),
                    reflectance.get(index.inputs().get(1)),
                    ours);
            assertThat(ours).as(index.featureName()).isEqualTo(expected[k]);
            for (float v : ours) {
                finite += Float.isFinite(v) ? 1 : 0;
            }
        }
        assertThat(finite).as("finite index values compared").isGreaterThan(pixels / 2);
    }

    private static float[][] numpy(
            Path dir, List<String> names, List<float[]> planes, List<SpectralIndex> indices, int pixels) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(4 * pixels * planes.size()).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] plane : planes) {
                bytes.asFloatBuffer().put(plane);
                bytes.position(bytes.position() + 4 * pixels);
            }
            Path in = Files.write(dir.resolve("in.f32"), bytes.array());
            Path out = dir.resolve("out.f32");
            Gdal.python(
                    NUMPY_INDICES,
                    in.toString(),
                    out.toString(),
                    String.join(",", names),
                    String.join(
                            ",",
                            indices.stream().map(SpectralIndex::featureName).toList()));
            ByteBuffer result = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
            float[][] expected = new float[indices.size()][pixels];
            for (float[] plane : expected) {
                result.asFloatBuffer().get(plane);
                result.position(result.position() + 4 * pixels);
            }
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource({
        "ndvi, 0.3, 0.1, 0.5",
        "ndvi, 0, 0, NaN", // 0/0
        "ndvi, 0.01, -0.01, NaN", // x/0 after a negative offset-corrected reflectance: not Infinity
        "ndvi, NaN, 0.1, NaN",
        "cri1, 0, 0.1, NaN", // 1/0
        "cri1, 0.1, 0.2, 5",
        "cri1_ratio, 0.2, 0.1, 2",
        "osavi, 0.3, 0.1, 0.4142857", // 1.16 * 0.2 / 0.56
        "evi2, 0.3, 0.1, 0.3246753", // 2.5 * 0.2 / (0.3 + 0.24 + 1)
        "evi2_baseline, 0.3, 0.1, 0.3428571", // 2.4 * 0.2 / 1.4
    })
    void compute_worksOnReflectance_andNeverReturnsInfinity(String index, float a, float b, float expected) {
        float value = SpectralIndex.parse(index).compute(a, b);
        if (Float.isNaN(expected)) {
            assertThat(value).isNaN();
        } else {
            assertThat(value).isCloseTo(expected, within(1e-6f));
        }
    }

    @Test
    void inputs_followTheStandardDefinitions() {
        assertThat(SpectralIndex.NDRE.inputs()).containsExactly(S2Band.B8A, S2Band.B05);
        assertThat(SpectralIndex.NDRE_B9.inputs()).containsExactly(S2Band.B09, S2Band.B05);
        assertThat(SpectralIndex.MOISTURE.inputs()).containsExactly(S2Band.B8A, S2Band.B11);
        assertThat(SpectralIndex.CRI1.inputs()).containsExactly(S2Band.B02, S2Band.B03);
    }

    @Test
    void parse_unknown_listsTheKnownIndices() {
        assertThatThrownBy(() -> SpectralIndex.parse("savi"))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("not a spectral index")
                .hasMessageContaining("ndre_b9");
    }
}
