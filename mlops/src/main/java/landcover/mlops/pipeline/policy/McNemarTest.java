package landcover.mlops.pipeline.policy;

import java.util.Locale;

/**
 * McNemar's test on paired predictions: did two classifiers scored on the <em>same</em> rows err
 * differently more often than chance allows? Only the discordant rows count: {@code b} rows the
 * champion got right and the challenger wrong, {@code c} rows the reverse. Under the null hypothesis
 * b and c are Binomial(b + c, ½).
 *
 * <p>With few discordant rows (b + c below {@link #EXACT_BELOW}) the exact two-sided binomial
 * p-value is used, {@code min(1, 2·P(X ≤ min(b, c)))}; otherwise the continuity-corrected statistic
 * {@code (|b − c| − 1)² / (b + c)} against χ² with one degree of freedom (Edwards 1948), as
 * statsmodels' {@code mcnemar(exact=False, correction=True)}.
 *
 * @param b rows the champion classified correctly and the challenger did not
 * @param c rows the challenger classified correctly and the champion did not
 * @param statistic the continuity-corrected χ² statistic (also reported for the exact method)
 * @param pValue two-sided p-value of the method used
 * @param method {@code exact-binomial} or {@code chi-square-continuity-corrected}
 */
public record McNemarTest(long b, long c, double statistic, double pValue, String method) {
    /** Below this many discordant rows the exact binomial test is used. */
    public static final long EXACT_BELOW = 25;

    /** The exact method's name. */
    public static final String EXACT = "exact-binomial";

    /** The χ² method's name. */
    public static final String CHI_SQUARE = "chi-square-continuity-corrected";

    public McNemarTest {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("negative counts b=" + b + " c=" + c);
        }
    }

    /** Tests the discordant counts. */
    public static McNemarTest of(long b, long c) {
        long n = b + c;
        double statistic = n == 0 ? 0 : Math.pow(Math.max(0, Math.abs(b - c) - 1), 2) / n;
        if (n < EXACT_BELOW) {
            return new McNemarTest(b, c, statistic, exactTwoSided(Math.min(b, c), n), EXACT);
        }
        return new McNemarTest(b, c, statistic, chiSquareOneDofSurvival(statistic), CHI_SQUARE);
    }

    /**
     * Counts b and c from paired predictions.
     *
     * @param reference the true class of each row
     * @param champion the champion's prediction of each row
     * @param challenger the challenger's prediction of each row
     */
    public static McNemarTest of(int[] reference, int[] champion, int[] challenger) {
        if (reference.length != champion.length || reference.length != challenger.length) {
            throw new IllegalArgumentException("paired predictions must cover the same rows");
        }
        long b = 0;
        long c = 0;
        for (int i = 0; i < reference.length; i++) {
            boolean old = champion[i] == reference[i];
            boolean fresh = challenger[i] == reference[i];
            b += old && !fresh ? 1 : 0;
            c += fresh && !old ? 1 : 0;
        }
        return of(b, c);
    }

    /** True when the challenger won more discordant rows and the difference is significant at {@code alpha}. */
    public boolean favoursChallenger(double alpha) {
        return c > b && pValue < alpha;
    }

    /** e.g. {@code McNemar b=3 c=41 p=1.2e-08 (chi-square-continuity-corrected)}. */
    public String summary() {
        return String.format(Locale.ROOT, "McNemar b=%d c=%d p=%.3g (%s)", b, c, pValue, method);
    }

    /** {@code min(1, 2 · Σ_{i ≤ k} C(n, i) / 2ⁿ)}, summed in log space so large n neither overflows nor underflows. */
    static double exactTwoSided(long k, long n) {
        if (n == 0) {
            return 1;
        }
        double logHalfN = -n * Math.log(2);
        double logTerm = logHalfN; // i = 0: C(n,0) = 1
        double sum = Math.exp(logTerm);
        for (long i = 1; i <= k; i++) {
            logTerm += Math.log((double) (n - i + 1) / i);
            sum += Math.exp(logTerm);
        }
        return Math.min(1, 2 * sum);
    }

    /** P(χ²₁ > x) = Q(½, x/2), the regularized upper incomplete gamma function. */
    static double chiSquareOneDofSurvival(double x) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.upperRegularizedHalf(x / 2);
    }

    /** The regularized incomplete gamma function at a = ½ (series below a + 1, continued fraction above). */
    static final class Gamma {
        private static final double A = 0.5;
        private static final double LN_GAMMA_HALF = 0.5 * Math.log(Math.PI);
        private static final double EPS = 1e-16;
        private static final double TINY = 1e-300;
        private static final int MAX_ITERATIONS = 10_000;

        private Gamma() {}

        static double upperRegularizedHalf(double x) {
            return x < A + 1 ? 1 - lowerSeries(x) : upperContinuedFraction(x);
        }

        /** P(a, x) by its series, Numerical Recipes §6.2 (gser). */
        private static double lowerSeries(double x) {
            double ap = A;
            double sum = 1 / A;
            double del = sum;
            for (int n = 0; n < MAX_ITERATIONS && Math.abs(del) > Math.abs(sum) * EPS; n++) {
                ap++;
                del *= x / ap;
                sum += del;
            }
            return sum * Math.exp(-x + A * Math.log(x) - LN_GAMMA_HALF);
        }

        /** Q(a, x) by Lentz's continued fraction, Numerical Recipes §6.2 (gcf). */
        private static double upperContinuedFraction(double x) {
            double b = x + 1 - A;
            double c = 1 / TINY;
            double d = 1 / b;
            double h = d;
            for (int i = 1; i < MAX_ITERATIONS; i++) {
                double an = -i * (i - A);
                b += 2;
                d = an * d + b;
                d = Math.abs(d) < TINY ? TINY : d;
                c = b + an / c;
                c = Math.abs(c) < TINY ? TINY : c;
                d = 1 / d;
                double del = d * c;
                h *= del;
                if (Math.abs(del - 1) < EPS) {
                    break;
                }
            }
            return Math.exp(-x + A * Math.log(x) - LN_GAMMA_HALF) * h;
        }
    }
}
