package landcover.raster.imagery.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.raster.Raster;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasemapRendererTest {
    private static Path catalog;
    private static BasemapRenderer renderer;

    @BeforeAll
    static void open() {
        catalog = SampleFixture.catalog(2023);
        renderer = LocalCatalog.basemap(catalog);
    }

    /** A zoom-14 tile against GDAL: gdalwarp (nearest) of the summer composites to the tile's bounds. */
    @Test
    void tile_matchesAnIndependentGdalwarpRender() throws Exception {
        ExternalTool.require("gdalwarp");
        TileKey tile = tileAt(-4.545, 36.655, 14);
        BufferedImage ours =
                ImageIO.read(new ByteArrayInputStream(renderer.tile(new Year(2023), 14, tile.x(), tile.y())));
        Raster gdal = gdalRender(tile);
        int close = 0;
        int opaque = 0;
        for (int i = 0; i < 256 * 256; i++) {
            int argb = ours.getRGB(i % 256, i / 256);
            boolean hasData = gdal.band(3)[i] != 0;
            assertThat(argb >>> 24 != 0).as("alpha at " + i).isEqualTo(hasData);
            if (hasData) {
                opaque++;
                int[] expected = {level(gdal.band(3)[i]), level(gdal.band(2)[i]), level(gdal.band(1)[i])};
                int[] actual = {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
                boolean near = true;
                for (int c = 0; c < 3; c++) {
                    near &= Math.abs(expected[c] - actual[c]) <= 2;
                }
                close += near ? 1 : 0;
            }
        }
        assertThat(opaque).isGreaterThan(60000);
        assertThat((double) close / opaque).isGreaterThan(0.98);
    }

    @Test
    void tile_outsideTheImagery_isTransparent_andLowZoomsReadOverviews() throws IOException {
        TileKey far = tileAt(-3.0, 40.0, 14);
        BufferedImage empty =
                ImageIO.read(new ByteArrayInputStream(renderer.tile(new Year(2023), 14, far.x(), far.y())));
        assertThat(empty.getRGB(128, 128) >>> 24).isZero();
        TileKey wide = tileAt(-4.55, 36.65, 8);
        BufferedImage region =
                ImageIO.read(new ByteArrayInputStream(renderer.tile(new Year(2023), 8, wide.x(), wide.y())));
        int painted = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                painted += region.getRGB(x, y) >>> 24 != 0 ? 1 : 0;
            }
        }
        // 10.2 km at about 490 m per zoom-8 pixel: some 21 × 21 pixels.
        assertThat(painted).isBetween(350, 520);
    }

    @Test
    void tile_badZoomOrSeason_failsNamingIt() {
        assertThatThrownBy(() -> renderer.tile(new Year(2023), 7, 0, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("zoom 7");
        assertThatThrownBy(() -> renderer.tile(new Year(2023), "winter", new TileKey(14, 8000, 6400)))
                .hasMessageContaining("winter");
    }

    private static int level(float dn) {
        return TrueColour.level((float) ((dn - 1000.0) / 10000));
    }

    static TileKey tileAt(double lon, double lat, int z) {
        int n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double r = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
        return new TileKey(z, x, y);
    }

    private static Raster gdalRender(TileKey tile) throws IOException {
        Path dir = SampleFixture.scratch("basemap-gdal");
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(catalog)) {
            walk.filter(p -> p.toString().contains("/seasons/summer/")
                            && p.getParent()
                                    .getParent()
                                    .getParent()
                                    .getFileName()
                                    .toString()
                                    .startsWith("2023"))
                    .forEach(p -> files.add(p.toString()));
        }
        List<String> vrt = new ArrayList<>(
                List.of("gdalbuildvrt", dir.resolve("summer.vrt").toString()));
        vrt.addAll(files);
        ExternalTool.check(vrt);
        Path out = dir.resolve("tile.tif");
        ExternalTool.check(List.of(
                "gdalwarp",
                "-q",
                "-t_srs",
                "EPSG:3857",
                "-r",
                "near",
                "-ts",
                "256",
                "256",
                "-te",
                fmt(tile.mercatorX(0)),
                fmt(tile.mercatorY(256)),
                fmt(tile.mercatorX(256)),
                fmt(tile.mercatorY(0)),
                "-dstnodata",
                "0",
                dir.resolve("summer.vrt").toString(),
                out.toString()));
        try (GeoTiffReader reader = GeoTiff.open(out)) {
            return reader.read();
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
