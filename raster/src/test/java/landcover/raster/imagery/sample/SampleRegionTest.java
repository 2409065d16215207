package landcover.raster.imagery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import landcover.raster.Raster;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffInfo;
import landcover.raster.tiff.GeoTiffReader;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;

class SampleRegionTest {
    private static final SampleFiles FILES = SampleFixture.sample();

    @Test
    void generate_sameSeedAgain_writesTheSameBytes() throws Exception {
        Path again = SampleFixture.scratch("sample-again");
        SampleWriter writer = new SampleWriter(World.generate(SampleRegion.DEFAULT_SEED), new SampleFiles(again));
        writer.writeDem();
        writer.writeYear(SampleRegion.CHANGE_YEAR);
        List<Path> written = files(again);
        assertThat(written).hasSizeGreaterThan(100);
        for (Path file : written) {
            Path original = FILES.root().resolve(again.relativize(file).toString());
            assertThat(sha256(file)).as(file.toString()).isEqualTo(sha256(original));
        }
    }

    @Test
    void scenes_holdEveryBandAtItsNativeResolution_asL2aDns() throws IOException {
        Path scene = scenes(2023).getFirst();
        for (String band : List.of(
                "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12", "AOT", "WVP",
                "SCL")) {
            try (GeoTiffReader reader = GeoTiff.open(scene.resolve(band + ".tif"))) {
                GeoTiffInfo info = reader.info();
                int resolution = band.equals("SCL") || band.equals("AOT") || band.equals("WVP")
                        ? 20
                        : SyntheticScene.resolution(band);
                assertThat(info.width()).as(band).isEqualTo(10200 / resolution);
                assertThat(info.epsg().orElseThrow().code()).isEqualTo(32630);
                assertThat(info.geoTransform().orElseThrow().pixelWidth()).isEqualTo(resolution);
                assertThat(info.nodata().orElseThrow()).isZero();
            }
        }
        assertThat(Files.readString(scene.resolve("scene.json")))
                .contains("\"synthetic\": true", "\"tile\": \"30SUF\"", "\"processingBaseline\": \"05.09\"");
    }

    @Test
    void files_passGdalinfoAndTheCogValidator_andSayTheyAreSynthetic() {
        ExternalTool.require("gdalinfo");
        ExternalTool.requirePythonModule("osgeo_utils.samples.validate_cloud_optimized_geotiff");
        Path scene = scenes(2021).getLast();
        List<Path> sample = List.of(
                scene.resolve("B04.tif"),
                scene.resolve("B11.tif"),
                scene.resolve("B09.tif"),
                scene.resolve("SCL.tif"),
                FILES.dem(),
                FILES.classMap(2023));
        for (Path file : sample) {
            String info = ExternalTool.check(List.of("gdalinfo", file.toString()));
            assertThat(info).contains("SYNTHETIC=true", "TIFFTAG_IMAGEDESCRIPTION=SYNTHETIC", "UTM zone 30N");
            ExternalTool.Result valid = ExternalTool.run(List.of(
                    "/usr/bin/python3", "-m", "osgeo_utils.samples.validate_cloud_optimized_geotiff", file.toString()));
            assertThat(valid.exitCode()).as(valid.stdout() + valid.stderr()).isZero();
            assertThat(valid.stdout()).as(file.toString()).contains("is a valid cloud optimized GeoTIFF");
        }
        assertThat(ExternalTool.check(List.of("gdalinfo", FILES.classMap(2023).toString())))
                .contains("Color Table", "NoData Value=0", "250,0,0,255");
    }

    @Test
    void dns_carryTheBoaOffset_fromProcessingBaseline0400() throws IOException {
        // The same reservoir water under baseline 02.14 (2020) and 05.09 (2023): +1000 DN.
        Raster before = read(scenes(2020).getFirst(), "B8A");
        Raster after = read(scenes(2023).getFirst(), "B8A");
        float[] sclBefore = read(scenes(2020).getFirst(), "SCL").band(0);
        float[] sclAfter = read(scenes(2023).getFirst(), "SCL").band(0);
        List<Float> shift = new ArrayList<>();
        for (int i = 0; i < sclBefore.length; i++) {
            if (sclBefore[i] == 6 && sclAfter[i] == 6) {
                shift.add(after.band(0)[i] - before.band(0)[i]);
            }
        }
        assertThat(shift).hasSizeGreaterThan(100);
        shift.sort(null);
        assertThat(shift.get(shift.size() / 2)).isBetween(950f, 1050f);
        assertThat(shift.getFirst()).isGreaterThan(500f);
    }

