package landcover.raster.imagery.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.json.JsonWriter;
import landcover.raster.imagery.sample.PointSampler.Point;

/**
 * The validated points of each year, as GeoJSON. Every year gets a base set stratified over the
 * whole true map ({@value #BASE_PER_CLASS} locations per class where the class has room). The change
 * year is different on purpose: its base set samples only pixels whose class is the same as the
 * year before — the campaign revisited known ground and missed what changed — and a later batch of
 * new ground truth samples the changed ground ({@value #NEW_CHANGED_PER_CLASS} per changed class)
 * plus a few stable locations ({@value #NEW_STABLE_PER_CLASS} per class).
 */
final class SamplePoints {
    static final int BASE_PER_CLASS = 200;
    static final int NEW_CHANGED_PER_CLASS = 150;
    static final int NEW_STABLE_PER_CLASS = 15;

    private SamplePoints() {}

    static void write(SampleFiles files, long seed, int year, byte[] classes, byte[] previous) {
        PointSampler sampler = new PointSampler(Noises.hash(seed + 500, year, 0), classes);
        boolean change = year == RegionLayout.CHANGE_YEAR && previous != null;
        List<Point> base = sampler.sample(BASE_PER_CLASS, i -> !change || classes[i] == previous[i], List.of());
        SampleWriter.writeText(files.basePoints(year), geoJson(base, year, "base"));
        if (change) {
            PointSampler later = new PointSampler(Noises.hash(seed + 501, year, 0), classes);
            List<Point> changed = later.sample(NEW_CHANGED_PER_CLASS, i -> classes[i] != previous[i], base);
            List<Point> taken = new ArrayList<>(base);
            taken.addAll(changed);
            List<Point> stable = later.sample(NEW_STABLE_PER_CLASS, i -> classes[i] == previous[i], taken);
            List<Point> batch = new ArrayList<>(changed);
            batch.addAll(stable);
            batch.sort(java.util.Comparator.comparingInt(Point::row).thenComparingInt(Point::col));
            SampleWriter.writeText(files.newPoints(year), geoJson(batch, year, "new"));
        }
    }

    static String geoJson(List<Point> points, int year, String batch) {
        CrsTransform toWgs84 = CrsTransform.of(SampleRegion.CRS, EpsgCode.WGS84);
        List<Object> features = new ArrayList<>();
        for (Point p : points) {
            double x = SampleRegion.ORIGIN_X + (p.col() + 0.5) * 10;
            double y = SampleRegion.ORIGIN_Y - (p.row() + 0.5) * 10;
            double[] lonLat = toWgs84.transform(x, y);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(
                    "class",
                    ClassScheme.DEFAULT.byCode(p.classCode()).orElseThrow().name());
            properties.put("code", p.classCode());
            properties.put("year", year);
            properties.put("batch", batch);
            properties.put("synthetic", true);
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "Point");
            geometry.put("coordinates", List.of(round(lonLat[0]), round(lonLat[1])));
            feature.put("geometry", geometry);
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("name", "landcover sample region " + year + " " + batch + " points (SYNTHETIC)");
        collection.put(
                "description",
                "SYNTHETIC validated points drawn from the generated true class map of " + year
                        + "; not real ground truth");
        collection.put("features", features);
        return JsonWriter.pretty(collection);
    }

    /** Degrees to 7 decimals (about 1 cm), so the text is stable. */
    private static double round(double degrees) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.7f", degrees));
    }
}
