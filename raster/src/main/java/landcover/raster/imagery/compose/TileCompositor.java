package landcover.raster.imagery.compose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.grid.WarpOp;
import landcover.raster.s2.CompositeOp;
import landcover.raster.s2.CompositeSettings;
import landcover.raster.s2.S2Band;
import landcover.raster.s2.S2Scene;
import landcover.raster.tiff.GeoTiffInfo;
import landcover.raster.tiff.GeoTiffReader;

/**
 * A season's composite over a window of one tile's 10 m grid, from the chosen acquisitions: each
 * band is read only over the window it needs (so a remote COG serves only the internal tiles
 * covering it), composited by {@link CompositeOp} (SCL-masked median, nearest resampling), then
 * rounded as stored composites are ({@link Quantization}). The local catalog's ingest and the STAC
 * source both call this, which is why their features agree to the last bit. Stateless.
 */
public final class TileCompositor {
    private TileCompositor() {}

    /**
     * The composite of {@code bands} over {@code target}.
     *
     * @param scenes the season's chosen scenes of the tile (may be empty)
     * @param target a window of the tile's 10 m grid
     * @return FLOAT32 physical values (reflectance, AOT, WVP), one band per requested band named by
     *     {@link S2Band#name()}, nodata NaN; all NaN when no scene covers the target
     */
    public static Raster composite(
            List<SceneRef> scenes,
            List<S2Band> bands,
            GridGeometry target,
            BandReaders readers,
            CompositeSettings settings) {
        List<S2Scene> read = new ArrayList<>();
        for (SceneRef scene : scenes) {
            S2Scene s = read(scene, bands, target, readers, settings);
            if (s != null) {
                read.add(s);
            }
        }
        if (read.isEmpty()) {
            return empty(bands, target);
        }
        Raster composite = CompositeOp.median(read, bands, target, settings);
        float[][] planes = new float[bands.size()][];
        for (int b = 0; b < bands.size(); b++) {
            planes[b] = composite.band(b).clone();
            Quantization.roundTrip(bands.get(b), planes[b]);
        }
        return new Raster(target, DataType.FLOAT32, names(bands), planes, OptionalDouble.of(Double.NaN));
    }

    /** The scene's bands (and SCL when masking) over the target, or null when it does not cover it. */
    private static S2Scene read(
            SceneRef scene, List<S2Band> bands, GridGeometry target, BandReaders readers, CompositeSettings settings) {
        List<S2Band> needed = new ArrayList<>(bands);
        if (settings.cloudMask().needsScl()) {
            needed.add(S2Band.SCL);
        }
        Map<S2Band, Raster> rasters = new EnumMap<>(S2Band.class);
        for (S2Band band : needed) {
            try (BandReaders.Lease lease = readers.open(scene.asset(band))) {
                GeoTiffReader reader = lease.reader();
                PixelWindow window = WarpOp.sourceWindow(gridOf(reader.info(), scene.asset(band)), target);
                if (window.isEmpty()) {
                    return null;
                }
                rasters.put(band, reader.readBands(window, 0, List.of(0)));
            }
        }
        return new S2Scene(scene.id(), scene.radiometry(), rasters);
    }

    /** The full-resolution grid of a file. */
    public static GridGeometry gridOf(GeoTiffInfo info, String location) {
        return new GridGeometry(
                info.gridCrs().orElseThrow(() -> new landcover.raster.RasterException(location, "no usable CRS")),
                info.geoTransform()
                        .orElseThrow(() -> new landcover.raster.RasterException(location, "no georeferencing")),
                info.width(),
                info.height());
    }

    private static Raster empty(List<S2Band> bands, GridGeometry target) {
        float[][] planes = new float[bands.size()][Math.toIntExact(target.pixelCount())];
        for (float[] p : planes) {
            java.util.Arrays.fill(p, Float.NaN);
        }
        return new Raster(target, DataType.FLOAT32, names(bands), planes, OptionalDouble.of(Double.NaN));
    }

    private static List<String> names(List<S2Band> bands) {
        return bands.stream().map(S2Band::name).toList();
    }
}
