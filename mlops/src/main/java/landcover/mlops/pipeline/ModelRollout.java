package landcover.mlops.pipeline;

import java.util.List;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.serving.ModelDeployments;

/**
 * How a decision reaches serving: alias moves in the registry, plus — when serving runs in this
 * process — warm replicas for the new target before traffic switches to it. {@link
 * #registryOnly(ModelRegistry)} only moves aliases (serving elsewhere follows the registry).
 */
public interface ModelRollout {
    /** Points {@code production} at a version (the swap drops and fails no request). */
    AliasEvent promote(AliasMove move);

    /** Points {@code shadow} at a version (mirrored traffic starts reaching it). */
    AliasEvent shadow(AliasMove move);

    /**
     * Makes the shadow version production and clears shadow in one registry transaction, then
     * switches serving to it.
     */
    List<AliasEvent> promoteShadow(ModelName line, Year year, String by, String reason);

    /** Alias moves only. */
    static ModelRollout registryOnly(ModelRegistry registry) {
        return new ModelRollout() {
            @Override
            public AliasEvent promote(AliasMove move) {
                return registry.moveAlias(move);
            }

            @Override
            public AliasEvent shadow(AliasMove move) {
                return registry.moveAlias(move);
            }

            @Override
            public List<AliasEvent> promoteShadow(ModelName line, Year year, String by, String reason) {
                return registry.promoteShadow(line, year, by, reason);
            }
        };
    }

    /**
     * Alias moves that serving in this process follows without failing a request: {@code promote}
     * through the deployments' warm swap; {@code shadow} in the registry (the mirror finds it);
     * {@code promoteShadow} in one registry transaction, then the deployments refresh — the new
     * production replicas load while the old ones keep serving, traffic switches, the old drain.
     */
    static ModelRollout serving(ModelRegistry registry, ModelDeployments deployments) {
        return new ModelRollout() {
            @Override
            public AliasEvent promote(AliasMove move) {
                return deployments.promote(move);
            }

            @Override
            public AliasEvent shadow(AliasMove move) {
                return registry.moveAlias(move);
            }

            @Override
            public List<AliasEvent> promoteShadow(ModelName line, Year year, String by, String reason) {
                List<AliasEvent> events = registry.promoteShadow(line, year, by, reason);
                deployments.refresh();
                return events;
            }
        };
    }
}
