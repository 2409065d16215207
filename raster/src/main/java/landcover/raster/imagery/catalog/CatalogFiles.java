package landcover.raster.imagery.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.compose.BandReaders;
import landcover.raster.imagery.compose.Quantization;
import landcover.raster.imagery.compose.TerrainReader;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.Compression;

/**
 * The catalog's files: season composites as band-interleaved UInt16 COGs (one 256 × 256 block per
 * band read, so an AOI read decodes only the bands and blocks it needs) and terrain as Float32
 * COGs. Synthetic inputs make synthetic files, and their metadata says so. Deflate level 1: the
 * composites are noisy, so level 6 saves about 1 % of the bytes for 3 times the encoding time
 * (docs/imagery.md), and decoding speed does not depend on the level.
 */
final class CatalogFiles {
    static final int BLOCK = 256;

    private CatalogFiles() {}

    /**
     * Writes a composite (physical values, bands as {@link YearBuilder#STORED_BANDS}) as stored DNs.
     *
     * @return the share of pixels with a clear observation (B02 present)
     */
    static double writeComposite(Raster composite, Path file, boolean synthetic, String what) {
        int n = Math.toIntExact(composite.grid().pixelCount());
        float[][] planes = new float[YearBuilder.STORED_BANDS.size()][n];
        long clear = 0;
        for (int b = 0; b < planes.length; b++) {
            S2Band band = YearBuilder.STORED_BANDS.get(b);
            float[] values = composite.band(b);
            for (int i = 0; i < n; i++) {
                planes[b][i] = Quantization.toDn(band, values[i]);
            }
        }
        float[] blue = planes[YearBuilder.STORED_BANDS.indexOf(S2Band.B02)];
        for (float v : blue) {
            clear += v != 0 ? 1 : 0;
        }
        List<String> names = YearBuilder.STORED_BANDS.stream().map(S2Band::name).toList();
        Raster dn = new Raster(composite.grid(), DataType.UINT16, names, planes, OptionalDouble.of(0));
        write(dn, file, synthetic, what);
        return (double) clear / n;
    }

    static void writeTerrain(Path dem, GridGeometry grid, Path file, boolean synthetic, BandReaders readers) {
        Raster terrain = TerrainReader.terrain(readers, dem.toString(), grid);
        write(terrain, file, synthetic, "terrain (elevation, slope, aspect)");
    }

    private static void write(Raster raster, Path file, boolean synthetic, String what) {
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new RasterException(file.getParent().toString(), "cannot create folder: " + e.getMessage(), e);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("SYNTHETIC", Boolean.toString(synthetic));
        metadata.put("TIFFTAG_IMAGEDESCRIPTION", (synthetic ? "SYNTHETIC " : "") + "landcover catalog: " + what);
        CogWriter.write(
                raster,
                file,
                CogOptions.defaults()
                        .withBlockSize(BLOCK)
                        .withCompression(Compression.DEFLATE, 1)
                        .withMetadata(metadata));
    }

    /** A grid's extent in longitude/latitude: its outline, 16 points a side, projected. */
    static BoundingBox wgs84Box(GridGeometry grid) {
        CrsTransform t = CrsTransform.of(grid.crs(), EpsgCode.WGS84);
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k <= 16; k++) {
            double f = k / 16.0;
            pts.add(new double[] {f * grid.width(), 0});
            pts.add(new double[] {f * grid.width(), grid.height()});
            pts.add(new double[] {0, f * grid.height()});
            pts.add(new double[] {grid.width(), f * grid.height()});
        }
        double w = 180;
        double s = 90;
        double e = -180;
        double n = -90;
        for (double[] p : pts) {
            double[] ll =
                    t.transform(grid.transform().x(p[0], p[1]), grid.transform().y(p[0], p[1]));
            w = Math.min(w, ll[0]);
            e = Math.max(e, ll[0]);
            s = Math.min(s, ll[1]);
            n = Math.max(n, ll[1]);
        }
        return new BoundingBox(w, s, e, n);
    }
}
