package landcover.raster.grid;

/**
 * Where each target pixel centre falls in a source grid, as fractional source (col, row).
 *
 * <p>Same CRS: exact, by composing the two affine transforms. Different CRSs: the exact transform
 * (proj4j) is evaluated on a lattice every {@value #STEP} target pixels and bilinearly interpolated
 * in between, as GDAL's approximate transformer does. Over 16 pixels a UTM-to-UTM map is linear to
 * far better than a thousandth of a pixel (measured in PixelMappingTest), and it saves ~256x the
 * proj4j calls. Not thread-safe; one instance per warp.
 */
final class PixelMapping {
    static final int STEP = 16;

    private final GridGeometry source;
    private final GridGeometry target;
    private final boolean sameCrs;
    private final int latticeCols;
    private final double[] latticeCol;
    private final double[] latticeRow;

    PixelMapping(GridGeometry source, GridGeometry target) {
        this.source = source;
        this.target = target;
        this.sameCrs = source.crs().equals(target.crs());
        this.latticeCols = sameCrs ? 0 : nodes(target.width());
        int latticeRows = sameCrs ? 0 : nodes(target.height());
        this.latticeCol = new double[latticeCols * latticeRows];
        this.latticeRow = new double[latticeCols * latticeRows];
        if (!sameCrs) {
            fillLattice(latticeRows);
        }
    }

    private static int nodes(int pixels) {
        return (pixels - 1) / STEP + 2;
    }

    /** Target pixel index of lattice node {@code i}: 0, STEP, 2·STEP, …, and the last pixel. */
    private static int nodePixel(int i, int pixels) {
        return Math.min(i * STEP, pixels - 1);
    }

    private void fillLattice(int latticeRows) {
        double[] xs = new double[latticeCol.length];
        double[] ys = new double[latticeCol.length];
        GeoTransform t = target.transform();
        for (int j = 0; j < latticeRows; j++) {
            for (int i = 0; i < latticeCols; i++) {
                double c = nodePixel(i, target.width()) + 0.5;
                double r = nodePixel(j, target.height()) + 0.5;
                xs[j * latticeCols + i] = t.x(c, r);
                ys[j * latticeCols + i] = t.y(c, r);
            }
        }
        CrsTransform.of(target.crs(), source.crs()).transformInPlace(xs, ys);
        GeoTransform s = source.transform();
        for (int k = 0; k < xs.length; k++) {
            latticeCol[k] = s.col(xs[k], ys[k]);
            latticeRow[k] = s.row(xs[k], ys[k]);
        }
    }

    /** Fills the fractional source positions of the centres of target row {@code row}. */
    void row(int row, double[] cols, double[] rows) {
        if (sameCrs) {
            affineRow(row, cols, rows);
        } else {
            interpolatedRow(row, cols, rows);
        }
    }

    private void affineRow(int row, double[] cols, double[] rows) {
        GeoTransform t = target.transform();
        GeoTransform s = source.transform();
        for (int c = 0; c < target.width(); c++) {
            double x = t.x(c + 0.5, row + 0.5);
            double y = t.y(c + 0.5, row + 0.5);
            cols[c] = s.col(x, y);
            rows[c] = s.row(x, y);
        }
    }

    private void interpolatedRow(int row, double[] cols, double[] rows) {
        int j = Math.min(row / STEP, latticeRowCount() - 2);
        int r0 = nodePixel(j, target.height());
        int r1 = nodePixel(j + 1, target.height());
        double v = r1 == r0 ? 0 : (row - r0) / (double) (r1 - r0);
        for (int i = 0; i + 1 < latticeCols; i++) {
            int c0 = nodePixel(i, target.width());
            int c1 = nodePixel(i + 1, target.width());
            int end = i + 2 == latticeCols ? c1 + 1 : c1;
            for (int c = c0; c < end; c++) {
                double u = c1 == c0 ? 0 : (c - c0) / (double) (c1 - c0);
                cols[c] = bilinear(latticeCol, i, j, u, v);
                rows[c] = bilinear(latticeRow, i, j, u, v);
            }
        }
    }

    private int latticeRowCount() {
        return latticeCol.length / latticeCols;
    }

    private double bilinear(double[] values, int i, int j, double u, double v) {
        int k = j * latticeCols + i;
        double top = values[k] + (values[k + 1] - values[k]) * u;
        double bottom = values[k + latticeCols] + (values[k + latticeCols + 1] - values[k + latticeCols]) * u;
        return top + (bottom - top) * v;
    }
}
