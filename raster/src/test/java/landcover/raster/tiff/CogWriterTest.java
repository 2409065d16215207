package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import landcover.domain.ClassScheme;
import landcover.domain.LandCoverClass;
import landcover.raster.DataType;
import landcover.raster.Raster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic rasters (seeded; labelled synthetic) written by us in every option combination, then
 * checked by GDAL: class rasters with a colour table, every data type with its extreme values,
 * every predictor, pixel interleaving, BigTIFF.
 */
class CogWriterTest {
    @TempDir
    static Path dir;

    private static final Map<String, Path> FILES = new LinkedHashMap<>();
    private static final Map<String, Raster> RASTERS = new LinkedHashMap<>();
    private static Map<Path, Gdal.Decoded> gdal;

    @BeforeAll
    static void writeAll() throws IOException {
        write("classes", classRaster(), CogOptions.defaults().withColorTable(ColorTable.of(ClassScheme.DEFAULT)));
        for (DataType type : DataType.values()) {
            OptionalDouble nodata =
                    type == DataType.FLOAT32 ? OptionalDouble.of(-9999.5) : OptionalDouble.of(type.min());
            Raster raster = Synthetic.extremes(type, 301, 203, 2, type.ordinal(), nodata);
            List<Integer> predictors = type == DataType.FLOAT32 ? List.of(0, 1, 2, 3) : List.of(0, 1, 2);
            for (int predictor : predictors) {
                CogOptions options = CogOptions.defaults().withBlockSize(64).withPredictor(predictor);
                write(type + "-p" + predictor, raster, options);
            }
            write(
                    type + "-none",
                    raster,
                    CogOptions.defaults().withBlockSize(32).withCompression(Compression.NONE, 6));
            write(
                    type + "-pixel",
                    raster,
                    CogOptions.defaults().withBlockSize(64).withInterleave(Interleave.PIXEL));
            write(
                    type + "-bigtiff",
                    raster,
                    CogOptions.defaults().withBlockSize(128).withBigTiff(true));
        }
        Raster nan = Synthetic.extremes(DataType.FLOAT32, 200, 150, 1, 9, OptionalDouble.of(Double.NaN));
        write("float-nodata-nan", nan, CogOptions.defaults().withBlockSize(64));
        gdal = Gdal.decode(new ArrayList<>(FILES.values()));
    }

    private static void write(String name, Raster raster, CogOptions options) throws IOException {
        Path file = dir.resolve(name + ".tif");
        CogWriter.write(raster, file, options);
        FILES.put(name, file);
        RASTERS.put(name, raster);
    }

    /**
     * 1100 × 700 synthetic classes: a random class map at half resolution (codes 1-9), doubled, then
     * one pixel of every 2 × 2 block changed to another code or 0, so the mode of each block is the
     * half-resolution class; one row of blocks is all nodata.
     */
    private static Raster classRaster() {
        SplittableRandom random = new SplittableRandom(42);
        int w = 1100;
        int h = 700;
        float[] plane = new float[w * h];
        for (int r = 0; r < h / 2; r++) {
            for (int c = 0; c < w / 2; c++) {
                int base = r == 100 ? 0 : 1 + random.nextInt(9);
                for (int i = 0; i < 4; i++) {
                    plane[(2 * r + i / 2) * w + 2 * c + i % 2] = base;
                }
                plane[(2 * r + random.nextInt(2)) * w + 2 * c + random.nextInt(2)] = r == 100 ? 0 : random.nextInt(10);
            }
        }
        return new Raster(
                Synthetic.grid(w, h), DataType.UINT8, List.of("class"), new float[][] {plane}, OptionalDouble.of(0));
    }

    @Test
    void write_everyVariant_roundTripsBitExactly_andGdalDecodesTheSame() {
        for (Map.Entry<String, Path> e : FILES.entrySet()) {
            Raster original = RASTERS.get(e.getKey());
            Gdal.Decoded decoded = gdal.get(e.getValue());
            try (GeoTiffReader reader = GeoTiff.open(e.getValue())) {
                Raster back = reader.read();
                assertThat(back.grid()).as(e.getKey()).isEqualTo(original.grid());
                assertThat(back.dataType()).isEqualTo(original.dataType());
                assertThat(back.nodata().isPresent())
                        .isEqualTo(original.nodata().isPresent());
                for (int b = 0; b < original.bandCount(); b++) {
                    Rasters.assertSamePlane(back.band(b), original.band(b), back.width(), e.getKey() + " band " + b);
                }
                GdalAgreement.assertSameInfo(reader.info(), decoded.info());
            }
            GdalAgreement.assertSamePixels(e.getValue(), decoded);
            assertThat(decoded.cogErrors()).as(e.getKey()).isEmpty();
        }
    }

