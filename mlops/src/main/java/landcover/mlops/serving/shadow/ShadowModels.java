package landcover.mlops.serving.shadow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.inference.CompiledForest;
import landcover.mlops.inference.ForestFormat;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;

/** Where the mirror finds each year's shadow model. Implementations are thread-safe. */
@FunctionalInterface
public interface ShadowModels {
    /** The year's shadow model, or empty when the year has none. */
    Optional<ShadowModel> shadow(Year year);

    /**
     * Shadow models from the registry's {@code shadow} aliases: the alias is looked up again once it
     * is older than {@code ttl} (so alias moves made anywhere reach the mirror within it), and each
     * version's forest is read, verified and decoded once.
     */
    static ShadowModels fromRegistry(ModelRegistry registry, ModelName line, Duration ttl, Clock clock) {
        record Lookup(Optional<ModelId> id, Instant at) {}
        Map<Year, Lookup> aliases = new ConcurrentHashMap<>();
        Map<ModelId, CompiledForest> forests = new ConcurrentHashMap<>();
        return year -> {
            Instant now = clock.instant();
            Lookup l = aliases.get(year);
            if (l == null || l.at().plus(ttl).isBefore(now)) {
                l = new Lookup(
                        registry.resolve(new AliasRef(line, year, Alias.SHADOW)).map(ModelVersionRecord::id), now);
                aliases.put(year, l);
            }
            return l.id().map(id -> new ShadowModel(id, forests.computeIfAbsent(id, i -> load(registry, i))));
        };
    }

    private static CompiledForest load(ModelRegistry registry, ModelId id) {
        try (InputStream in = registry.openArtifact(id, ModelDirectory.MODEL)) {
            return ForestFormat.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load shadow model " + id, e);
        }
    }
}
