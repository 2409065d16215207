package landcover.mlops.pipeline.truth;

import java.util.ArrayList;
import java.util.List;
import landcover.domain.ClassScheme;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.mlops.train.data.LabelledGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Checks parsed items against the class scheme and the year's imagery footprint and resolves
 * their class codes. Collects every problem before refusing, so one answer lists them all.
 */
final class BatchValidator {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private BatchValidator() {}

    /**
     * The class code of each item, in order.
     *
     * @throws InvalidGroundTruthException listing unknown classes and items outside the imagery
     */
    static int[] validate(List<LabelledGeometry> items, ClassScheme scheme, Year year, YearCoverage coverage) {
        Geometry footprint = coverage.coverage(year)
                .orElseThrow(() -> InvalidGroundTruthException.invalid(
                        "year", List.of(year + " has no imagery, so ground truth for it cannot be checked or used")));
        PreparedGeometry inside = PreparedGeometryFactory.prepare(footprint);
        List<String> problems = new ArrayList<>();
        String firstField = null;
        int[] codes = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            LabelledGeometry item = items.get(i);
            String problem = classProblem(item, scheme, codes, i);
            if (problem == null && !covered(item, inside)) {
                problem = item.id() + " lies outside the " + year + " imagery";
            }
            if (problem != null) {
                firstField = firstField == null ? item.id() : firstField;
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidGroundTruthException.invalid(firstField, problems);
        }
        return codes;
    }

    private static String classProblem(LabelledGeometry item, ClassScheme scheme, int[] codes, int i) {
        try {
            codes[i] = scheme.resolve(item.label()).code();
            return null;
        } catch (InvalidValueException e) {
            return item.id() + ": class '" + item.label() + "' is not in scheme " + scheme.name() + " ("
                    + scheme.describe() + ")";
        }
    }

    private static boolean covered(LabelledGeometry item, PreparedGeometry footprint) {
        if (item.isPoint()) {
            return footprint.covers(GEOMETRY.createPoint(new Coordinate(item.lon(), item.lat())));
        }
        return footprint.covers(item.polygon().geometry());
    }
}
