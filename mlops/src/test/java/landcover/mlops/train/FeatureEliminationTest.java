package landcover.mlops.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import landcover.mlops.inference.FeatureSchema;
import landcover.mlops.train.data.SampleTable;
import org.junit.jupiter.api.Test;

class FeatureEliminationTest {
    /** The 72 candidate features of REFERENCE.md: 3 terrain + 3 seasons × (12 bands + AOT + WVP + 9 indices). */
    static List<String> candidates() {
        List<String> names = new ArrayList<>(List.of("dem", "slope", "aspect"));
        List<String> perSeason = new ArrayList<>(List.of(
                "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12", "AOT", "WVP"));
        perSeason.addAll(List.of("ndvi", "evi2", "osavi", "mndwi", "moisture", "ndyi", "ri", "ndre", "cri1"));
        for (String season : List.of("spring", "summer", "autumn")) {
            perSeason.forEach(f -> names.add(season + "_" + f));
        }
        return names;
    }

    /**
     * Synthetic (labelled synthetic): 72 Gaussian features; the class is read from slope,
     * summer_ndvi and autumn_B11 only, in groups of 4 rows sharing a location.
     */
    static SampleTable synthetic() {
        List<String> names = candidates();
        int slope = names.indexOf("slope");
        int ndvi = names.indexOf("summer_ndvi");
        int b11 = names.indexOf("autumn_B11");
        SampleTable.Builder b = SampleTable.builder(new FeatureSchema(names));
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 1200; i++) {
            float[] row = new float[names.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
            int label = (row[slope] > 0 ? 1 : 0) + (row[ndvi] + row[b11] > 0 ? 2 : 0) + 1;
            b.add(row, label, i / 4, 1f, Double.NaN, Double.NaN);
        }
        return b.build();
    }

    @Test
    void run_labelFromThreeOf72Candidates_keepsExactlyThoseThree() {
        SampleTable table = synthetic();
        var options = new FeatureElimination.Options(
                3, 3, 12, ForestParams.defaults(4).withTrees(25), 2);

        FeatureElimination.Result result = FeatureElimination.run(table, options);

        assertThat(table.featureCount()).isEqualTo(72);
        assertThat(result.selected()).containsExactlyInAnyOrder("slope", "summer_ndvi", "autumn_B11");
        assertThat(result.rounds().getFirst().features()).hasSize(72);
        assertThat(result.rounds().getLast().cvAccuracy())
                .isGreaterThan(result.rounds().getFirst().cvAccuracy());
        assertThat(FeatureElimination.run(table, options)).isEqualTo(result);
    }
}
