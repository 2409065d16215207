package landcover.mlops.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import landcover.domain.Year;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.grid.AoiRasterizer;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GeoTransform;
import landcover.raster.grid.GridGeometry;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.imagery.ReadStats;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.SeasonReport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A tiny SYNTHETIC imagery source for pipeline tests: 3 × 3 km of UTM 30N near Málaga, 10 m pixels,
 * four features whose values depend on a known class map plus deterministic noise. Columns 0-99 are
 * built-up (1), 100-199 water (4), 200-299 closed forest (7), except a burnt square (rows 100-199,
 * columns 200-299) that is bare soil (9) in {@link #YEAR} — spectrally close to built-up. Only
 * {@link #YEAR} is served.
 */
final class ToyWorld implements ImagerySource {
    static final Year YEAR = new Year(2023);
    static final EpsgCode CRS = EpsgCode.utm(30, true);
    static final double X0 = 356_400;
    static final double Y0 = 4_062_360;
    static final int SIZE = 300;
    static final List<String> FEATURES = List.of("f0", "f1", "f2", "f3");
    private static final float[][] MEANS = new float[10][];

    static {
        MEANS[1] = new float[] {0.20f, 0.30f, 0.10f, 0.50f};
        MEANS[4] = new float[] {0.05f, 0.10f, 0.60f, 0.20f};
        MEANS[7] = new float[] {0.40f, 0.60f, 0.20f, 0.30f};
        MEANS[9] = new float[] {0.26f, 0.34f, 0.13f, 0.44f};
    }

    private final CrsTransform toUtm = CrsTransform.of(EpsgCode.WGS84, CRS);
    private final CrsTransform toLonLat = CrsTransform.of(CRS, EpsgCode.WGS84);

    static int classAt(int col, int row) {
        if (col >= 200 && row >= 100 && row < 200) {
            return 9;
        }
        return col < 100 ? 1 : col < 200 ? 4 : 7;
    }

    static boolean isBurnt(int col, int row) {
        return classAt(col, row) == 9;
    }

    static float feature(int j, int col, int row) {
        long h = (col * 73_856_093L) ^ (row * 19_349_663L) ^ (j * 83_492_791L) ^ 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        double noise = ((h >>> 11) / (double) (1L << 53)) - 0.5; // uniform in [-0.5, 0.5)
        return (float) (MEANS[classAt(col, row)][j] + 0.16 * noise);
    }

    /** WGS84 longitude/latitude of a pixel centre. */
    double[] lonLat(int col, int row) {
        return toLonLat.transform(X0 + (col + 0.5) * 10, Y0 - (row + 0.5) * 10);
    }

    /** A GeoJSON FeatureCollection of labelled points at pixel centres ({@code {col, row}} pairs). */
    String points(List<int[]> pixels) {
        List<String> features = new ArrayList<>();
        for (int[] p : pixels) {
            double[] ll = lonLat(p[0], p[1]);
            features.add(String.format(
                    Locale.ROOT,
                    "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.7f,%.7f]},"
                            + "\"properties\":{\"class\":%d}}",
                    ll[0],
                    ll[1],
                    classAt(p[0], p[1])));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    /** Pixels on a lattice with the given step, offset, inside the window, that {@code keep} accepts. */
    static List<int[]> lattice(int step, int offset, java.util.function.BiPredicate<Integer, Integer> keep) {
        List<int[]> out = new ArrayList<>();
        for (int row = 2 + offset; row < SIZE - 2; row += step) {
            for (int col = 2 + offset; col < SIZE - 2; col += step) {
                if (keep.test(col, row)) {
                    out.add(new int[] {col, row});
                }
            }
        }
        return out;
    }

    @Override
    public List<Year> years() {
        return List.of(YEAR);
    }

    @Override
    public List<Season> seasons(Year year) {
        check(year);
        return List.of(new Season("summer", LocalDate.of(year.value(), 6, 1), LocalDate.of(year.value(), 7, 31)));
    }

    @Override
    public Geometry coverage(Year year) {
        check(year);
        Coordinate[] ring = new Coordinate[5];
        double[][] corners = {{X0, Y0}, {X0 + SIZE * 10, Y0}, {X0 + SIZE * 10, Y0 - SIZE * 10}, {X0, Y0 - SIZE * 10}};
        for (int i = 0; i < 4; i++) {
            double[] ll = toLonLat.transform(corners[i][0], corners[i][1]);
            ring[i] = new Coordinate(ll[0], ll[1]);
        }
        ring[4] = ring[0];
        return new GeometryFactory().createPolygon(ring);
    }

    @Override
    public boolean isSynthetic(Year year) {
        return true;
    }

    @Override
    public FeatureRead read(FeatureRequest request) {
        check(request.year());
        double[] box = request.aoi().bbox().toArray();
        double[] a = toUtm.transform(box[0], box[1]);
        double[] b = toUtm.transform(box[2], box[3]);
        int c0 = clamp((int) Math.floor((Math.min(a[0], b[0]) - X0) / 10) - 1);
        int c1 = clamp((int) Math.ceil((Math.max(a[0], b[0]) - X0) / 10) + 1);
        int r0 = clamp((int) Math.floor((Y0 - Math.max(a[1], b[1])) / 10) - 1);
        int r1 = clamp((int) Math.ceil((Y0 - Math.min(a[1], b[1])) / 10) + 1);
        int w = c1 - c0;
        int h = r1 - r0;
        if (w <= 0 || h <= 0) {
            throw new NoImageryException(request.year(), "the AOI misses the toy world");
        }
        GridGeometry grid = new GridGeometry(CRS, GeoTransform.northUp(X0 + c0 * 10, Y0 - r0 * 10, 10, 10), w, h);
        float[][] bands = new float[request.features().size()][w * h];
        for (int k = 0; k < bands.length; k++) {
            int j = FEATURES.indexOf(request.features().get(k));
            for (int i = 0; i < w * h; i++) {
                bands[k][i] = feature(j, c0 + i % w, r0 + i / w);
            }
        }
        Raster raster = new Raster(grid, DataType.FLOAT32, request.features(), bands, OptionalDouble.empty());
        return new FeatureRead(
                raster,
                AoiRasterizer.rasterize(request.aoi(), grid),
                List.of(new SeasonReport(
                        seasons(request.year()).getFirst(), SeasonReport.Status.COMPLETE, List.of("toy-scene"), 1)),
                0,
                ReadStats.NONE);
    }

    private static int clamp(int v) {
        return Math.clamp(v, 0, SIZE);
    }

    private static void check(Year year) {
        if (!YEAR.equals(year)) {
            throw new NoImageryException(year, "the toy world serves " + YEAR + " only");
        }
    }

    @Override
    public String describe() {
        return "toy world (SYNTHETIC, " + YEAR + ")";
    }

    @Override
    public void close() {}
}
