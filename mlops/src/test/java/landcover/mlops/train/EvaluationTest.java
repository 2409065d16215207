package landcover.mlops.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {
    /**
     * Crafted case pinning the orientation (the published baseline had it transposed): 10 water (4)
     * samples, all predicted water; 10 builtUp (1) samples, 6 predicted builtUp and 4 predicted water.
     * Rows are the reference, so row builtUp holds [6, 4] and row water [0, 10]; water's producer's
     * accuracy (recall) is 1 and its user's accuracy (precision) 10/14.
     */
    @Test
    void of_asymmetricErrors_rowsAreReferenceColumnsArePrediction() {
        int[] reference = new int[20];
        int[] predicted = new int[20];
        for (int i = 0; i < 10; i++) {
            reference[i] = 4;
            predicted[i] = 4;
            reference[10 + i] = 1;
            predicted[10 + i] = i < 6 ? 1 : 4;
        }
        Evaluation e = Evaluation.of(new int[] {1, 4}, reference, predicted);

        assertThat(e.matrix().count(0, 0)).isEqualTo(6);
        assertThat(e.matrix().count(0, 1)).isEqualTo(4);
        assertThat(e.matrix().count(1, 0)).isZero();
        assertThat(e.matrix().count(1, 1)).isEqualTo(10);
        assertThat(e.forClass(4).producersAccuracy()).isEqualTo(1.0);
        assertThat(e.forClass(4).usersAccuracy()).isCloseTo(10 / 14.0, within(1e-12));
        assertThat(e.forClass(1).producersAccuracy()).isCloseTo(0.6, within(1e-12));
        assertThat(e.forClass(1).usersAccuracy()).isEqualTo(1.0);
        assertThat(e.forClass(1).support()).isEqualTo(10);
        assertThat(e.forClass(4).predicted()).isEqualTo(14);
    }

    @Test
    void of_knownMatrix_givesTextbookAccuracyKappaAndMacroF1() {
        // po = 0.8, pe = 0.5·0.6 + 0.5·0.4 = 0.5 → kappa 0.6; F1: builtUp 2·(0.7·0.875)/(1.575),
        // water 2·(0.9·0.75)/(1.65).
        int[] reference = new int[20];
        int[] predicted = new int[20];
        for (int i = 0; i < 10; i++) {
            reference[i] = 1;
            predicted[i] = i < 7 ? 1 : 4;
            reference[10 + i] = 4;
            predicted[10 + i] = i < 9 ? 4 : 1;
        }
        Evaluation e = Evaluation.of(new int[] {1, 4}, reference, predicted);

        double f1BuiltUp = 2 * 0.7 * 0.875 / (0.7 + 0.875);
        double f1Water = 2 * 0.9 * 0.75 / (0.9 + 0.75);
        assertThat(e.overallAccuracy()).isCloseTo(0.8, within(1e-12));
        assertThat(e.kappa()).isCloseTo(0.6, within(1e-12));
        assertThat(e.macroF1()).isCloseTo((f1BuiltUp + f1Water) / 2, within(1e-12));
    }

    @Test
    void of_classNeverSeen_isLeftOutOfMacroF1() {
        Evaluation e = Evaluation.of(new int[] {1, 2, 3}, new int[] {1, 2}, new int[] {1, 2});

        assertThat(e.macroF1()).isEqualTo(1.0);
        assertThat(e.forClass(3).support()).isZero();
        assertThat(e.kappa()).isEqualTo(1.0);
    }

    @Test
    void toJson_evaluation_namesOrientationAndFigures() {
        Evaluation e = Evaluation.of(new int[] {1, 4}, new int[] {1, 1, 4}, new int[] {1, 4, 4});

        assertThat(e.toJson())
                .startsWith("{\"overallAccuracy\":0.666667,\"kappa\":")
                .contains("\"orientation\":\"rows=reference,columns=prediction\"")
                .contains("\"counts\":[[1,1],[0,1]]");
    }
}
