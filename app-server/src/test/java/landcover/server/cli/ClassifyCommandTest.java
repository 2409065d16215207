package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import landcover.domain.json.JsonReader;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --stack} and {@code classify} on the real Málaga 10 m bands with the hand-drawn
 * polygons; outputs checked with GDAL.
 */
class ClassifyCommandTest {
    @TempDir
    static Path dir;

    static Path model;
    static String stack;

    @BeforeAll
    static void train() throws URISyntaxException, IOException {
        Path scheme = Files.writeString(dir.resolve("scheme.json"), landcover.domain.ClassScheme.DEFAULT.toJson());
        Path bands = SharedData.path("sentinel2_malaga_greensenti/examples_10m");
        stack = String.join(
                ",",
                List.of("B02", "B03", "B04", "B08").stream()
                        .map(b -> bands.resolve(b + "_10m.jp2").toString())
                        .toList());
        model = dir.resolve("model");
        CliTest.Run run = CliTest.run(
                "train",
                "--stack",
                stack,
                "--labels",
                polygons().toString(),
                "--label-field",
                "class",
                "--scheme",
                scheme.toString(),
                "--trees",
                "30",
                "--seed",
                "5",
                "--out",
                model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"holdoutSource\":\"grouped-split\"", "\"holdoutGroups\":4");
    }

    static Path polygons() throws URISyntaxException {
        return Path.of(ClassifyCommandTest.class
                .getResource("malaga_hand_drawn_polygons.geojson")
                .toURI());
    }

    @Test
    void classify_aoiOnRealStack_writesPalettedCogWithNodataZero() {
        ExternalTool.require("gdalinfo");
        Path out = dir.resolve("classes.tif");
        Path prob = dir.resolve("confidence.tif");

        CliTest.Run run = CliTest.run(
                "classify",
                "--model",
                model.toString(),
                "--stack",
                stack,
                "--aoi",
                SharedData.path("sentinel2_malaga_greensenti/aoi/teatinos.geojson")
                        .toString(),
                "--out",
                out.toString(),
                "--probabilities",
                prob.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) JsonReader.parse(run.out());
        assertThat((Double) summary.get("validPixels")).isPositive().isLessThan((Double) summary.get("pixels"));
        assertThat((Double) summary.get("meanConfidence")).isBetween(0.25, 1.0);
        String info = ExternalTool.check(List.of("gdalinfo", out.toString()));
        assertThat(info).contains("Type=Byte", "NoData Value=0", "Color Table", "LAYOUT=COG");
        assertThat(info).contains("4: 0,50,200,255"); // water's colour from the default scheme
        assertThat(ExternalTool.check(List.of("gdalinfo", prob.toString()))).contains("Type=Float32");
    }

    @Test
    void classify_aoiOutsideStack_exitsTwo() throws IOException {
        Path far = Files.writeString(
                dir.resolve("far.geojson"),
                "{\"type\":\"Polygon\",\"coordinates\":[[[2,41],[2.01,41],[2.01,41.01],[2,41.01],[2,41]]]}");

        CliTest.Run run = CliTest.run(
                "classify",
                "--model",
                model.toString(),
                "--stack",
                stack,
                "--aoi",
                far.toString(),
                "--out",
                dir.resolve("x.tif").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("outside the grid").doesNotContain("Exception");
    }

    @Test
    void classify_stackMissingModelFeatures_exitsTwoNamingThem() {
        CliTest.Run run = CliTest.run(
                "classify",
                "--model",
                model.toString(),
                "--stack",
                stack,
                "--band-names",
                "blue,green,red,nir",
                "--out",
                dir.resolve("x.tif").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lacks the model's features [B02_10m, B03_10m, B04_10m, B08_10m]");
    }

    @Test
    void train_stackWithoutGeoreferencing_exitsTwo() throws URISyntaxException {
        ExternalTool.require("gdal_translate");
        Path plain = dir.resolve("plain.tif");
        ExternalTool.check(List.of(
                "gdal_translate",
                "-q",
                "-of",
                "GTiff",
                "-co",
                "PROFILE=BASELINE",
                SharedData.path("sentinel2_malaga_greensenti/examples_10m/B02_10m.jp2")
                        .toString(),
                plain.toString()));

        CliTest.Run run = CliTest.run(
                "train",
                "--stack",
                plain.toString(),
                "--labels",
                polygons().toString(),
                "--label-field",
                "class",
                "--out",
                dir.resolve("m2").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsAnyOf("georeferencing", "CRS").doesNotContain("Exception");
    }

    @Test
    void train_labelFieldMissing_exitsTwoNamingIt() throws URISyntaxException {
        CliTest.Run run = CliTest.run(
                "train",
                "--stack",
                stack,
                "--labels",
                polygons().toString(),
                "--label-field",
                "landcover",
                "--out",
                dir.resolve("m3").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("feature 0 has no property 'landcover'");
    }

    @Test
    void train_emptyLabelFile_exitsTwo() throws IOException {
        Path empty =
                Files.writeString(dir.resolve("empty.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");

        CliTest.Run run = CliTest.run(
                "train",
                "--stack",
                stack,
                "--labels",
                empty.toString(),
                "--label-field",
                "class",
                "--out",
                dir.resolve("m4").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no labelled points or polygons");
    }
}
