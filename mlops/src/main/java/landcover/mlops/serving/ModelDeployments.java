package landcover.mlops.serving;

import java.util.List;
import landcover.domain.Alias;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;

/**
 * Which model versions serve which (year, alias), each in its own replica pool, and how they change
 * without failing a request: a new version's replicas are started and its model loaded <em>before</em>
 * serving switches to it; requests already accepted finish on the old version, whose pool then drains
 * and stops. Every prediction names the version that served it. Thread-safe.
 */
public interface ModelDeployments {
    /**
     * Deploys, for every year of the served model line with the alias set, the version it points at
     * (at start-up: readiness waits for this).
     *
     * @return what is deployed under the alias afterwards, by year
     * @throws ModelLoadException when a version cannot be loaded (nothing else is affected)
     */
    List<DeployedModel> deployAll(Alias alias);

    /**
     * The deployment of a year's alias, deploying the version it points at if none is yet.
     *
     * @throws NoModelForYearException when the alias is not set for the year
     * @throws ModelLoadException when the version cannot be loaded
     */
    DeployedModel deploy(Year year, Alias alias);

    /**
     * Moves an alias and switches serving with no failed or dropped request: loads the target version
     * into new warm replicas, moves the alias in the registry (one transaction, recorded in the
     * history), switches new requests to the new replicas, and drains the old ones.
     *
     * @return the registry's history event
     * @throws landcover.mlops.registry.ModelNotFoundException when the version is not registered
     * @throws ModelLoadException when it cannot be loaded (the alias is not moved)
     */
    AliasEvent promote(AliasMove move);

    /**
     * Compares every deployment with the registry and follows alias changes made elsewhere (the CLI,
     * another server): swaps in the version an alias now points at, undeploys cleared aliases, and
     * deploys {@code production} for years that gained it. Runs by itself at the configured interval.
     *
     * @return what is deployed afterwards
     */
    List<DeployedModel> refresh();

    /** Stops serving a year's alias; requests already accepted finish. */
    void undeploy(Year year, Alias alias);

    /** What is deployed now, by year then alias. */
    List<DeployedModel> deployed();

    /** Every replica's state now, draining pools included. */
    List<ReplicaStatus> replicas();
}
