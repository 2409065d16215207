package landcover.mlops.pipeline.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A policy's verdict on a challenger, with the evidence: both models' figures on the same holdout
 * rows, the deltas, McNemar's test on the paired predictions, and the class floors it failed.
 *
 * @param outcome what happens to the challenger
 * @param reasons why, one sentence per check that decided it, in check order
 * @param policy the policy applied
 * @param champion the champion's figures
 * @param challenger the challenger's figures
 * @param mcnemar McNemar's test (b: champion right, challenger wrong; c: the reverse)
 * @param failedFloors classes below their recall floor
 * @param holdoutRows rows both models were scored on
 */
public record Decision(
        DecisionOutcome outcome,
        List<String> reasons,
        DecisionPolicy policy,
        MetricSet champion,
        MetricSet challenger,
        McNemarTest mcnemar,
        List<FailedFloor> failedFloors,
        int holdoutRows) {
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(champion, "champion");
        Objects.requireNonNull(challenger, "challenger");
        Objects.requireNonNull(mcnemar, "mcnemar");
        failedFloors = List.copyOf(failedFloors);
    }

    /** Applies {@code policy} to two models' figures on the same rows and their McNemar test. */
    public static Decision decide(
            DecisionPolicy policy, MetricSet champion, MetricSet challenger, McNemarTest mcnemar, int rows) {
        List<String> reasons = new ArrayList<>();
        double delta = challenger.value(policy.metric()) - champion.value(policy.metric());
        boolean improves = delta >= policy.minImprovement();
        reasons.add(String.format(
                Locale.ROOT,
                "%s %.4f -> %.4f (%+.4f), %s %+.4f",
                policy.metric().label(),
                champion.value(policy.metric()),
                challenger.value(policy.metric()),
                delta,
                improves ? "meets the required" : "short of the required",
                policy.minImprovement()));
        List<FailedFloor> failed = floors(policy, challenger);
        failed.forEach(f -> reasons.add(String.format(
                Locale.ROOT,
                "class %d recall %.3f is below its floor %.3f (%d rows)",
                f.code(),
                f.recall(),
                f.floor(),
                f.support())));
        boolean significant = mcnemar.favoursChallenger(policy.alpha());
        reasons.add(mcnemar.summary()
                + (significant ? " favours the challenger" : " does not favour the challenger")
                + String.format(Locale.ROOT, " at alpha %.3g", policy.alpha()));
        DecisionOutcome outcome = !improves || !failed.isEmpty()
                ? DecisionOutcome.REJECT
                : significant ? policy.onPass() : policy.onNotSignificant();
        return new Decision(outcome, reasons, policy, champion, challenger, mcnemar, failed, rows);
    }

    private static List<FailedFloor> floors(DecisionPolicy policy, MetricSet challenger) {
        List<FailedFloor> failed = new ArrayList<>();
        challenger.recall().forEach((code, recall) -> {
            long support = challenger.support().getOrDefault(code, 0L);
            double floor = policy.floorOf(code);
            if (support >= policy.minSupport() && recall < floor) {
                failed.add(new FailedFloor(code, recall, floor, support));
            }
        });
        return failed;
    }

    /** The change of a metric from champion to challenger. */
    public double delta(PolicyMetric metric) {
        return challenger.value(metric) - champion.value(metric);
    }

    /**
     * One line for the promotion history (at most 1000 characters), e.g. {@code shadow by policy:
     * kappa 0.6100 -> 0.7900 (+0.1800) …; McNemar b=4 c=61 p=1.1e-12 …}.
     */
    public String summary() {
        String text = outcome.label() + " by policy: " + String.join("; ", reasons);
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    /** JSON-ready map of the decision and its evidence. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", outcome.label());
        m.put("reasons", reasons);
        m.put("policy", policy.toMap());
        m.put("holdoutRows", holdoutRows);
        m.put("champion", champion.toMap());
        m.put("challenger", challenger.toMap());
        Map<String, Object> deltas = new LinkedHashMap<>();
        for (PolicyMetric metric : PolicyMetric.values()) {
            deltas.put(metric.label(), delta(metric));
        }
        m.put("deltas", deltas);
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("b", mcnemar.b());
        test.put("c", mcnemar.c());
        test.put("statistic", mcnemar.statistic());
        test.put("pValue", mcnemar.pValue());
        test.put("method", mcnemar.method());
        m.put("mcnemar", test);
        List<Map<String, Object>> floors = new ArrayList<>();
        failedFloors.forEach(f ->
                floors.add(Map.of("code", f.code(), "recall", f.recall(), "floor", f.floor(), "support", f.support())));
        m.put("failedFloors", floors);
        return m;
    }
}
