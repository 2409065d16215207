package landcover.mlops.pipeline.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import landcover.domain.InvalidValueException;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;

/**
 * How a year decides about a challenger scored against its champion on the same holdout rows.
 *
 * <ol>
 *   <li>{@code metric} must improve by at least {@code minImprovement} (absolute), else reject;
 *   <li>every class with at least {@code minSupport} holdout rows must keep a challenger recall of
 *       at least its floor ({@code recallFloors}, else {@code recallFloor}), else reject;
 *   <li>McNemar's test on the paired predictions must favour the challenger at level {@code alpha},
 *       else {@code onNotSignificant};
 *   <li>otherwise {@code onPass}.
 * </ol>
 *
 * @param metric the metric to improve
 * @param minImprovement required gain of the metric, in its own units (e.g. 0.01 = one point of
 *     accuracy); may be 0 or negative to accept ties or small losses
 * @param recallFloor the minimum recall of every class (0 disables)
 * @param recallFloors per class code, a floor replacing {@code recallFloor}
 * @param minSupport classes with fewer holdout rows are not held to a floor (too few to judge)
 * @param alpha McNemar significance level, in (0, 1)
 * @param onPass what a challenger passing every check gets: promote, shadow or await-approval
 * @param onNotSignificant what a challenger that improves but not significantly gets
 */
public record DecisionPolicy(
        PolicyMetric metric,
        double minImprovement,
        double recallFloor,
        Map<Integer, Double> recallFloors,
        int minSupport,
        double alpha,
        DecisionOutcome onPass,
        DecisionOutcome onNotSignificant) {
    public DecisionPolicy {
        Objects.requireNonNull(metric, "metric");
        check(Double.isFinite(minImprovement) && Math.abs(minImprovement) <= 1, "minImprovement", "in [-1, 1]");
        check(recallFloor >= 0 && recallFloor <= 1, "recallFloor", "in [0, 1]");
        recallFloors = Collections.unmodifiableMap(new TreeMap<>(recallFloors));
        recallFloors.forEach((code, f) -> check(f >= 0 && f <= 1, "recallFloors." + code, "in [0, 1]"));
        check(minSupport >= 1, "minSupport", "at least 1");
        check(alpha > 0 && alpha < 1, "alpha", "in (0, 1)");
        Objects.requireNonNull(onPass, "onPass");
        Objects.requireNonNull(onNotSignificant, "onNotSignificant");
        check(onPass != DecisionOutcome.REJECT, "onPass", "promote, shadow or await-approval");
    }

    private static void check(boolean ok, String field, String what) {
        if (!ok) {
            throw new InvalidValueException(field, "must be " + what);
        }
    }

    /**
     * The default: kappa +0.01, every class (with 5+ holdout rows) at recall 0.5 or better, McNemar at
     * 5 %; a passing challenger goes to shadow, an insignificant one awaits approval.
     */
    public static DecisionPolicy defaults() {
        return new DecisionPolicy(
                PolicyMetric.KAPPA,
                0.01,
                0.5,
                Map.of(),
                5,
                0.05,
                DecisionOutcome.SHADOW,
                DecisionOutcome.AWAIT_APPROVAL);
    }

    /** The floor of a class. */
    public double floorOf(int code) {
        return recallFloors.getOrDefault(code, recallFloor);
    }

    /** The policy as a JSON-ready map (the form {@link #fromJson} reads). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", metric.label());
        m.put("minImprovement", minImprovement);
        m.put("recallFloor", recallFloor);
        Map<String, Object> floors = new LinkedHashMap<>();
        recallFloors.forEach((code, f) -> floors.put(Integer.toString(code), f));
        m.put("recallFloors", floors);
        m.put("minSupport", minSupport);
        m.put("alpha", alpha);
        m.put("onPass", onPass.label());
        m.put("onNotSignificant", onNotSignificant.label());
        return m;
    }

    /**
     * Reads a policy; members left out keep {@code base}'s values.
     *
     * @throws InvalidValueException naming the member that is wrong
     */
    public static DecisionPolicy fromJson(String json, DecisionPolicy base) {
        Object root;
        try {
            root = JsonReader.parse(json);
        } catch (MalformedJsonException e) {
            throw new InvalidValueException("policy", "malformed JSON: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new InvalidValueException("policy", "a policy is a JSON object");
        }
        for (Object key : m.keySet()) {
            if (!base.toMap().containsKey(key)) {
                throw new InvalidValueException(
                        key.toString(),
                        "is not a policy member (known: " + base.toMap().keySet() + ")");
            }
        }
        return new DecisionPolicy(
                m.containsKey("metric") ? PolicyMetric.parse(text(m, "metric")) : base.metric,
                number(m, "minImprovement", base.minImprovement),
                number(m, "recallFloor", base.recallFloor),
                m.containsKey("recallFloors") ? floors(m.get("recallFloors")) : base.recallFloors,
                (int) number(m, "minSupport", base.minSupport),
                number(m, "alpha", base.alpha),
                m.containsKey("onPass") ? DecisionOutcome.parse(text(m, "onPass"), "onPass") : base.onPass,
                m.containsKey("onNotSignificant")
                        ? DecisionOutcome.parse(text(m, "onNotSignificant"), "onNotSignificant")
                        : base.onNotSignificant);
    }

    /** This policy with the members {@code json} names replaced ({@link #fromJson} over this one). */
    public DecisionPolicy fromJsonOver(String json) {
        return fromJson(json, this);
    }

    private static String text(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw new InvalidValueException(key, "must be a string");
        }
        return s;
    }

    private static double number(Map<?, ?> m, String key, double fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Double d)) {
            throw new InvalidValueException(key, "must be a number");
        }
        return d;
    }

    private static Map<Integer, Double> floors(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new InvalidValueException("recallFloors", "must map class codes to recalls, e.g. {\"4\":0.8}");
        }
        Map<Integer, Double> out = new TreeMap<>();
        m.forEach((k, v) -> {
            try {
                out.put(Integer.parseInt(k.toString()), (Double) v);
            } catch (NumberFormatException | ClassCastException e) {
                throw new InvalidValueException("recallFloors." + k, "keys are class codes, values recalls");
            }
        });
        return out;
    }
}
