package landcover.raster.imagery.sample;

import java.io.IOException;
import java.nio.file.Path;
import landcover.raster.Raster;
import landcover.raster.grid.PixelWindow;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;

/**
 * Mean DNs of the real Málaga bands (shared/data/sentinel2_malaga_greensenti/examples_10m) over a
 * hand-picked pixel window, keeping only the pixels a simple mask accepts.
 */
final class RealWindows {
    /** Which pixels of a window count. */
    enum Mask {
        /** Sea: B08 below 500. */
        DARK_NIR,
        /** Built-up: NDVI below 0.3. */
        BUILT,
        /** Vegetation: NDVI above 0.4. */
        VEGETATED,
        /** Dense canopy: NDVI above 0.45. */
        DENSE
    }

    private RealWindows() {}

    /** Means of the bands (files {@code BAND_10m.jp2}, GeoTIFFs despite the name) over the window. */
    static double[] mean(Path dir, String[] bands, int col0, int col1, int row0, int row1, Mask mask)
            throws IOException {
        PixelWindow window = new PixelWindow(col0, row0, col1 - col0, row1 - row0);
        float[][] planes = new float[bands.length][];
        for (int b = 0; b < bands.length; b++) {
            planes[b] = read(dir.resolve(bands[b] + "_10m.jp2"), window).band(0);
        }
        float[] red = read(dir.resolve("B04_10m.jp2"), window).band(0);
        float[] nir = read(dir.resolve("B08_10m.jp2"), window).band(0);
        double[] sums = new double[bands.length];
        long count = 0;
        for (int i = 0; i < red.length; i++) {
            double ndvi = (nir[i] - red[i]) / (double) (nir[i] + red[i]);
            boolean keep = switch (mask) {
                case DARK_NIR -> nir[i] < 500;
                case BUILT -> ndvi < 0.3;
                case VEGETATED -> ndvi > 0.4;
                case DENSE -> ndvi > 0.45;
            };
            if (keep) {
                for (int b = 0; b < bands.length; b++) {
                    sums[b] += planes[b][i];
                }
                count++;
            }
        }
        for (int b = 0; b < bands.length; b++) {
            sums[b] /= count;
        }
        return sums;
    }

    private static Raster read(Path file, PixelWindow window) throws IOException {
        try (GeoTiffReader r = GeoTiff.open(file)) {
            return r.read(window);
        }
    }
}
