package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.PixelWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every GeoTIFF in the shared data, read by us and by GDAL: headers and pixels must agree exactly. */
class GeoTiffReaderGdalTest {
    static List<Path> sharedGeoTiffs() {
        return Gdal.sharedGeoTiffs();
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void info_sharedGeoTiff_agreesWithGdalinfo(Path file) {
        Map<String, Object> gdal = Gdal.info(file);
        List<Map<String, Object>> bands = Gdal.bands(gdal);
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            GeoTiffInfo info = reader.info();
            assertThat(List.of(info.width(), info.height())).isEqualTo(numbers(gdal.get("size")));
            assertThat(info.bandCount()).isEqualTo(bands.size());
            Integer epsg = Gdal.epsg(gdal);
            assertThat(info.epsg().map(EpsgCode::code).orElse(null)).isEqualTo(epsg);
            assertSameTransform(info.geoTransform().orElseThrow().toGdal(), doubles(gdal.get("geoTransform")));
            for (Map<String, Object> band : bands) {
                assertThat(band.get("type")).isEqualTo(info.dataType().gdalName());
                assertThat(numbers(band.get("block"))).containsExactly(info.blockWidth(), info.blockHeight());
                Object nodata = band.get("noDataValue");
                assertThat(info.nodata().isPresent()).isEqualTo(nodata != null);
                if (nodata != null) {
                    assertThat(info.nodata().getAsDouble()).isEqualTo(((Number) nodata).doubleValue());
                }
                assertThat(overviewSizes(info)).isEqualTo(gdalOverviewSizes(band));
                String description = band.get("description") instanceof String s ? s : "";
                int index = ((Number) band.get("band")).intValue() - 1;
                assertThat(info.bandDescriptions().get(index)).isEqualTo(description);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void read_sharedGeoTiff_equalsGdalsDecodedArrays(Path file) {
        float[][] expected = Gdal.pixels(file, 0);
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            Raster raster = reader.read();
            assertThat(raster.bandCount()).isEqualTo(expected.length);
            for (int b = 0; b < expected.length; b++) {
                Rasters.assertSamePlane(raster.band(b), expected[b], raster.width(), file + " band " + (b + 1));
            }
        }
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

    /** gdalinfo -json prints 16 significant digits, so equal means equal to that precision. */
    static void assertSameTransform(double[] actual, double[] gdal) {
        assertThat(actual).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(actual[i]).as("geoTransform[%d]", i).isCloseTo(gdal[i], within(Math.abs(gdal[i]) * 1e-14));
        }
    }

    private static List<Integer> overviewSizes(GeoTiffInfo info) {
        List<Integer> sizes = new ArrayList<>();
        info.overviews().forEach(o -> sizes.addAll(List.of(o.width(), o.height())));
        return sizes;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> gdalOverviewSizes(Map<String, Object> band) {
        List<Integer> sizes = new ArrayList<>();
        if (band.get("overviews") instanceof List<?> overviews) {
            for (Object o : overviews) {
                sizes.addAll(numbers(((Map<String, Object>) o).get("size")));
            }
        }
        return sizes;
    }

    static List<Integer> numbers(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).intValue()).toList();
    }

    static double[] doubles(Object list) {
        return ((List<?>) list)
                .stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
    }
}
