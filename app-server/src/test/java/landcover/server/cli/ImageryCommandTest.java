package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landcover imagery ingest|tile} on the real all-band Málaga L2A chip, laid out as a scene. */
class ImageryCommandTest {
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The chip's native-resolution files as SCENE/B01.tif … (its date and baseline are not known). */
    static Path chipScenes(Path dir) throws IOException {
        Path chip = SharedData.path("sentinel2_malaga_greensenti/chip_all_bands");
        Path scene = Files.createDirectories(dir.resolve("MALAGA_CHIP"));
        for (String f : List.of(
                "B02_10m", "B03_10m", "B04_10m", "B08_10m", "B05_20m", "B06_20m", "B07_20m", "B8A_20m", "B11_20m",
                "B12_20m", "SCL_20m", "AOT_20m", "WVP_20m", "B01_60m", "B09_60m")) {
            Files.copy(chip.resolve(f + ".jp2"), scene.resolve(f.substring(0, 3) + ".tif"));
        }
        Files.writeString(scene.resolve("scene.json"), """
                {"datetime": "2021-06-15T11:03:00Z", "tile": "30SUF", "processingBaseline": "03.00",
                 "cloudCover": 0.5}
                """);
        return dir;
    }

    @Test
    void ingest_realChip_buildsACatalog_andTileRendersIt(@TempDir Path dir) throws IOException {
        Path scenes = chipScenes(dir.resolve("scenes"));
        Path catalog = dir.resolve("catalog");
        Run ingest = run(
                "imagery",
                "ingest",
                "--scenes",
                scenes.toString(),
                "--year",
                "2021",
                "--catalog",
                catalog.toString(),
                "--seasons",
                "summer=06-01..07-31");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out())
                .startsWith("{\"year\":2021,")
                .contains("\"upToDate\":false", "\"scenesUsed\":1", "\"synthetic\":false");
        Run again = run(
                "imagery",
                "ingest",
                "--scenes",
                scenes.toString(),
                "--year",
                "2021",
                "--catalog",
                catalog.toString(),
                "--seasons",
                "summer=06-01..07-31");
        assertThat(again.out()).contains("\"upToDate\":true");
        Run features = run(
                "imagery",
                "features",
                "--catalog",
                catalog.toString(),
                "--year",
                "2021",
                "--aoi",
                SharedData.path("sentinel2_malaga_greensenti/aoi/box.geojson").toString(),
                "--features",
                "summer_B04,summer_ndvi",
                "--out",
                dir.resolve("f.tif").toString());
        assertThat(features.exitCode()).as(features.err()).isZero();
        assertThat(features.out())
                .contains(
                        "\"features\":[\"summer_B04\",\"summer_ndvi\"]",
                        "\"status\":\"",
                        "\"scenes\":[\"MALAGA_CHIP\"]",
                        "\"synthetic\":false");
        assertThat(Files.size(dir.resolve("f.tif"))).isPositive();
        Path png = dir.resolve("tile.png");
        // Zoom 16 tile holding 36.7175°N, 4.4755°W, inside the chip.
        Run tile = run(
                "imagery",
                "tile",
                "--catalog",
                catalog.toString(),
                "--year",
                "2021",
                "16",
                "31953",
                "25572",
                "--out",
                png.toString());
        assertThat(tile.exitCode()).as(tile.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void ingest_badInput_exitsTwoWithOneLine(@TempDir Path dir) {
        Run missing = run(
                "imagery",
                "ingest",
                "--scenes",
                dir.resolve("none").toString(),
                "--year",
                "2021",
                "--catalog",
                dir.resolve("c").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("scenes folder does not exist");
        Run badYear = run(
                "imagery",
                "ingest",
                "--scenes",
                dir.toString(),
                "--year",
                "1999",
                "--catalog",
                dir.resolve("c").toString());
        assertThat(badYear.exitCode()).isEqualTo(2);
        assertThat(badYear.err()).contains("1999");
        Run badSeasons = run(
                "imagery",
                "ingest",
                "--scenes",
                dir.toString(),
                "--year",
                "2021",
                "--catalog",
                dir.resolve("c").toString(),
                "--seasons",
                "spring");
        assertThat(badSeasons.exitCode()).isEqualTo(2);
        assertThat(badSeasons.err()).contains("spring");
    }
}
