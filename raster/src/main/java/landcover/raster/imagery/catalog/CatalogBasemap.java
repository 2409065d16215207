package landcover.raster.imagery.catalog;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import landcover.domain.Year;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.PixelWindow;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.catalog.CatalogModel.SubTile;
import landcover.raster.imagery.catalog.CatalogModel.YearEntry;
import landcover.raster.imagery.compose.BandReaders;
import landcover.raster.imagery.compose.Quantization;
import landcover.raster.imagery.tiles.BasemapRenderer;
import landcover.raster.imagery.tiles.TileKey;
import landcover.raster.imagery.tiles.TrueColour;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.GeoTiffInfo;
import landcover.raster.tiff.GeoTiffReader;

/**
 * Basemap tiles from a local catalog: each tile pixel centre is taken from Web Mercator to the
 * sub-tile's UTM grid and given the nearest composite pixel of the coarsest stored level (full
 * resolution or overview) still finer than the tile's pixels, so a zoom-8 tile reads overviews and a
 * zoom-16 tile a few full-resolution blocks. Thread-safe.
 */
final class CatalogBasemap implements BasemapRenderer {
    private static final int N = TileKey.SIZE * TileKey.SIZE;
    private static final List<S2Band> RGB = List.of(S2Band.B04, S2Band.B03, S2Band.B02);

    private final LocalCatalogSource catalog;

    CatalogBasemap(LocalCatalogSource catalog) {
        this.catalog = catalog;
    }

    @Override
    public byte[] tile(Year year, String season, TileKey tile) {
        YearEntry entry = catalog.entry(year);
        String name = season(entry, season);
        double[] bounds = tile.lonLatBounds();
        float[][] rgb = new float[3][N];
        for (float[] p : rgb) {
            Arrays.fill(p, Float.NaN);
        }
        double[] lon = new double[N];
        double[] lat = new double[N];
        for (int i = 0; i < N; i++) {
            lon[i] = TileKey.longitude(tile.mercatorX(i % TileKey.SIZE + 0.5));
            lat[i] = TileKey.latitude(tile.mercatorY(i / TileKey.SIZE + 0.5));
        }
        double groundPixel = tile.span() / TileKey.SIZE * Math.cos(Math.toRadians((bounds[1] + bounds[3]) / 2));
        Path dir = catalog.root().resolve(entry.directory());
        for (SubTile sub : entry.subTiles()) {
            if (sub.wgs84().west() <= bounds[2]
                    && bounds[0] <= sub.wgs84().east()
                    && sub.wgs84().south() <= bounds[3]
                    && bounds[1] <= sub.wgs84().north()) {
                paint(sub, dir.resolve(sub.seasons().get(name).file()).toString(), lon, lat, groundPixel, rgb);
            }
        }
        return TrueColour.png(TrueColour.rgba(rgb[0], rgb[1], rgb[2]), TileKey.SIZE, TileKey.SIZE);
    }

    private static String season(YearEntry entry, String season) {
        List<String> names = entry.seasons().stream().map(Season::name).toList();
        if (season == null) {
            return names.contains("summer") ? "summer" : names.getFirst();
        }
        if (!names.contains(season)) {
            throw new RasterException(season, "no such season in " + entry.year() + " (seasons: " + names + ")");
        }
        return season;
    }

    private void paint(SubTile sub, String file, double[] lon, double[] lat, double groundPixel, float[][] rgb) {
        double[] xs = lon.clone();
        double[] ys = lat.clone();
        CrsTransform.of(EpsgCode.WGS84, sub.grid().crs()).transformInPlace(xs, ys);
        try (BandReaders.Lease lease = catalog.readers().open(file)) {
            GeoTiffReader reader = lease.reader();
            GeoTiffInfo info = reader.info();
            int level = level(info, sub.grid().resolution(), groundPixel);
            int w = level == 0 ? info.width() : info.overviews().get(level - 1).width();
            int h = level == 0 ? info.height() : info.overviews().get(level - 1).height();
            double sx = sub.grid().resolution() * info.width() / w;
            double sy = sub.grid().resolution() * info.height() / h;
            double x0 = sub.grid().transform().originX();
            double y0 = sub.grid().transform().originY();
            int[] at = new int[N];
            int minC = Integer.MAX_VALUE;
            int minR = Integer.MAX_VALUE;
            int maxC = -1;
            int maxR = -1;
            for (int i = 0; i < N; i++) {
                double c = (xs[i] - x0) / sx;
                double r = (y0 - ys[i]) / sy;
                if (rgb[0][i] == rgb[0][i] || !(c >= 0 && c < w && r >= 0 && r < h)) {
                    at[i] = -1;
                    continue;
                }
                int ci = (int) c;
                int ri = (int) r;
                at[i] = ri * w + ci;
                minC = Math.min(minC, ci);
                maxC = Math.max(maxC, ci);
                minR = Math.min(minR, ri);
                maxR = Math.max(maxR, ri);
            }
            if (maxC < 0) {
                return;
            }
            PixelWindow window = new PixelWindow(minC, minR, maxC - minC + 1, maxR - minR + 1);
            List<Integer> bands =
                    RGB.stream().map(YearBuilder.STORED_BANDS::indexOf).toList();
            Raster dn = reader.readBands(window, level, bands);
            for (int i = 0; i < N; i++) {
                if (at[i] >= 0) {
                    int k = (at[i] / w - minR) * window.width() + at[i] % w - minC;
                    for (int b = 0; b < 3; b++) {
                        rgb[b][i] = Quantization.toPhysical(RGB.get(b), dn.band(b)[k]);
                    }
                }
            }
        }
    }

    /** The coarsest level whose pixels are no larger than the tile's ground pixel. */
    private static int level(GeoTiffInfo info, double resolution, double groundPixel) {
        int best = 0;
        for (int k = 0; k < info.overviews().size(); k++) {
            double size = resolution * info.width() / info.overviews().get(k).width();
            if (size <= groundPixel) {
                best = k + 1;
            }
        }
        return best;
    }
}
