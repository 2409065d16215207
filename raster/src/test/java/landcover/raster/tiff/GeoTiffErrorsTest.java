package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import landcover.raster.RasterException;
import landcover.raster.grid.PixelWindow;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files we cannot read fail with a RasterException naming the file and the reason, never anything else. */
class GeoTiffErrorsTest {
    private static final String MALAGA = "sentinel2_malaga_greensenti/examples_10m/B02_10m.jp2";

    @TempDir
    Path dir;

    private static void assertFails(Path file, String reason) {
        assertThatThrownBy(() -> {
                    try (GeoTiffReader reader = GeoTiff.open(file)) {
                        reader.read();
                    }
                })
                .isInstanceOf(RasterException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((RasterException) e).source()).contains(file.toString()));
    }

    @Test
    void open_missingFile_failsNamingIt() {
        assertFails(dir.resolve("missing.tif"), "no such file");
    }

    @Test
    void open_geojson_isNotATiff() {
        assertFails(SharedData.path("geojson_aoi/malaga_teatinos_campus.geojson"), "not a TIFF file");
    }

    @Test
    void open_emptyFile_isNotATiff() throws IOException {
        assertFails(Files.createFile(dir.resolve("empty.tif")), "not a TIFF file: only 0 bytes");
    }

    @ParameterizedTest
    @CsvSource({"JP2OpenJPEG, it is a JPEG 2000 file", "PNG, it is a PNG file", "JPEG, it is a JPEG file"})
    void open_otherImageFormat_saysWhatItIs(String driver, String what) {
        Path image = dir.resolve("image.tif");
        ExternalTool.require("gdal_translate");
        ExternalTool.check(List.of(
                "gdal_translate",
                "-q",
                "-of",
                driver,
                SharedData.path("sentinel2_malaga_greensenti/chip_all_bands/SCL_20m.jp2")
                        .toString(),
                image.toString()));
        assertFails(image, "not a TIFF file (" + what + ")");
    }

    @ParameterizedTest
    @CsvSource({"2, not a TIFF file", "100, truncated or corrupt", "344000, truncated: strip"})
    void open_truncatedFile_failsSayingSo(int length, String reason) throws IOException {
        byte[] bytes = Files.readAllBytes(SharedData.path(MALAGA));
        Path cut = Files.write(dir.resolve("cut.tif"), Arrays.copyOf(bytes, length));
        assertFails(cut, reason);
    }

    @Test
    void open_cogCutInItsTileData_failsSayingTruncated() throws IOException {
        Path cog = dir.resolve("whole.tif");
        try (GeoTiffReader reader = GeoTiff.open(SharedData.path(MALAGA))) {
            CogWriter.write(reader.read(), cog, CogOptions.defaults().withBlockSize(128));
        }
        byte[] bytes = Files.readAllBytes(cog);
        Path cut = Files.write(dir.resolve("cut.tif"), Arrays.copyOf(bytes, bytes.length - 1000));
        assertFails(cut, "truncated: tile");
    }

    @ParameterizedTest
    @CsvSource({
        "-co COMPRESS=JPEG, unsupported compression JPEG (7)",
        "-co COMPRESS=ZSTD, unsupported compression ZSTD (50000)",
        "-co COMPRESS=LERC, unsupported compression LERC (34887)",
        "-co COMPRESS=WEBP, unsupported compression WebP (50001)",
        "-ot Int32, unsupported sample type: 32-bit signed integer",
        "-ot Float64, unsupported sample type: 64-bit floating point",
        "-ot UInt32, unsupported sample type: 32-bit unsigned integer"
    })
    void open_layoutWeDoNotDecode_failsNamingIt(String option, String reason) {
        Path tiff = dir.resolve("variant.tif");
        ExternalTool.require("gdal_translate");
        List<String> command = new java.util.ArrayList<>(List.of("gdal_translate", "-q"));
        command.addAll(List.of(option.split(" ")));
        command.addAll(List.of(
                SharedData.path("sentinel2_malaga_greensenti/chip_all_bands/TCI_10m.jp2")
                        .toString(),
                tiff.toString()));
        ExternalTool.check(command);
        assertFails(tiff, reason);
    }

    @Test
    void read_windowOutsideTheImage_failsNamingTheWindow() {
        Path file = SharedData.path(MALAGA);
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            assertThatThrownBy(() -> reader.read(new PixelWindow(900, 0, 2, 2)))
                    .isInstanceOf(RasterException.class)
                    .hasMessageContaining("outside level 0 (901x381)");
            assertThatThrownBy(() -> reader.read(new PixelWindow(0, 0, 2, 2), 1))
                    .isInstanceOf(RasterException.class)
                    .hasMessageContaining("no level 1");
            assertThatThrownBy(() -> reader.readBands(new PixelWindow(0, 0, 2, 2), 0, List.of(1)))
                    .isInstanceOf(RasterException.class)
                    .hasMessageContaining("bad band list [1]");
        }
    }
}
