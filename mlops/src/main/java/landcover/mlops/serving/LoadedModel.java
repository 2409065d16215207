package landcover.mlops.serving;

import java.time.Duration;
import java.util.Objects;
import landcover.domain.ClassScheme;
import landcover.domain.ModelId;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.registry.ModelVersionRecord;

/**
 * A model version ready to classify: its registry record, its compiled forest (checked against the
 * lineage's feature list and class scheme) and how long loading took. Immutable and thread-safe.
 *
 * @param record the registry record
 * @param forest the compiled forest
 * @param loadTime reading, verifying and decoding the artifacts
 */
record LoadedModel(ModelVersionRecord record, CompiledForest forest, Duration loadTime) {
    LoadedModel {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(loadTime, "loadTime");
    }

    ModelId id() {
        return record.id();
    }

    ClassScheme scheme() {
        return record.lineage().classScheme();
    }

    boolean isSynthetic() {
        return record.lineage().synthetic();
    }
}