    /**
     * The synthetic classes against the real Sentinel-2 bands over Málaga (greensenti, spring): sea
     * (B08 under 500), the old town (NDVI under 0.3), vegetated hills and pine forest (NDVI over 0.4
     * and 0.45), measured here with our reader over the windows docs/imagery.md lists, against the
     * synthetic class interiors (5 × 5 pixels of one class) in a clear March 2022 scene.
     */
    @Test
    void classSpectra_landNearTheRealMalagaBands() throws IOException {
        Path real = landcover.testing.SharedData.path("sentinel2_malaga_greensenti/examples_10m");
        Path scene = scenes(2022).stream()
                .filter(p -> p.toString().contains("20220328"))
                .findFirst()
                .orElseThrow();
        byte[] classes = classes(FILES.classMap(2022));
        float[] scl = read(scene, "SCL").band(0);
        String[] bands = {"B02", "B03", "B04", "B08"};
        double[][] realMeans = {
            RealWindows.mean(real, bands, 830, 890, 230, 340, RealWindows.Mask.DARK_NIR),
            RealWindows.mean(real, bands, 560, 640, 170, 230, RealWindows.Mask.BUILT),
            RealWindows.mean(real, bands, 10, 80, 40, 120, RealWindows.Mask.VEGETATED),
            RealWindows.mean(real, bands, 820, 880, 40, 90, RealWindows.Mask.DENSE)
        };
        int[] classCodes = {4, 1, 2, 7};
        for (int k = 0; k < classCodes.length; k++) {
            for (int b = 0; b < bands.length; b++) {
                double synthetic = classMean(scene, bands[b], classes, scl, classCodes[k]) - 1000;
                double tolerance = classCodes[k] == 4 ? 150 : 0.3 * realMeans[k][b];
                assertThat(synthetic)
                        .as("class " + classCodes[k] + " " + bands[b])
                        .isCloseTo(realMeans[k][b], org.assertj.core.data.Offset.offset(tolerance));
            }
        }
    }

    private static byte[] classes(Path map) throws IOException {
        float[] plane;
        try (GeoTiffReader r = GeoTiff.open(map)) {
            plane = r.read().band(0);
        }
        byte[] out = new byte[plane.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) plane[i];
        }
        return out;
    }

    /** Mean DN of a 10 m band over clear pixels whose 5 × 5 neighbourhood is all of one class. */
    private static double classMean(Path scene, String band, byte[] classes, float[] scl20, int code)
            throws IOException {
        float[] values = read(scene, band).band(0);
        int n = 1020;
        double sum = 0;
        long count = 0;
        for (int r = 2; r < n - 2; r++) {
            for (int c = 2; c < n - 2; c++) {
                float s = scl20[(r / 2) * (n / 2) + c / 2];
                if ((s == 4 || s == 5 || s == 6 || s == 2) && core(classes, n, c, r, code)) {
                    sum += values[r * n + c];
                    count++;
                }
            }
        }
        assertThat(count).as("pixels of class " + code).isGreaterThan(1000);
        return sum / count;
    }

    private static boolean core(byte[] classes, int n, int c, int r, int code) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (classes[(r + dy) * n + c + dx] != code) {
                    return false;
                }
            }
        }
        return true;
    }

    static Raster read(Path scene, String band) throws IOException {
        try (GeoTiffReader r = GeoTiff.open(scene.resolve(band + ".tif"))) {
            return r.read();
        }
    }

    @Test
    void scl_flagsClouds_whereTheBandsAreBright() throws IOException {
        Path cloudy = scenes(2022).stream()
                .filter(s -> cloudCover(s) > 20)
                .findFirst()
                .orElseThrow();
        assertThat(medianOverScl(cloudy, "B8A", 9)).isGreaterThan(4000);
        assertThat(medianOverScl(cloudy, "B8A", 3)).isLessThan(medianOverScl(cloudy, "B8A", 4));
    }

    static List<Path> scenes(int year) {
        try (Stream<Path> dirs = Files.list(FILES.scenes(year))) {
            return dirs.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double cloudCover(Path scene) {
        try {
            String json = Files.readString(scene.resolve("scene.json"));
            String v = json.replaceAll("(?s).*\"cloudCover\": ([0-9.]+).*", "$1");
            return Double.parseDouble(v);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Median DN of a 20 m band over the pixels whose SCL has a code. */
    static double medianOverScl(Path scene, String band, int code) throws IOException {
        Raster values;
        Raster scl;
        try (GeoTiffReader r = GeoTiff.open(scene.resolve(band + ".tif"));
                GeoTiffReader s = GeoTiff.open(scene.resolve("SCL.tif"))) {
            values = r.read();
            scl = s.read();
        }
        List<Float> picked = new ArrayList<>();
        for (int i = 0; i < scl.band(0).length; i++) {
            if (scl.band(0)[i] == code) {
                picked.add(values.band(0)[i]);
            }
        }
        assertThat(picked).as("pixels with SCL " + code).hasSizeGreaterThan(50);
        picked.sort(null);
        return picked.get(picked.size() / 2);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
