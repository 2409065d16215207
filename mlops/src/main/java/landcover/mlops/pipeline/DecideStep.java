package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelVersion;
import landcover.mlops.pipeline.policy.Decision;
import landcover.mlops.pipeline.policy.DecisionOutcome;
import landcover.mlops.pipeline.policy.DecisionPolicy;
import landcover.mlops.pipeline.policy.MetricSet;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;

/**
 * Applies the year's policy to the paired predictions and acts on it: {@code promote} moves
 * {@code production} to the challenger, {@code shadow} moves {@code shadow} to it, {@code
 * await-approval} and {@code reject} move nothing. The history reason carries the decision's
 * summary (metric deltas, McNemar, failed floors). Idempotent: an alias already on the challenger
 * is not moved again; nothing moves when production is no longer the champion the run started from.
 */
final class DecideStep implements Step {
    @Override
    public StepName name() {
        return StepName.DECIDE;
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    @Override
    public Map<String, Object> inputs(StepContext context) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("challenger", context.outputs(StepName.REGISTER).get("challenger"));
        in.put("policy", context.services().policies().of(context.run().year()).toMap());
        return in;
    }

    @Override
    public Map<String, Object> run(StepContext context, Path dir) {
        Decision decision = decide(context);
        ModelVersion challenger =
                new ModelVersion(((Number) context.outputs(StepName.REGISTER).get("challenger")).intValue());
        List<String> actions = new ArrayList<>();
        Optional<ModelVersion> production =
                context
                        .services()
                        .registry()
                        .aliases(context.run().line(), context.run().year())
                        .entrySet()
                        .stream()
                        .filter(e -> e.getKey().equals(Alias.PRODUCTION))
                        .map(Map.Entry::getValue)
                        .findFirst();
        if (!production.equals(Optional.of(context.champion().id().version()))) {
            actions.add("production is "
                    + production.map(ModelVersion::toString).orElse("unset") + ", no longer the champion "
                    + context.champion().id().version() + ": no alias moved");
        } else {
            act(context, decision.outcome(), challenger, decision.summary(), actions);
        }
        actions.forEach(context::log);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", decision.toMap());
        out.put("actions", actions);
        return out;
    }

    static Decision decide(StepContext context) {
        EvaluateStep.Paired p = EvaluateStep.read(context.dir(StepName.EVALUATE));
        int rows = p.reference().length;
        DecisionPolicy policy = context.services().policies().of(context.run().year());
        return Decision.decide(
                policy, MetricSet.of(p.champion(0, rows)), MetricSet.of(p.challenger(0, rows)), p.mcnemar(), rows);
    }

    /** Moves the alias an outcome asks for, unless it already points at the challenger. */
    static void act(
            StepContext context,
            DecisionOutcome outcome,
            ModelVersion challenger,
            String reason,
            List<String> actions) {
        Alias alias = switch (outcome) {
            case PROMOTE -> Alias.PRODUCTION;
            case SHADOW -> Alias.SHADOW;
            case AWAIT_APPROVAL, REJECT -> null;
        };
        if (alias == null) {
            actions.add(outcome.label() + ": no alias moved");
            return;
        }
        AliasRef ref = context.alias(alias);
        if (context.services().registry().aliases(ref.name(), ref.year()).get(alias) instanceof ModelVersion v
                && v.equals(challenger)) {
            actions.add(ref + " already points at " + challenger);
            return;
        }
        AliasMove move =
                new AliasMove(ref, challenger, "pipeline " + context.run().id(), reason);
        AliasEvent event = outcome == DecisionOutcome.PROMOTE
                ? context.services().rollout().promote(move)
                : context.services().rollout().shadow(move);
        actions.add("moved " + ref + " from " + event.from() + " to " + event.to() + " (history #" + event.sequence()
                + ")");
    }
}
