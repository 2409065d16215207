package landcover.mlops.serving;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import landcover.domain.Alias;
import landcover.domain.ClassScheme;
import landcover.domain.ModelId;

/**
 * A model version serving under an alias.
 *
 * @param model the version
 * @param alias the alias
 * @param replicas its replica count
 * @param capacity requests it holds at most, running plus queued
 * @param loadTime how long reading, verifying and decoding it took
 * @param deployedAt when its replicas started taking requests
 * @param features the features it reads, in order
 * @param scheme its classes
 * @param synthetic whether it was trained on synthetic data
 */
public record DeployedModel(
        ModelId model,
        Alias alias,
        int replicas,
        int capacity,
        Duration loadTime,
        Instant deployedAt,
        List<String> features,
        ClassScheme scheme,
        boolean synthetic) {
    public DeployedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(loadTime, "loadTime");
        Objects.requireNonNull(deployedAt, "deployedAt");
        features = List.copyOf(features);
        Objects.requireNonNull(scheme, "scheme");
    }
}
