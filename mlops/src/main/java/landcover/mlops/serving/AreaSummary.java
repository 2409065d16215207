package landcover.mlops.serving;

import java.util.ArrayList;
import java.util.List;
import landcover.domain.ClassScheme;
import landcover.domain.LandCoverClass;
import landcover.mlops.inference.CompiledForest;

/**
 * The numbers of one classified AOI: pixel counts, ground area per class and of the nodata pixels,
 * and the mean top-class probability. Immutable.
 *
 * @param pixels AOI, classified and nodata pixel counts
 * @param classAreas classes present in the AOI, by code
 * @param nodataAreaM2 ground area of the AOI pixels without a class, m²
 * @param meanConfidence mean over classified pixels of the top-class probability; 0 when none is
 *     classified
 */
record AreaSummary(PixelCounts pixels, List<ClassArea> classAreas, double nodataAreaM2, double meanConfidence) {
    AreaSummary {
        classAreas = List.copyOf(classAreas);
    }

    /** Sums a tally over its cells, weighting each cell's pixels by their ground area. */
    static AreaSummary of(Tally tally, PixelAreas.Cells cells, CompiledForest forest, ClassScheme scheme) {
        int columns = tally.columns();
        long[] pixels = new long[columns];
        double[] areas = new double[columns];
        for (int cell = 0; cell < tally.cells(); cell++) {
            double pixelArea = cells.pixelAreaM2()[cell];
            for (int c = 0; c < columns; c++) {
                long n = tally.get(cell, c);
                pixels[c] += n;
                areas[c] += n * pixelArea;
            }
        }
        long classified = 0;
        double classifiedArea = 0;
        for (int c = 1; c < columns; c++) {
            classified += pixels[c];
            classifiedArea += areas[c];
        }
        List<ClassArea> classAreas = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
            if (pixels[c] > 0) {
                LandCoverClass cls = scheme.byCode(forest.classCode(c - 1)).orElseThrow();
                double share = Math.min(1.0, areas[c] / classifiedArea);
                classAreas.add(new ClassArea(cls.code(), cls.name(), cls.color(), pixels[c], areas[c], share));
            }
        }
        PixelCounts counts = new PixelCounts(classified + pixels[0], classified, pixels[0]);
        double mean = classified == 0 ? 0 : tally.sumTop() / classified;
        return new AreaSummary(counts, classAreas, areas[0], mean);
    }

    /** Ground area of every AOI pixel, classified or not, m². */
    double aoiAreaM2() {
        return nodataAreaM2 + classAreas.stream().mapToDouble(ClassArea::areaM2).sum();
    }
}
