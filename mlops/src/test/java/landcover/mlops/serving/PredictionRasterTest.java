package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.inference.ForestPredictor;
import landcover.mlops.inference.Predictions;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.raster.Raster;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stored rasters: what GDAL sees in them, and parity with classifying the features directly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionRasterTest {
    private static final Year Y2023 = new Year(2023);

    private Path dir;
    private ServedFixture served;
    private PredictionResult result;

    @BeforeAll
    void predictOnce() throws Exception {
        dir = Files.createTempDirectory("serving-raster-test-");
        served = new ServedFixture(dir.resolve("results"), ServingSettings.defaults());
        result = served.service.predict(new PredictionRequest(served.changedAoi(), List.of(Y2023), true));
    }

    @AfterAll
    void stop() {
        served.close();
    }

    private Path stored(RasterKind kind) {
        return ServedFixture.copy(
                served.service.raster(result.id(), Y2023, kind).orElseThrow(), dir);
    }

    @Test
    void classRaster_gdalinfo_readsACogInUtm30nWithTheSchemeColoursAndNodata0() throws Exception {
        ExternalTool.require("gdalinfo");
        Path file = stored(RasterKind.CLASSES);

        JsonNode info = new ObjectMapper().readTree(ExternalTool.check(List.of("gdalinfo", "-json", file.toString())));

        assertThat(info.at("/coordinateSystem/wkt").asText())
                .contains("UTM zone 30N")
                .contains("32630");
        assertThat(info.at("/metadata/IMAGE_STRUCTURE/LAYOUT").asText()).isEqualTo("COG");
        assertThat(info.at("/metadata//SYNTHETIC").asText()).isEqualTo("true");
        assertThat(info.at("/metadata//LANDCOVER_MODEL").asText()).isEqualTo("landcover/2023/v1");
        JsonNode band = info.at("/bands/0");
        assertThat(band.at("/type").asText()).isEqualTo("Byte");
        assertThat(band.at("/noDataValue").asDouble()).isZero();
        assertThat(band.at("/colorInterpretation").asText()).isEqualTo("Palette");
        JsonNode entries = band.at("/colorTable/entries");
        assertThat(entries.get(1).toString()).isEqualTo("[250,0,0,255]"); // builtUp #fa0000
        assertThat(entries.get(7).toString()).isEqualTo("[0,120,0,255]"); // closedForest #007800
        assertThat(entries.get(9).toString()).isEqualTo("[180,180,180,255]"); // bareSoil #b4b4b4
    }

    @Test
    void classRaster_equalsClassifyingTheSameFeatureStackDirectlyWithTheCompiledForest() throws Exception {
        ModelVersionRecord model =
                served.registry.get(result.predictions().getFirst().model());
        CompiledForest forest = ForestFormat.read(
                new java.io.ByteArrayInputStream(served.registry.readArtifact(model.id(), "model.lcrf")));
        Aoi aoi = served.changedAoi();
        FeatureRead read = served.imagery.read(
                new FeatureRequest(Y2023, aoi, forest.features().names()));
        int pixels = read.features().width() * read.features().height();
        int p = forest.features().size();
        float[] x = new float[pixels * p];
        for (int i = 0; i < pixels; i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] = read.mask().isInside(i) ? read.features().band(j)[i] : Float.NaN;
            }
        }
        byte[] expected = new byte[pixels];
        float[] expectedTop = new float[pixels];
        ForestPredictor predictor = forest.newPredictor(pixels);
        predictor.predict(x, pixels, forest.featureHash(), Predictions.of(expected, expectedTop, 0));

        try (GeoTiffReader classes = GeoTiff.open(stored(RasterKind.CLASSES));
                GeoTiffReader probabilities = GeoTiff.open(stored(RasterKind.PROBABILITIES))) {
            float[] actual = classes.read().band(0);
            Raster probs = probabilities.read();
            for (int i = 0; i < pixels; i++) {
                assertThat((int) actual[i]).as("class of pixel %d", i).isEqualTo(expected[i] & 0xff);
                if (expected[i] != 0) {
                    assertThat(probs.band(0)[i]).as("confidence of pixel %d", i).isEqualTo(expectedTop[i]);
                }
            }
        }
    }

    @Test
    void probabilityRaster_hasConfidenceThenOneBandPerClassSummingToOne() throws Exception {
        try (GeoTiffReader reader = GeoTiff.open(stored(RasterKind.PROBABILITIES))) {
            Raster probs = reader.read();
            assertThat(probs.bandNames()).first().isEqualTo("confidence");
            assertThat(probs.bandNames()).contains("closedForest", "bareSoil");
            int valid = 0;
            for (int i = 0; i < probs.band(0).length; i++) {
                if (!Float.isNaN(probs.band(0)[i])) {
                    valid++;
                    double sum = 0;
                    double max = 0;
                    for (int b = 1; b < probs.bandCount(); b++) {
                        sum += probs.band(b)[i];
                        max = Math.max(max, probs.band(b)[i]);
                    }
                    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
                    assertThat((float) max).isEqualTo(probs.band(0)[i]);
                }
            }
            assertThat((long) valid)
                    .isEqualTo(result.predictions().getFirst().pixels().classified());
        }
    }
}
