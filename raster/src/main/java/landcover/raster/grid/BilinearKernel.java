package landcover.raster.grid;

import landcover.raster.Raster;

/**
 * Bilinear interpolation between the four source pixel centres around a position, GDAL-style:
 * neighbours that are nodata, NaN or outside the grid are left out and the remaining weights
 * renormalised; a position whose every neighbour is missing gets the fill value.
 */
final class BilinearKernel {
    private BilinearKernel() {}

    static void row(Raster source, int band, double[] cols, double[] rows, float[] out, int offset, float fill) {
        float[] plane = source.band(band);
        int width = source.width();
        int height = source.height();
        for (int c = 0; c < cols.length; c++) {
            // Centres sit at +0.5: shift so neighbour (c0, r0) is the centre up-left of the position.
            double x = cols[c] - 0.5;
            double y = rows[c] - 0.5;
            if (!(x > -1 && x < width && y > -1 && y < height)) {
                out[offset + c] = fill;
                continue;
            }
            int c0 = (int) Math.floor(x);
            int r0 = (int) Math.floor(y);
            double u = x - c0;
            double v = y - r0;
            double sum = 0;
            double weights = 0;
            for (int k = 0; k < 4; k++) {
                int cc = c0 + (k & 1);
                int rr = r0 + (k >> 1);
                double w = ((k & 1) == 0 ? 1 - u : u) * ((k >> 1) == 0 ? 1 - v : v);
                if (w > 0 && cc >= 0 && cc < width && rr >= 0 && rr < height) {
                    float value = plane[rr * width + cc];
                    if (!Float.isNaN(value) && value != fill) {
                        sum += w * value;
                        weights += w;
                    }
                }
            }
            out[offset + c] = weights > 0 ? (float) (sum / weights) : fill;
        }
    }
}