    @Test
    void write_options_showInTheHeader() {
        try (GeoTiffReader p3 = GeoTiff.open(FILES.get("FLOAT32-p0"));
                GeoTiffReader p2 = GeoTiff.open(FILES.get("UINT16-p0"));
                GeoTiffReader pixel = GeoTiff.open(FILES.get("INT16-pixel"));
                GeoTiffReader big = GeoTiff.open(FILES.get("UINT8-bigtiff"));
                GeoTiffReader none = GeoTiff.open(FILES.get("UINT8-none"))) {
            assertThat(p3.info().predictor()).isEqualTo(3);
            assertThat(p2.info().predictor()).isEqualTo(2);
            assertThat(p2.info().compression()).isEqualTo(Compression.DEFLATE);
            assertThat(pixel.info().interleave()).isEqualTo(Interleave.PIXEL);
            assertThat(big.info().bigTiff()).isTrue();
            assertThat(none.info().compression()).isEqualTo(Compression.NONE);
            assertThat(none.info().blockWidth()).isEqualTo(32);
            assertThat(none.info().overviews())
                    .extracting(GeoTiffInfo.Overview::width)
                    .containsExactly(151, 76, 38, 19);
        }
    }

    @Test
    void write_classRaster_hasTheSchemeColoursAndModeOverviews() {
        Map<String, Object> band =
                Gdal.bands(gdal.get(FILES.get("classes")).info()).getFirst();
        @SuppressWarnings("unchecked")
        List<List<Number>> entries = (List<List<Number>>) ((Map<String, Object>) band.get("colorTable")).get("entries");
        assertThat(entries).hasSize(256);
        assertThat(entries.getFirst()).isEqualTo(List.of(0, 0, 0, 0));
        for (LandCoverClass c : ClassScheme.DEFAULT.classes()) {
            assertThat(entries.get(c.code()))
                    .isEqualTo(List.of(
                            c.color().red(), c.color().green(), c.color().blue(), 255));
        }
        assertThat(band.get("colorInterpretation")).isEqualTo("Palette");
        assertThat(band.get("noDataValue")).isEqualTo(0.0);
        float[] full = RASTERS.get("classes").band(0);
        float[] overview = gdal.get(FILES.get("classes")).levels().get(1)[0];
        for (int r = 0; r < 350; r++) {
            for (int c = 0; c < 550; c++) {
                int base = (int) Math.max(
                        Math.max(full[2 * r * 1100 + 2 * c], full[2 * r * 1100 + 2 * c + 1]),
                        Math.max(full[(2 * r + 1) * 1100 + 2 * c], full[(2 * r + 1) * 1100 + 2 * c + 1]));
                if (r == 100) {
                    assertThat(overview[r * 550 + c]).isZero();
                } else {
                    assertThat(overview[r * 550 + c]).isEqualTo(majority(full, 1100, c, r, base));
                }
            }
        }
    }

    /** The code held by at least 3 of the 4 pixels of block (c, r), per construction of the raster. */
    private static float majority(float[] full, int w, int c, int r, int fallback) {
        float[] v = {
            full[2 * r * w + 2 * c],
            full[2 * r * w + 2 * c + 1],
            full[(2 * r + 1) * w + 2 * c],
            full[(2 * r + 1) * w + 2 * c + 1]
        };
        for (float x : v) {
            int n = 0;
            for (float y : v) {
                n += x == y ? 1 : 0;
            }
            if (n >= 3) {
                return x;
            }
        }
        return fallback;
    }

    @Test
    void write_overwritesAtomically_andLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("atomic/out.tif");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        CogWriter.write(RASTERS.get("UINT8-p0"), target);
        assertThat(GeoTiff.isTiff(target)).isTrue();
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
