package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import landcover.raster.Raster;
import landcover.raster.grid.EpsgCode;

/** Assertions that our reading of a file equals GDAL's: header fields and every level's pixels. */
final class GdalAgreement {
    private GdalAgreement() {}

    static void assertSameInfo(GeoTiffInfo info, Map<String, Object> gdal) {
        List<Map<String, Object>> bands = Gdal.bands(gdal);
        assertThat(List.of(info.width(), info.height())).isEqualTo(numbers(gdal.get("size")));
        assertThat(info.bandCount()).isEqualTo(bands.size());
        assertThat(info.epsg().map(EpsgCode::code).orElse(null)).isEqualTo(Gdal.epsg(gdal));
        assertSameTransform(info.geoTransform().orElseThrow().toGdal(), doubles(gdal.get("geoTransform")));
        for (Map<String, Object> band : bands) {
            int index = ((Number) band.get("band")).intValue() - 1;
            assertThat(band.get("type")).isEqualTo(info.dataType().gdalName());
            assertThat(numbers(band.get("block"))).containsExactly(info.blockWidth(), info.blockHeight());
            Object nodata = band.get("noDataValue");
            assertThat(info.nodata().isPresent()).as("has nodata").isEqualTo(nodata != null);
            if (nodata instanceof Number n) {
                assertThat(info.nodata().getAsDouble()).isEqualTo(n.doubleValue());
            } else if (nodata != null) {
                assertThat(Double.toString(info.nodata().getAsDouble())).isEqualToIgnoringCase(nodata.toString());
            }
            assertThat(overviewSizes(info)).isEqualTo(gdalOverviewSizes(band));
            String description = band.get("description") instanceof String s ? s : "";
            assertThat(info.bandDescriptions().get(index)).isEqualTo(description);
            assertSameColors(info, band);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSameColors(GeoTiffInfo info, Map<String, Object> band) {
        Object table = band.get("colorTable");
        assertThat(info.colorTable().isPresent()).as("has colour table").isEqualTo(table != null);
        if (table instanceof Map<?, ?> t) {
            List<List<Number>> entries = (List<List<Number>>) t.get("entries");
            ColorTable ours = info.colorTable().orElseThrow();
            assertThat(ours.size()).isEqualTo(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                List<Integer> rgba =
                        entries.get(i).stream().map(Number::intValue).toList();
                assertThat(List.of(ours.red(i), ours.green(i), ours.blue(i), ours.alpha(i)))
                        .as("colour %d", i)
                        .isEqualTo(rgba);
            }
        }
    }

    /** Every level (full resolution and overviews) of the file decodes to GDAL's arrays, bit for bit. */
    static void assertSamePixels(Path file, Gdal.Decoded gdal) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            assertThat(reader.info().levelCount()).isEqualTo(gdal.levels().size());
            for (int level = 0; level < gdal.levels().size(); level++) {
                float[][] expected = gdal.levels().get(level);
                Raster raster = readLevel(reader, level);
                assertThat(raster.bandCount()).isEqualTo(expected.length);
                for (int b = 0; b < expected.length; b++) {
                    Rasters.assertSamePlane(
                            raster.band(b),
                            expected[b],
                            raster.width(),
                            file.getFileName() + " level " + level + " band " + (b + 1));
                }
            }
        }
    }

    static Raster readLevel(GeoTiffReader reader, int level) {
        GeoTiffInfo info = reader.info();
        int w = level == 0 ? info.width() : info.overviews().get(level - 1).width();
        int h = level == 0 ? info.height() : info.overviews().get(level - 1).height();
        return reader.read(landcover.raster.grid.PixelWindow.of(w, h), level);
    }

    /**
     * gdalinfo -json prints 16 decimals (and doubles carry about 16 significant digits), so equal
     * means equal to whichever of the two is coarser.
     */
    static void assertSameTransform(double[] actual, double[] gdal) {
        assertThat(actual).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(actual[i])
                    .as("geoTransform[%d]", i)
                    .isCloseTo(gdal[i], within(Math.max(Math.abs(gdal[i]) * 1e-15, 1e-16)));
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
