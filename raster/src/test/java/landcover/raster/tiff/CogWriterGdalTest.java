package landcover.raster.tiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import landcover.raster.Raster;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared GeoTIFF rewritten as a COG by us: GDAL reads it the same and validates its layout. */
class CogWriterGdalTest {
    @TempDir
    Path dir;

    static List<Path> sharedGeoTiffs() {
        return Gdal.sharedGeoTiffs();
    }

    @ParameterizedTest
    @MethodSource("sharedGeoTiffs")
    void write_sharedGeoTiff_roundTripsBitExactly_andGdalAgrees(Path file) {
        Path cog = dir.resolve("out.tif");
        Raster original;
        GeoTiffInfo source;
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            original = reader.read();
            source = reader.info();
        }
        CogOptions options = CogOptions.defaults().withBlockSize(256);
        options = source.colorTable().map(options::withColorTable).orElse(options);
        if (source.photometric() == Photometric.RGB) {
            options = options.withPhotometric(Photometric.RGB);
        }
        CogWriter.write(original, cog, options);

        try (GeoTiffReader reader = GeoTiff.open(cog)) {
            Raster copy = reader.read();
            assertThat(copy.grid()).isEqualTo(original.grid());
            assertThat(copy.bandNames()).isEqualTo(original.bandNames());
            assertThat(copy.nodata()).isEqualTo(original.nodata());
            assertThat(copy.dataType()).isEqualTo(original.dataType());
            for (int b = 0; b < copy.bandCount(); b++) {
                Rasters.assertSamePlane(copy.band(b), original.band(b), copy.width(), file + " band " + b);
            }
        }
        Map<String, Object> gdal = Gdal.info(cog);
        assertThat(Gdal.epsg(gdal)).isEqualTo(original.grid().crs().code());
        GeoTiffReaderGdalTest.assertSameTransform(
                original.grid().transform().toGdal(), GeoTiffReaderGdalTest.doubles(gdal.get("geoTransform")));
        float[][] pixels = Gdal.pixels(cog, 0);
        for (int b = 0; b < pixels.length; b++) {
            Rasters.assertSamePlane(pixels[b], original.band(b), original.width(), "GDAL's read of band " + b);
        }
        assertValidCog(cog);
    }

    static void assertValidCog(Path file) {
        ExternalTool.requirePythonModule("osgeo_utils.samples.validate_cloud_optimized_geotiff");
        ExternalTool.Result r = ExternalTool.run(List.of(
                "/usr/bin/python3", "-m", "osgeo_utils.samples.validate_cloud_optimized_geotiff", file.toString()));
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("is a valid cloud optimized GeoTIFF");
    }
}
