package landcover.raster.imagery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import landcover.domain.Year;
import org.locationtech.jts.geom.Geometry;

/**
 * Combines imagery sources, one per year, into one: what a server configured with "the sample
 * region for 2020–2024, a STAC API for 2025" serves. Build the parts with {@code
 * LocalCatalog.open(Path)}, {@code StacImagery.open(StacSettings)} or {@code
 * SampleRegion.catalog(Path)}.
 */
public final class ImagerySources {
    private ImagerySources() {}

    /**
     * A source that hands each year to its own source; closing it closes each distinct part once.
     *
     * @param byYear the source of each year; a part may serve several years
     */
    public static ImagerySource byYear(Map<Year, ImagerySource> byYear) {
        return new ByYear(new TreeMap<>(byYear));
    }

    private record ByYear(TreeMap<Year, ImagerySource> parts) implements ImagerySource {
        private ImagerySource part(Year year) {
            ImagerySource part = parts.get(year);
            if (part == null) {
                throw new NoImageryException(
                        year, "no imagery configured for " + year + " (years: " + parts.keySet() + ")");
            }
            return part;
        }

        @Override
        public List<Year> years() {
            return List.copyOf(parts.keySet());
        }

        @Override
        public List<Season> seasons(Year year) {
            return part(year).seasons(year);
        }

        @Override
        public Geometry coverage(Year year) {
            return part(year).coverage(year);
        }

        @Override
        public boolean isSynthetic(Year year) {
            return part(year).isSynthetic(year);
        }

        @Override
        public FeatureRead read(FeatureRequest request) {
            return part(request.year()).read(request);
        }

        @Override
        public String describe() {
            List<String> lines = new ArrayList<>();
            parts.forEach((year, part) -> lines.add(year + ": " + part.describe()));
            return String.join("; ", lines);
        }

        @Override
        public void close() {
            parts.values().stream().distinct().forEach(ImagerySource::close);
        }
    }
}
