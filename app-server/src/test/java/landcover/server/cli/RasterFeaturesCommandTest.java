package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import landcover.raster.features.FeatureList;
import landcover.testing.ExternalTool;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landcover raster features} on the real all-band chip, checked by an independent GDAL +
 * numpy computation of the same stack, and its exit-2 errors.
 */
class RasterFeaturesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHIP = "sentinel2_malaga_greensenti/chip_all_bands";
    private static final String BOX = "sentinel2_malaga_greensenti/aoi/box.geojson";

    @TempDir
    Path dir;

    /**
     * numpy + GDAL, independently: every band warped (nearest) onto the COG's grid, SCL classes
     * 0,1,3,8,9,10,11 and DN 0 masked, reflectance DN/10000, NDVI in float32, pixels outside the
     * AOI (gdal.Rasterize) or with any feature missing set to NaN. Prints the largest difference.
     */
    private static final String EXPECTED_STACK = """
            import sys, numpy as np
            from osgeo import gdal
            gdal.UseExceptions()
            cog, chip, aoi = sys.argv[1:4]
            out = gdal.Open(cog)
            gt, w, h = out.GetGeoTransform(), out.RasterXSize, out.RasterYSize
            bounds = [gt[0], gt[3] + h * gt[5], gt[0] + w * gt[1], gt[3]]
            def warp(name):
                ds = gdal.Warp('', chip + '/' + name, format='MEM', outputBounds=bounds, width=w, height=h,
                               resampleAlg='near', outputType=gdal.GDT_Float64)
                return ds.ReadAsArray()
            scl = warp('SCL_20m.jp2')
            ok = ~np.isin(scl, [0, 1, 3, 8, 9, 10, 11])
            def refl(name):
                dn = warp(name)
                return np.where(ok & (dn != 0), dn / 10000, np.nan).astype(np.float32)
            b04, b08, b11 = refl('B04_10m.jp2'), refl('B08_10m.jp2'), refl('B11_20m.jp2')
            with np.errstate(all='ignore'):
                ndvi = (b08 - b04) / (b08 + b04)
            ndvi = np.where(np.isfinite(ndvi), ndvi, np.float32(np.nan))
            stack = np.stack([b04, ndvi, b11])
            mask = gdal.GetDriverByName('MEM').Create('', w, h, 1, gdal.GDT_Byte)
            mask.SetGeoTransform(gt)
            mask.SetProjection(out.GetProjection())
            gdal.Rasterize(mask, aoi, burnValues=[1])
            bad = (mask.ReadAsArray() == 0) | np.isnan(stack).any(axis=0)
            stack[:, bad] = np.nan
            ours = out.ReadAsArray()
            same_nan = (np.isnan(ours) == np.isnan(stack)).all()
            diff = np.nanmax(np.abs(ours - stack))
            print(same_nan, diff, int((~bad).sum()))
            """;

    @Test
    void features_flatChipFolder_writesTheStackGdalComputes() throws Exception {
        Path out = dir.resolve("stack.tif");
        CliTest.Run run = CliTest.run(
                "raster",
                "features",
                "--bands",
                SharedData.path(CHIP).toString(),
                "--features",
                "summer_B04,summer_ndvi,summer_B11",
                "--aoi",
                SharedData.path(BOX).toString(),
                "--out",
                out.toString(),
                "--processing-baseline",
                "02.12");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<?, ?> summary = JSON.readValue(run.out(), Map.class);
        assertThat(summary.get("features")).isEqualTo(List.of("summer_B04", "summer_ndvi", "summer_B11"));
        assertThat(summary.get("epsg")).isEqualTo(32630);

        ExternalTool.requirePythonModule("osgeo.gdal");
        String[] result = ExternalTool.check(List.of(
                        "/usr/bin/python3",
                        "-c",
                        EXPECTED_STACK,
                        out.toString(),
                        SharedData.path(CHIP).toString(),
                        SharedData.path(BOX).toString()))
                .strip()
                .split(" ");
        assertThat(result[0]).as("same nodata pixels").isEqualTo("True");
        assertThat(Double.parseDouble(result[1])).as("largest difference").isZero();
        assertThat(Integer.parseInt(result[2])).isEqualTo(((Number) summary.get("completePixels")).intValue());

        var bands = JSON.readTree(ExternalTool.check(List.of("gdalinfo", "-json", out.toString())))
                .get("bands");
        List<String> descriptions = new java.util.ArrayList<>();
        bands.forEach(b -> {
            descriptions.add(b.get("description").asText());
            assertThat(b.get("type").asText()).isEqualTo("Float32");
        });
        assertThat(descriptions).containsExactly("summer_B04", "summer_ndvi", "summer_B11");
    }

    /** Seasons as folders, scenes named after products (baseline from the name), a synthetic DEM. */
    @Test
    void features_baseline15_fromSeasonFolders_printsTheFeatureHash() throws Exception {
        Path bands = dir.resolve("bands");
        for (String season : List.of("spring", "summer", "autumn")) {
            link(bands.resolve(season).resolve("S2B_MSIL2A_20210704T105619_N0301_R094_T30SUF_" + season));
        }
        Path dem = syntheticDem(bands.resolve("DEM.tif"));
        Path out = dir.resolve("stack.tif");
        CliTest.Run run = CliTest.run(
                "raster",
                "features",
                "--bands",
                bands.toString(),
                "--features",
                "baseline15",
                "--aoi",
                SharedData.path(BOX).toString(),
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<?, ?> summary = JSON.readValue(run.out(), Map.class);
        assertThat(summary.get("featureHash")).isEqualTo(FeatureList.BASELINE_15.hash());
        assertThat(summary.get("features")).isEqualTo(FeatureList.BASELINE_15.names());
        assertThat(((Number) summary.get("completePixels")).intValue()).isGreaterThan(1000);
        assertThat(Files.exists(dem)).isTrue();
    }

    /** A scene folder of symbolic links to the real chip's files. */
    private static void link(Path sceneDir) throws IOException {
        Files.createDirectories(sceneDir);
        try (var files = Files.list(SharedData.path(CHIP))) {
            for (Path f : files.toList()) {
                Files.createSymbolicLink(sceneDir.resolve(f.getFileName()), f);
            }
        }
    }

    /** Synthetic DEM (30 m, a tilted plane) over the chip, written with GDAL. */
    private static Path syntheticDem(Path file) {
        ExternalTool.check(List.of("/usr/bin/python3", "-c", """
                import sys, numpy as np
                from osgeo import gdal, osr
                ds = gdal.GetDriverByName('GTiff').Create(sys.argv[1], 24, 16, 1, gdal.GDT_Float32)
                ds.SetGeoTransform([367850, 30, 0, 4064800, 0, -30])
                srs = osr.SpatialReference(); srs.ImportFromEPSG(32630); ds.SetProjection(srs.ExportToWkt())
                r, c = np.mgrid[0:16, 0:24]
                ds.GetRasterBand(1).WriteArray((120 + 3.5 * c - 2.0 * r).astype(np.float32))
                ds = None
                """, file.toString()));
        return file;
    }

    private CliTest.Run features(String bands, String features, String aoi, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "raster",
                "features",
                "--bands",
                bands,
                "--features",
                features,
                "--aoi",
                aoi,
                "--out",
                dir.resolve("out.tif").toString()));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void features_missingBand_exitsTwoNamingIt() throws Exception {
        Path bands = dir.resolve("bands");
        Files.createDirectories(bands);
        for (String f : List.of("B04_10m.jp2", "B08_10m.jp2", "SCL_20m.jp2")) {
            Files.createSymbolicLink(bands.resolve(f), SharedData.path(CHIP + "/" + f));
        }
        CliTest.Run run = features(
                bands.toString(),
                "summer_ndvi,summer_moisture",
                SharedData.path(BOX).toString(),
                "--processing-baseline",
                "04.00");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("landcover: " + bands.toAbsolutePath() + ": missing bands B8A, B11 (has [B04, B08, SCL])")
                .doesNotContain("\tat ");
    }

    @Test
    void features_aoiOutsideTheBands_exitsTwo() {
        Path aoi = SharedData.path("sentinel2_malaga_greensenti/aoi/ejido.geojson");
        CliTest.Run run = features(
                SharedData.path(CHIP).toString(), "summer_B04", aoi.toString(), "--processing-baseline", "04.00");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("landcover: AOI: the output grid EPSG:32630")
                .contains("lies outside the summer bands");
    }

    @Test
    void features_unknownFeature_exitsTwoNamingIt() {
        CliTest.Run run = features(
                SharedData.path(CHIP).toString(),
                "summer_B04,summer_savi",
                SharedData.path(BOX).toString(),
                "--processing-baseline",
                "04.00");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("landcover: summer_savi: 'savi' is neither a band");
    }

    @Test
    void features_unknownBaseline_exitsTwoAskingForIt() {
        CliTest.Run run = features(
                SharedData.path(CHIP).toString(),
                "summer_B04",
                SharedData.path(BOX).toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("processing baseline unknown").contains("--processing-baseline");
    }

    @Test
    void features_terrainWithoutDem_exitsTwo() {
        CliTest.Run run = features(
                SharedData.path(CHIP).toString(),
                "summer_B04,slope",
                SharedData.path(BOX).toString(),
                "--processing-baseline",
                "04.00");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("landcover: the features need a DEM: pass --dem FILE");
    }
}
