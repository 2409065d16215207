package landcover.raster.folder;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.grid.WarpOp;
import landcover.raster.s2.L2aRadiometry;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffInfo;
import landcover.raster.tiff.GeoTiffReader;

/**
 * Reads only the window of a GeoTIFF that a target grid needs ({@link WarpOp#sourceWindow}), first
 * band only. Public for the CLI, which reads DEMs and single files the same way.
 */
public final class WindowReads {
    private WindowReads() {}

    /**
     * The first band of the part of {@code file} covering {@code target}, grown by {@code
     * extraMargin} pixels (1 for a DEM, whose slope needs the neighbours), or empty when the file
     * does not reach the target.
     */
    public static Optional<Raster> read(Path file, GridGeometry target, int extraMargin) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            GridGeometry grid = gridOf(file, reader.info());
            PixelWindow w = WarpOp.sourceWindow(grid, target);
            if (w.isEmpty()) {
                return Optional.empty();
            }
            PixelWindow grown = new PixelWindow(
                            w.col() - extraMargin,
                            w.row() - extraMargin,
                            w.width() + 2 * extraMargin,
                            w.height() + 2 * extraMargin)
                    .intersection(grid.bounds());
            return Optional.of(reader.readBands(grown, 0, List.of(0)));
        }
    }

    /** The grid of a GeoTIFF (its CRS must be an EPSG code or UTM on a WGS 84-compatible ellipsoid). */
    public static GridGeometry gridOf(Path file, GeoTiffInfo info) {
        GeoTransform transform = info.geoTransform()
                .orElseThrow(() -> RasterException.of(file, "has no georeferencing (no geotransform)"));
        return new GridGeometry(
                info.gridCrs().orElseThrow(() -> RasterException.of(file, "has a CRS without an EPSG code")),
                transform,
                info.width(),
                info.height());
    }

    /** The extent of a file's grid, for messages. */
    static String extent(Path file) {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            return file.getFileName() + ": " + BandFolder.describe(gridOf(file, reader.info()));
        }
    }

    /** A scene of the bands' windows, or empty when the first band does not reach the target. */
    static Optional<S2Scene> scene(String id, L2aRadiometry radiometry, Map<S2Band, Path> files, GridGeometry target) {
        Map<S2Band, Raster> bands = new EnumMap<>(S2Band.class);
        for (Map.Entry<S2Band, Path> e : files.entrySet()) {
            Optional<Raster> window = read(e.getValue(), target, 0);
            if (window.isEmpty()) {
                return Optional.empty();
            }
            bands.put(e.getKey(), window.get());
        }
        return Optional.of(new S2Scene(id, radiometry, bands));
    }
}
