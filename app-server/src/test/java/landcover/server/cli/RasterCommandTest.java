package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RasterCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) throws Exception {
        return JSON.readValue(line, Map.class);
    }

    @Test
    void info_dem_printsTheDocumentedKeysFirst() throws Exception {
        CliTest.Run run = CliTest.run(
                "raster",
                "info",
                SharedData.path("dem_samples/terra_luxembourg_elev.tif").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        Map<String, Object> info = json(run.out());
        assertThat(new ArrayList<>(info.keySet()).subList(0, 9))
                .containsExactly(
                        "width", "height", "bands", "dataType", "epsg", "geoTransform", "nodata", "overviews", "tiled");
        assertThat(info)
                .containsEntry("width", 95)
                .containsEntry("height", 90)
                .containsEntry("bands", 1)
                .containsEntry("dataType", "Int16")
                .containsEntry("epsg", 4326)
                .containsEntry("nodata", -32768.0)
                .containsEntry("overviews", List.of())
                .containsEntry("tiled", false);
        assertThat(info.get("geoTransform"))
                .isEqualTo(List.of(
                        5.741666666666666, 0.008333333333333337, 0.0, 50.19166666666666, 0.0, -0.008333333333333333));
    }

    @Test
    void info_userDefinedCrs_printsNullEpsgLikeGdal() throws Exception {
        CliTest.Run run = CliTest.run(
                "raster",
                "info",
                SharedData.path("dem_samples/stars_olinda_dem_utm25s.tif").toString());
        Map<String, Object> info = json(run.out());
        assertThat(info)
                .containsEntry("epsg", null)
                .containsEntry("nodata", null)
                .containsEntry("gridEpsg", 32725);
    }

    @Test
    void cog_malagaBand_writesAValidCogWithTheSamePixels() throws Exception {
        Path in = SharedData.path("sentinel2_malaga_greensenti/examples_10m/B08_10m.jp2");
        Path out = dir.resolve("b08.tif");
        CliTest.Run run = CliTest.run("raster", "cog", "--block-size", "256", in.toString(), out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> result = json(run.out());
        assertThat(result)
                .containsEntry("written", out.toString())
                .containsEntry("overviews", List.of(List.of(451, 191), List.of(226, 96)));
        ExternalTool.requirePythonModule("osgeo_utils.samples.validate_cloud_optimized_geotiff");
        assertThat(ExternalTool.check(List.of(
                        "/usr/bin/python3",
                        "-m",
                        "osgeo_utils.samples.validate_cloud_optimized_geotiff",
                        out.toString())))
                .contains("is a valid cloud optimized GeoTIFF");
        ExternalTool.require("gdalinfo");
        String checksumIn = ExternalTool.check(List.of("gdalinfo", "-checksum", in.toString()));
        String checksumOut = ExternalTool.check(List.of("gdalinfo", "-checksum", out.toString()));
        assertThat(checksum(checksumOut)).isEqualTo(checksum(checksumIn));
        Map<String, Object> info =
                json(CliTest.run("raster", "info", out.toString()).out());
        Map<String, Object> original =
                json(CliTest.run("raster", "info", in.toString()).out());
        for (String key : List.of("width", "height", "bands", "dataType", "epsg", "geoTransform", "nodata")) {
            assertThat(info.get(key)).as(key).isEqualTo(original.get(key));
        }
        assertThat(info).containsEntry("tiled", true);
    }

    private static String checksum(String gdalinfo) {
        return gdalinfo.lines()
                .filter(l -> l.contains("Checksum="))
                .findFirst()
                .orElseThrow()
                .strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"info", "cog"})
    void raster_missingFile_exitsTwoWithOneLine(String command) {
        List<String> args = new ArrayList<>(
                List.of("raster", command, dir.resolve("nope.tif").toString()));
        if (command.equals("cog")) {
            args.add(dir.resolve("out.tif").toString());
        }
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("landcover: " + dir.resolve("nope.tif") + ": no such file\n");
    }

    @Test
    void info_notATiff_exitsTwoNamingTheFile() {
        Path geojson = SharedData.path("geojson_aoi/malaga_teatinos_campus.geojson");
        CliTest.Run run = CliTest.run("raster", "info", geojson.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("landcover: " + geojson + ": not a TIFF file")
                .doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void cog_truncatedFile_exitsTwoAndWritesNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(SharedData.path("sentinel2_malaga_greensenti/examples_10m/B03_10m.jp2"));
        Path cut = Files.write(dir.resolve("cut.tif"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path out = dir.resolve("out.tif");
        CliTest.Run run = CliTest.run("raster", "cog", cut.toString(), out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("landcover: " + cut + ": truncated").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JPEG", "ZSTD", "LERC"})
    void cog_unsupportedCompression_exitsTwoNamingIt(String compression) {
        Path in = SharedData.path("sentinel2_malaga_greensenti/chip_all_bands/TCI_10m.jp2");
        Path tiff = dir.resolve("compressed.tif");
        ExternalTool.require("gdal_translate");
        ExternalTool.check(
                List.of("gdal_translate", "-q", "-co", "COMPRESS=" + compression, in.toString(), tiff.toString()));
        CliTest.Run run = CliTest.run(
                "raster", "cog", tiff.toString(), dir.resolve("out.tif").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("landcover: " + tiff + ": unsupported compression " + compression)
                .doesNotContain("\tat ");
    }

    @Test
    void cog_badResampling_exitsTwo() {
        CliTest.Run run = CliTest.run("raster", "cog", "--resampling", "cubic", "a.tif", "b.tif");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--resampling must be auto, nearest, average or mode");
    }
}
