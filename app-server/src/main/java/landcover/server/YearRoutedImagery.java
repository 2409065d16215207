package landcover.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import landcover.domain.Year;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.imagery.Season;
import org.locationtech.jts.geom.Geometry;

/**
 * One imagery source per year, as the settings choose them: each year goes to its own source, every
 * other year to the default. Thread-safe when its sources are.
 */
final class YearRoutedImagery implements ImagerySource {
    private final ImagerySource fallback;
    private final Map<Year, ImagerySource> byYear;

    YearRoutedImagery(ImagerySource fallback, Map<Year, ImagerySource> byYear) {
        this.fallback = fallback;
        this.byYear = Map.copyOf(byYear);
    }

    private ImagerySource source(Year year) {
        return byYear.getOrDefault(year, fallback);
    }

    @Override
    public List<Year> years() {
        TreeMap<Year, Boolean> years = new TreeMap<>();
        fallback.years().stream().filter(y -> !byYear.containsKey(y)).forEach(y -> years.put(y, true));
        byYear.forEach((y, s) -> {
            if (s.years().contains(y)) {
                years.put(y, true);
            }
        });
        return new ArrayList<>(years.keySet());
    }

    @Override
    public List<Season> seasons(Year year) {
        return source(year).seasons(year);
    }

    @Override
    public Geometry coverage(Year year) {
        return source(year).coverage(year);
    }

    @Override
    public boolean isSynthetic(Year year) {
        return source(year).isSynthetic(year);
    }

    @Override
    public FeatureRead read(FeatureRequest request) {
        if (!years().contains(request.year())) {
            throw new NoImageryException(
                    request.year(), "no imagery for " + request.year() + " (years: " + years() + ")");
        }
        return source(request.year()).read(request);
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder(fallback.describe());
        byYear.forEach((y, s) -> out.append("; ").append(y).append(": ").append(s.describe()));
        return out.toString();
    }

    @Override
    public void close() {
        java.util.Set<ImagerySource> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        distinct.add(fallback);
        distinct.addAll(byYear.values());
        distinct.forEach(ImagerySource::close);
    }
}
