package landcover.mlops.pipeline.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;

/** McNemar's test against scipy (binomtest for the exact method, chi2.sf for the corrected statistic). */
class McNemarTestTest {
    private static final long[][] COUNTS = {
        {0, 0}, {0, 3}, {1, 9}, {5, 5}, {3, 20}, {12, 13}, {10, 40}, {4, 61}, {150, 180}, {300, 3000}, {0, 30}
    };

    @Test
    void of_discordantCounts_matchesScipyForBothMethods() {
        ExternalTool.requirePythonModule("scipy.stats");
        StringBuilder script = new StringBuilder("from scipy.stats import binomtest, chi2\n");
        for (long[] bc : COUNTS) {
            long n = bc[0] + bc[1];
            script.append(
                    n == 0
                            ? "print(1.0)\n"
                            : n < McNemarTest.EXACT_BELOW
                                    ? "print(repr(binomtest(" + Math.min(bc[0], bc[1]) + ", " + n + ", 0.5).pvalue))\n"
                                    : "print(repr(chi2.sf((abs(" + bc[0] + "-" + bc[1] + ")-1)**2/" + n + ", 1)))\n");
        }
        List<String> expected = ExternalTool.check(List.of("/usr/bin/python3", "-c", script.toString()))
                .lines()
                .toList();
        for (int i = 0; i < COUNTS.length; i++) {
            McNemarTest t = McNemarTest.of(COUNTS[i][0], COUNTS[i][1]);
            double p = Double.parseDouble(expected.get(i));
            assertThat(t.pValue()).as("b=%d c=%d", COUNTS[i][0], COUNTS[i][1]).isCloseTo(p, within(1e-12 + 1e-9 * p));
        }
    }

    @Test
    void of_pairedPredictions_countsOnlyDiscordantRows() {
        int[] truth = {1, 1, 2, 2, 3, 3, 4};
        int[] champion = {1, 2, 2, 3, 3, 4, 4};
        int[] challenger = {1, 1, 3, 2, 3, 3, 1};
        McNemarTest t = McNemarTest.of(truth, champion, challenger);
        assertThat(t.b()).isEqualTo(2);
        assertThat(t.c()).isEqualTo(3);
        assertThat(t.method()).isEqualTo(McNemarTest.EXACT);
        assertThat(t.pValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void favoursChallenger_needsMoreWinsAndSignificance() {
        assertThat(McNemarTest.of(4, 61).favoursChallenger(0.05)).isTrue();
        assertThat(McNemarTest.of(61, 4).favoursChallenger(0.05)).isFalse();
        assertThat(McNemarTest.of(12, 13).favoursChallenger(0.05)).isFalse();
    }
}
