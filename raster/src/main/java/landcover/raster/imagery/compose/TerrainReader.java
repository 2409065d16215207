package landcover.raster.imagery.compose;

import java.util.List;
import landcover.raster.Raster;
import landcover.raster.features.TerrainOp;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.grid.Resampling;
import landcover.raster.grid.WarpOp;

/**
 * Terrain (elevation, slope, aspect) over a target grid from a DEM in any CRS: the DEM window the
 * target needs plus one pixel (Horn's 3 × 3 window), slope and aspect on the DEM's own grid, then
 * nearest to the target — the same steps whether the catalog's ingest or the STAC source asks, so
 * both give the same values wherever the DEM reaches. Stateless.
 */
public final class TerrainReader {
    private TerrainReader() {}

    /**
     * @return FLOAT32 bands {@link TerrainOp#BANDS} on {@code target}, nodata NaN (NaN outside the DEM)
     */
    public static Raster terrain(BandReaders readers, String dem, GridGeometry target) {
        try (BandReaders.Lease lease = readers.open(dem)) {
            GridGeometry demGrid = TileCompositor.gridOf(lease.reader().info(), dem);
            PixelWindow window = grow(WarpOp.sourceWindow(demGrid, target), demGrid);
            if (window.isEmpty()) {
                throw new landcover.raster.RasterException(dem, "the DEM does not cover " + target);
            }
            Raster elevation = lease.reader().readBands(window, 0, List.of(0));
            return WarpOp.apply(TerrainOp.apply(elevation), target, Resampling.NEAREST);
        }
    }

    /** The window one pixel wider on every side, clipped to the grid. */
    private static PixelWindow grow(PixelWindow w, GridGeometry grid) {
        if (w.isEmpty()) {
            return w;
        }
        int c0 = Math.max(0, w.col() - 1);
        int r0 = Math.max(0, w.row() - 1);
        int c1 = Math.min(grid.width(), w.endCol() + 1);
        int r1 = Math.min(grid.height(), w.endRow() + 1);
        return new PixelWindow(c0, r0, c1 - c0, r1 - r0);
    }
}
