package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GeoTIFF in the shared data (found by content, so new files are covered), read by us and by
 * GDAL: headers (gdalinfo -json) and pixels (osgeo arrays, gdallocationinfo) must agree exactly.
 */
class GeoTiffReaderGdalTest {
    private static Map<Path, Gdal.Decoded> gdal;

    static List<Path> sharedGeoTiffs() {
        return Gdal.sharedGeoTiffs();
    }

    @BeforeAll
    static void decodeWithGdal() {
        gdal = Gdal.decode(sharedGeoTiffs());
    }

    @Test
    void sharedData_holdsTheFilesTheIssueNames() {
        assertThat(gdal.keySet().stream().map(p -> p.getFileName().toString()))
                .contains(
                        "B02_10m.jp2",
                        "B08_10m.jp2",
                        "s2_B11.jp2",
                        "terra_luxembourg_elev.tif",
                        "stars_olinda_dem_utm25s.tif",
                        "TCI_10m.jp2",
                        "SCL_20m.jp2");
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void info_sharedGeoTiff_agreesWithGdalinfo(Path file) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            GdalAgreement.assertSameInfo(reader.info(), gdal.get(file).info());
        }
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void read_sharedGeoTiff_equalsGdalsDecodedArrays(Path file) {
        GdalAgreement.assertSamePixels(file, gdal.get(file));
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void read_sampledPixels_equalGdallocationinfo(Path file) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            GeoTiffInfo info = reader.info();
            SplittableRandom random =
                    new SplittableRandom(file.getFileName().toString().hashCode());
            List<int[]> pixels = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                pixels.add(new int[] {random.nextInt(info.width()), random.nextInt(info.height())});
            }
            pixels.add(new int[] {0, 0});
            pixels.add(new int[] {info.width() - 1, info.height() - 1});
            List<Double> expected = Gdal.valuesAt(file, pixels);
            Raster raster = reader.read();
            List<Double> actual = new ArrayList<>();
            for (int[] p : pixels) {
                for (int b = 0; b < info.bandCount(); b++) {
                    actual.add((double) raster.get(b, p[0], p[1]));
                }
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void readWindow_anyWindow_equalsTheSameSubArrayOfAFullRead(Path file) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            Raster full = reader.read();
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 10; i++) {
                int col = random.nextInt(full.width());
                int row = random.nextInt(full.height());
                PixelWindow window = new PixelWindow(
                        col, row, 1 + random.nextInt(full.width() - col), 1 + random.nextInt(full.height() - row));
                Raster part = reader.read(window);
                assertThat(part.grid()).isEqualTo(full.grid().window(window));
                for (int b = 0; b < full.bandCount(); b++) {
                    Rasters.assertSamePlane(
                            part.band(b),
                            Rasters.crop(full.band(b), full.width(), window),
                            window.width(),
                            file + " " + window);
                }
            }
        }
    }
}
