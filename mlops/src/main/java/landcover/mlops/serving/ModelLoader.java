package landcover.mlops.serving;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import landcover.domain.ModelId;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;

/**
 * Loads model versions from the registry for serving, and keeps the last few loaded so a rollback or
 * a redeploy does not read them again (versions are immutable, so a cached forest never goes stale).
 * Thread-safe; two threads loading the same version at once may both read it, and one result wins.
 */
final class ModelLoader {
    /** The artifact holding the compiled forest ({@link ForestFormat}). */
    static final String FOREST_ARTIFACT = ModelDirectory.MODEL;

    private final ModelRegistry registry;
    private final ServingMetrics metrics;
    private final Map<ModelId, LoadedModel> cache;

    ModelLoader(ModelRegistry registry, int cachedVersions, ServingMetrics metrics) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ModelId, LoadedModel> eldest) {
                return size() > cachedVersions;
            }
        };
    }

    /**
     * The version, loaded: forest read and verified against its SHA-256 (the registry checks every
     * read), decoded, and checked against the lineage.
     *
     * @throws ModelLoadException when the artifact is missing, damaged or does not match the lineage
     */
    LoadedModel load(ModelVersionRecord record) {
        synchronized (cache) {
            LoadedModel cached = cache.get(record.id());
            if (cached != null) {
                return cached;
            }
        }
        LoadedModel loaded = read(record);
        metrics.modelLoaded(loaded.id(), loaded.loadTime());
        synchronized (cache) {
            cache.put(record.id(), loaded);
        }
        return loaded;
    }

    private LoadedModel read(ModelVersionRecord record) {
        long start = System.nanoTime();
        ModelId id = record.id();
        CompiledForest forest;
        try {
            byte[] bytes = registry.readArtifact(id, FOREST_ARTIFACT);
            forest = ForestFormat.read(new ByteArrayInputStream(bytes));
        } catch (MlopsException e) {
            throw new ModelLoadException(id, e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelLoadException(id, "cannot decode " + FOREST_ARTIFACT + ": " + e.getMessage(), e);
        }
        check(record, forest);
        return new LoadedModel(record, forest, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The forest must read the lineage's features in the lineage's order and predict its classes. */
    private static void check(ModelVersionRecord record, CompiledForest forest) {
        var lineage = record.lineage();
        if (!forest.features().names().equals(lineage.features())
                || !forest.features().sha256().equals(lineage.featureHash().hex())) {
            throw new ModelLoadException(
                    record.id(),
                    "its forest reads " + forest.features().names() + " but its lineage lists " + lineage.features(),
                    null);
        }
        for (int code : forest.classCodes()) {
            if (lineage.classScheme().byCode(code).isEmpty()) {
                throw new ModelLoadException(
                        record.id(),
                        "its forest predicts class " + code + ", which scheme "
                                + lineage.classScheme().name() + " lacks",
                        null);
            }
        }
    }
}
