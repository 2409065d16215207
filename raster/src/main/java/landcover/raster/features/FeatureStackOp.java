package landcover.raster.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.grid.Resampling;
import landcover.raster.grid.WarpOp;
import landcover.raster.s2.CompositeOp;
import landcover.raster.s2.CompositeSettings;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;

/**
 * Builds feature stacks: one FLOAT32 band per feature of a {@link FeatureList}, in its order, named
 * by the feature, on one grid. A pixel is either complete or missing: where any feature is NaN
 * (no valid observation in a season, a zero denominator, no DEM, outside the imagery) every band
 * of that pixel is NaN, the stack's nodata. Stateless and thread-safe.
 */
public final class FeatureStackOp {
    private FeatureStackOp() {}

    /**
     * The whole pipeline on {@code grid}: each season's scenes composited (only the bands its
     * features need), terrain from the DEM (Horn on the DEM's own grid, then nearest to {@code
     * grid}), then {@link #assemble}.
     *
     * @param scenesBySeason the scenes of every season the features name
     * @param dem the DEM, on any grid covering {@code grid} with a margin (see {@link #demWindow}),
     *     or null when no feature is terrain
     * @throws RasterException when a season has no scenes, a scene lacks a band, or the DEM is
     *     missing
     */
    public static Raster build(
            FeatureList features,
            GridGeometry grid,
            Map<String, List<S2Scene>> scenesBySeason,
            Raster dem,
            CompositeSettings settings) {
        Map<String, Raster> composites = new LinkedHashMap<>();
        int margin = settings.cloudMask().dilationRadius();
        for (String season : features.seasons()) {
            List<S2Scene> scenes = scenesBySeason.getOrDefault(season, List.of());
            if (scenes.isEmpty()) {
                throw new RasterException(season, "no scenes for this season");
            }
            // A dilated cloud mask looks `margin` pixels around each pixel: composite on a larger
            // grid and crop, so a window gives the same values as the whole tile would.
            GridGeometry padded = grown(grid, margin);
            Raster composite = CompositeOp.median(scenes, List.copyOf(features.bandsFor(season)), padded, settings);
            composites.put(
                    season,
                    margin == 0
                            ? composite
                            : crop(composite, new PixelWindow(margin, margin, grid.width(), grid.height()), grid));
        }
        Raster terrain = null;
        if (features.needsDem()) {
            if (dem == null) {
                throw new RasterException("DEM", "the features " + features + " need a DEM");
            }
            terrain = WarpOp.apply(TerrainOp.apply(dem), grid, Resampling.NEAREST);
        }
        return assemble(features, composites, terrain);
    }

    /**
     * Assembles the stack from inputs already on one grid.
     *
     * @param composites per season, bands named as {@link S2Band#name()} holding reflectance (as
     *     {@link CompositeOp} makes them)
     * @param terrain bands {@link TerrainOp#BANDS} on the same grid, or null when no feature is
     *     terrain
     */
    public static Raster assemble(FeatureList features, Map<String, Raster> composites, Raster terrain) {
        GridGeometry grid = gridOf(composites, terrain);
        float[][] planes = new float[features.size()][];
        for (int k = 0; k < planes.length; k++) {
            planes[k] = plane(features.features().get(k), composites, terrain, grid);
        }
        blankIncompletePixels(planes);
        return new Raster(grid, DataType.FLOAT32, features.names(), planes, OptionalDouble.of(Double.NaN));
    }

    private static float[] plane(Feature feature, Map<String, Raster> composites, Raster terrain, GridGeometry grid) {
        return switch (feature) {
            case Feature.Band b ->
                composite(composites, b.season(), grid).band(b.band().name()).clone();
            case Feature.Index i -> {
                Raster c = composite(composites, i.season(), grid);
                float[] out = new float[Math.toIntExact(grid.pixelCount())];
                List<S2Band> in = i.index().inputs();
                i.index().apply(c.band(in.get(0).name()), c.band(in.get(1).name()), out);
                yield out;
            }
            case Feature.Terrain t -> {
                if (terrain == null) {
                    throw new RasterException(t.name(), "no terrain given for this feature");
                }
                yield terrain.band(t.layer().terrainBand()).clone();
            }
        };
    }

    private static Raster composite(Map<String, Raster> composites, String season, GridGeometry grid) {
        Raster c = composites.get(season);
        if (c == null) {
            throw new RasterException(season, "no composite for this season");
        }
        if (!c.grid().equals(grid)) {
            throw new RasterException(season, "composite is on another grid than the stack");
        }
        return c;
    }

    private static GridGeometry gridOf(Map<String, Raster> composites, Raster terrain) {
        if (!composites.isEmpty()) {
            return composites.values().iterator().next().grid();
        }
        if (terrain == null) {
            throw new RasterException("features", "no inputs to stack");
        }
        return terrain.grid();
    }

    /** Sets every band of a pixel to NaN when any band of it is NaN. */
    private static void blankIncompletePixels(float[][] planes) {
        int pixels = planes[0].length;
        boolean[] missing = new boolean[pixels];
        for (float[] plane : planes) {
            for (int i = 0; i < pixels; i++) {
                missing[i] |= plane[i] != plane[i];
            }
        }
        for (float[] plane : planes) {
            for (int i = 0; i < pixels; i++) {
                if (missing[i]) {
                    plane[i] = Float.NaN;
                }
            }
        }
    }

    /**
     * The window of a DEM to read for a stack on {@code target}: what nearest resampling needs plus
     * one pixel, because Horn's 3 × 3 window leaves the outermost pixels without slope or aspect.
     */
    public static PixelWindow demWindow(GridGeometry demGrid, GridGeometry target) {
        PixelWindow w = WarpOp.sourceWindow(demGrid, target);
        if (w.isEmpty()) {
            return w;
        }
        return new PixelWindow(w.col() - 1, w.row() - 1, w.width() + 2, w.height() + 2).intersection(demGrid.bounds());
    }

    private static GridGeometry grown(GridGeometry grid, int margin) {
        if (margin == 0) {
            return grid;
        }
        GeoTransform t = grid.transform().shifted(-margin, -margin);
        return new GridGeometry(grid.crs(), t, grid.width() + 2 * margin, grid.height() + 2 * margin);
    }

    private static Raster crop(Raster r, PixelWindow w, GridGeometry grid) {
        List<String> names = new ArrayList<>(r.bandNames());
        float[][] planes = new float[names.size()][Math.toIntExact(w.pixelCount())];
        for (int b = 0; b < planes.length; b++) {
            for (int row = 0; row < w.height(); row++) {
                System.arraycopy(
                        r.band(b), (w.row() + row) * r.width() + w.col(), planes[b], row * w.width(), w.width());
            }
        }
        return new Raster(grid, r.dataType(), names, planes, r.nodata());
    }
}
