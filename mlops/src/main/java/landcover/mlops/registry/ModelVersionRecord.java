package landcover.mlops.registry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import landcover.domain.ModelId;

/**
 * A registered, immutable model version.
 *
 * @param id line, year and version number
 * @param lineage how it was made and how it scored
 * @param artifacts its files, in registration order
 * @param createdAt when it became visible in this registry
 * @param importedFrom for a version imported from a bundle, the source version and registry (e.g.
 *     {@code landcover/2023/v3 from /data/artifacts}); null for one registered here
 */
public record ModelVersionRecord(
        ModelId id, Lineage lineage, List<ArtifactEntry> artifacts, Instant createdAt, String importedFrom) {
    public ModelVersionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lineage, "lineage");
        artifacts = List.copyOf(artifacts);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The artifact with this name, if the version has one. */
    public Optional<ArtifactEntry> artifact(String name) {
        return artifacts.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Where it was imported from, if it was. */
    public Optional<String> source() {
        return Optional.ofNullable(importedFrom);
    }
}
