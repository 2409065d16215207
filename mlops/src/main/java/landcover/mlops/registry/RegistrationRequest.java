package landcover.mlops.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelName;
import landcover.domain.Year;

/**
 * A new version to register: its model line and year, its lineage and its files. The version number
 * is assigned by the registry.
 *
 * @param name the model line
 * @param year the year the model classifies
 * @param lineage how it was made and how it scored
 * @param artifacts its files, at least one, names unique
 */
public record RegistrationRequest(ModelName name, Year year, Lineage lineage, List<ArtifactUpload> artifacts) {
    public RegistrationRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(lineage, "lineage");
        artifacts = List.copyOf(artifacts);
        if (artifacts.isEmpty()) {
            throw new InvalidValueException("artifacts", "a model version needs at least one artifact");
        }
        Set<String> names = new HashSet<>();
        for (ArtifactUpload a : artifacts) {
            if (!names.add(a.name())) {
                throw new InvalidValueException("artifacts", "artifact name " + a.name() + " is used twice");
            }
        }
    }
}
