package landcover.mlops.pipeline.truth;

import java.util.List;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.mlops.train.data.LabelledGeometry;

/**
 * The checks every ground-truth batch passes before it is stored: it parses (GeoJSON or CSV), every
 * item names a class of the scheme and lies inside the year's imagery, and items labelling a
 * location already labelled (by a stored batch or earlier in the same batch) are found. Stateless.
 */
public final class GroundTruthChecks {
    private GroundTruthChecks() {}

    /**
     * Parses and checks a batch.
     *
     * @param batchId the id the batch will have (named in duplicates found inside it)
     * @param stored the year's stored batches by id, with their items' class codes
     * @throws InvalidGroundTruthException listing what is wrong
     */
    public static CheckedBatch check(
            GroundTruthUpload upload,
            String batchId,
            ClassScheme scheme,
            YearCoverage coverage,
            Map<String, CheckedBatch> stored) {
        List<LabelledGeometry> items = BatchParser.parse(upload.content(), upload.format(), upload.labelField());
        int[] codes = BatchValidator.validate(items, scheme, upload.year(), coverage);
        DuplicateFinder finder = new DuplicateFinder();
        stored.forEach((id, batch) -> finder.add(id, batch.items(), batch.codes()));
        return new CheckedBatch(items, codes, finder.check(batchId, items, codes));
    }

    /**
     * Re-reads a stored batch (already checked when it was added), resolving classes only.
     *
     * @throws InvalidGroundTruthException if the content no longer parses or a class left the scheme
     */
    public static CheckedBatch reread(String content, BatchFormat format, String labelField, ClassScheme scheme) {
        List<LabelledGeometry> items = BatchParser.parse(content, format, labelField);
        int[] codes = new int[items.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = scheme.resolve(items.get(i).label()).code();
        }
        return new CheckedBatch(items, codes, List.of());
    }
}
