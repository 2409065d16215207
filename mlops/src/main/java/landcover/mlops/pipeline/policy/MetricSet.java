package landcover.mlops.pipeline.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import landcover.mlops.train.ClassAccuracy;
import landcover.mlops.train.Evaluation;

/**
 * The figures a decision compares, for one model on the shared holdout.
 *
 * @param overallAccuracy correct / rows
 * @param kappa Cohen's kappa
 * @param macroF1 unweighted mean F1
 * @param recall per class code, the producer's accuracy (correct / reference rows of the class)
 * @param support per class code, the reference rows of the class
 */
public record MetricSet(
        double overallAccuracy, double kappa, double macroF1, Map<Integer, Double> recall, Map<Integer, Long> support) {
    public MetricSet {
        recall = Collections.unmodifiableMap(new TreeMap<>(recall));
        support = Collections.unmodifiableMap(new TreeMap<>(support));
    }

    /** The figures of an evaluation. */
    public static MetricSet of(Evaluation e) {
        Map<Integer, Double> recall = new TreeMap<>();
        Map<Integer, Long> support = new TreeMap<>();
        for (ClassAccuracy c : e.classes()) {
            recall.put(c.code(), c.producersAccuracy());
            support.put(c.code(), c.support());
        }
        return new MetricSet(e.overallAccuracy(), e.kappa(), e.macroF1(), recall, support);
    }

    /** The value of a policy metric. */
    public double value(PolicyMetric metric) {
        return switch (metric) {
            case OVERALL_ACCURACY -> overallAccuracy;
            case KAPPA -> kappa;
            case MACRO_F1 -> macroF1;
        };
    }

    /** JSON-ready map. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overallAccuracy", overallAccuracy);
        m.put("kappa", kappa);
        m.put("macroF1", macroF1);
        Map<String, Object> perClass = new LinkedHashMap<>();
        recall.forEach(
                (code, r) -> perClass.put(Integer.toString(code), Map.of("recall", r, "support", support.get(code))));
        m.put("classes", perClass);
        return m;
    }
}
