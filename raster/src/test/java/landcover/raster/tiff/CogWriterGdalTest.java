package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.raster.Raster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared GeoTIFF rewritten as a COG by us (as {@code raster cog} does): GDAL reads the same
 * header and pixels at every level, its COG validator finds no error, and we read back the same
 * raster bit for bit.
 */
class CogWriterGdalTest {
    @TempDir
    static Path dir;

    private static final Map<Path, Path> COGS = new LinkedHashMap<>();
    private static final Map<Path, Raster> ORIGINALS = new LinkedHashMap<>();
    private static Map<Path, Gdal.Decoded> gdal;

    static List<Path> sharedGeoTiffs() {
        return Gdal.sharedGeoTiffs();
    }

    @BeforeAll
    static void writeEveryFileAsCog() throws IOException {
        List<Path> cogs = new ArrayList<>();
        for (Path file : sharedGeoTiffs()) {
            Path cog = Files.createTempFile(dir, file.getFileName().toString(), ".tif");
            try (GeoTiffReader reader = GeoTiff.open(file)) {
                Raster raster = reader.read();
                // 64-pixel tiles so that even the small chips get several tiles and an overview.
                CogOptions options = CogOptions.defaults().withBlockSize(64);
                options =
                        reader.info().colorTable().map(options::withColorTable).orElse(options);
                if (reader.info().photometric() == Photometric.RGB) {
                    options = options.withPhotometric(Photometric.RGB);
                }
                CogWriter.write(raster, cog, options);
                ORIGINALS.put(file, raster);
            }
            COGS.put(file, cog);
            cogs.add(cog);
        }
        gdal = Gdal.decode(cogs);
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void write_sharedGeoTiff_roundTripsBitExactly(Path file) {
        Raster original = ORIGINALS.get(file);
        try (GeoTiffReader reader = GeoTiff.open(COGS.get(file))) {
            Raster copy = reader.read();
            assertThat(copy.grid()).isEqualTo(original.grid());
            assertThat(copy.bandNames()).isEqualTo(original.bandNames());
            assertThat(copy.nodata()).isEqualTo(original.nodata());
            assertThat(copy.dataType()).isEqualTo(original.dataType());
            for (int b = 0; b < copy.bandCount(); b++) {
                Rasters.assertSamePlane(copy.band(b), original.band(b), copy.width(), file + " band " + b);
            }
            assertThat(reader.info().tiled()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void write_sharedGeoTiff_gdalReadsTheSameHeaderAndPixels(Path file) {
        Path cog = COGS.get(file);
        Gdal.Decoded decoded = gdal.get(cog);
        try (GeoTiffReader reader = GeoTiff.open(cog)) {
            GdalAgreement.assertSameInfo(reader.info(), decoded.info());
        }
        assertThat(Gdal.epsg(decoded.info()))
                .isEqualTo(ORIGINALS.get(file).grid().crs().code());
        GdalAgreement.assertSamePixels(cog, decoded);
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void write_sharedGeoTiff_passesGdalsCogValidator(Path file) {
        assertThat(gdal.get(COGS.get(file)).cogErrors()).isEmpty();
    }
}
