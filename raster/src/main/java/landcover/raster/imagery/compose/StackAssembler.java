package landcover.raster.imagery.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import landcover.domain.aoi.Aoi;
import landcover.raster.Raster;
import landcover.raster.features.FeatureList;
import landcover.raster.features.FeatureStackOp;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.MosaicOp;
import landcover.raster.grid.OutputGrid;
import landcover.raster.grid.Resampling;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.ReadStats;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.SeasonReport;

/**
 * The last steps of every AOI read, shared by all sources: mosaic each tile's inputs onto the AOI's
 * 10 m output grid (tiles in the output grid's own UTM zone first, so their pixels copy unresampled
 * and other zones only fill gaps), assemble the feature stack, blank pixels outside the AOI, and
 * report per season and overall what was missing. Stateless.
 */
public final class StackAssembler {
    private StackAssembler() {}

    /** The AOI's output grid and pixel mask. */
    public static AoiMask mask(Aoi aoi) {
        return AoiRasterizer.rasterize(aoi, OutputGrid.forAoi(aoi, 10));
    }

    /**
     * The feature read.
     *
     * @param seasons the year's seasons the features use, in calendar order
     * @param tiles what each tile contributes, any order
     */
    public static FeatureRead assemble(
            FeatureList features, List<Season> seasons, AoiMask mask, List<TileInputs> tiles) {
        GridGeometry target = mask.windowGrid();
        List<TileInputs> ordered = new ArrayList<>(tiles);
        ordered.sort(
                Comparator.comparing((TileInputs t) -> !sameZone(t, target)).thenComparing(TileInputs::tile));
        Map<String, Raster> composites = new LinkedHashMap<>();
        List<SeasonReport> reports = new ArrayList<>();
        for (Season season : seasons) {
            List<Raster> parts =
                    ordered.stream().map(t -> t.composites().get(season.name())).toList();
            Raster mosaic = MosaicOp.apply(parts, target, Resampling.NEAREST);
            composites.put(season.name(), mosaic);
            reports.add(report(season, mosaic, mask, ordered));
        }
        Raster terrain = null;
        if (features.needsDem()) {
            List<Raster> parts = ordered.stream()
                    .map(TileInputs::terrain)
                    .flatMap(Optional::stream)
                    .toList();
            terrain = parts.isEmpty() ? null : MosaicOp.apply(parts, target, Resampling.NEAREST);
        }
        Raster stack = FeatureStackOp.assemble(features, composites, terrain);
        for (int b = 0; b < stack.bandCount(); b++) {
            mask.applyTo(stack.band(b), Float.NaN);
        }
        ReadStats stats = tiles.stream().map(TileInputs::stats).reduce(ReadStats.NONE, ReadStats::plus);
        return new FeatureRead(stack, mask, reports, missingShare(stack.band(0), mask), stats);
    }

    private static boolean sameZone(TileInputs tile, GridGeometry target) {
        return tile.composites().values().stream()
                .findFirst()
                .map(r -> r.grid().crs().equals(target.crs()))
                .orElse(false);
    }

    private static SeasonReport report(Season season, Raster mosaic, AoiMask mask, List<TileInputs> tiles) {
        Set<String> scenes = new LinkedHashSet<>();
        tiles.forEach(t -> scenes.addAll(t.scenes().getOrDefault(season.name(), List.of())));
        float[][] planes = new float[mosaic.bandCount()][];
        for (int b = 0; b < planes.length; b++) {
            planes[b] = mosaic.band(b);
        }
        long inside = 0;
        long clear = 0;
        for (int i = 0; i < planes[0].length; i++) {
            if (!mask.isInside(i)) {
                continue;
            }
            inside++;
            boolean ok = true;
            for (float[] p : planes) {
                ok &= p[i] == p[i];
            }
            clear += ok ? 1 : 0;
        }
        double share = inside == 0 ? 0 : (double) clear / inside;
        return new SeasonReport(season, SeasonReport.statusOf(!scenes.isEmpty(), share), List.copyOf(scenes), share);
    }

    /** Share of AOI pixels where the stack has no data (1 for an AOI smaller than a pixel). */
    private static double missingShare(float[] plane, AoiMask mask) {
        long inside = 0;
        long missing = 0;
        for (int i = 0; i < plane.length; i++) {
            if (mask.isInside(i)) {
                inside++;
                missing += plane[i] != plane[i] ? 1 : 0;
            }
        }
        return inside == 0 ? 1 : (double) missing / inside;
    }
}
