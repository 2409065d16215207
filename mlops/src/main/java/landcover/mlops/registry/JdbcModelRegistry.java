package landcover.mlops.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;

/**
 * The registry over a JDBC metadata database (H2 or PostgreSQL) and an {@link ArtifactStore}.
 * Registration, promotions and gc live in {@link Registrar}, {@link Promotions} and {@link
 * GarbageCollector}; this class answers queries and wires them. Thread-safe.
 */
final class JdbcModelRegistry implements ModelRegistry {
    private final Database db;
    private final ArtifactStore store;
    private final Registrar registrar;
    private final Promotions promotions;
    private final GarbageCollector collector;

    JdbcModelRegistry(Database db, ArtifactStore store, Clock clock, Registrar.Hook hook) {
        this.db = db;
        this.store = store;
        this.registrar = new Registrar(db, store, clock, hook);
        this.promotions = new Promotions(db, clock);
        this.collector = new GarbageCollector(db, store, clock);
    }

    @Override
    public ModelVersionRecord register(RegistrationRequest request) {
        return registrar.register(request, null);
    }

    @Override
    public Optional<ModelVersionRecord> find(ModelId id) {
        return db.read(c -> VersionRows.find(c, id));
    }

    @Override
    public Optional<ModelVersionRecord> resolve(AliasRef ref) {
        return db.read(c -> {
            Optional<ModelVersion> version = AliasRows.current(c, ref);
            return version.isEmpty()
                    ? Optional.<ModelVersionRecord>empty()
                    : VersionRows.find(c, new ModelId(ref.name(), ref.year(), version.get()));
        });
    }

    @Override
    public Map<Alias, ModelVersion> aliases(ModelName name, Year year) {
        return db.read(c -> AliasRows.current(c, name, year));
    }

    @Override
    public AliasEvent moveAlias(AliasMove move) {
        return promotions.move(move);
    }

    @Override
    public AliasEvent rollback(AliasRef ref, String by, String reason) {
        return promotions.rollback(ref, by, reason);
    }

    @Override
    public AliasEvent clearAlias(AliasRef ref, String by, String reason) {
        return promotions.clear(ref, by, reason);
    }

    @Override
    public List<AliasEvent> promoteShadow(ModelName name, Year year, String by, String reason) {
        return promotions.promoteShadow(name, year, by, reason);
    }

    @Override
    public List<AliasEvent> history(ModelName name, Year year) {
        return db.read(c -> AliasRows.events(c, name, year, null));
    }

    @Override
    public Optional<ModelVersion> aliasAsOf(AliasRef ref, Instant at) {
        return db.read(c -> AliasRows.asOf(c, ref, at));
    }

    @Override
    public List<ModelVersionRecord> versions(ModelName name, Year year) {
        return db.read(c -> VersionRows.list(c, name, year));
    }

    @Override
    public List<Year> years(ModelName name) {
        return db.read(c -> VersionRows.lines(c)).getOrDefault(name, List.of());
    }

    @Override
    public List<ModelName> names() {
        return new ArrayList<>(db.read(VersionRows::lines).keySet());
    }

    @Override
    public InputStream openArtifact(ModelId id, String name) {
        ArtifactEntry entry = get(id).artifact(name).orElseThrow(() -> new ArtifactMissingException(id, name, null));
        try {
            return new NamedArtifactStream(store.open(entry.sha256()), id, name);
        } catch (ArtifactMissingException e) {
            throw e.in(id, name);
        }
    }

    @Override
    public byte[] readArtifact(ModelId id, String name) {
        try (InputStream in = openArtifact(id, name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RegistryStorageException(store.location(), "cannot read artifact " + name + " of " + id, e);
        }
    }

    @Override
    public void copyArtifact(ModelId id, String name, Path target) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try (InputStream in = openArtifact(id, name);
                OutputStream out = Files.newOutputStream(part)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new RegistryStorageException(absolute.toString(), "cannot copy artifact " + name + " of " + id, e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
        try {
            Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new RegistryStorageException(absolute.toString(), "cannot copy artifact " + name + " of " + id, e);
        }
    }

    @Override
    public void exportBundle(ModelId id, Path bundle) {
        Bundles.write(get(id), describe(), this::openArtifact, bundle);
    }

    @Override
    public ModelVersionRecord importBundle(Path bundle) {
        String label = bundle.toString();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            Bundles.Contents contents = Bundles.read(zip, label);
            RegistrationRequest request = contents.request();
            Optional<ModelVersion> existing =
                    db.read(c -> VersionRows.importedFrom(c, request.name(), request.year(), contents.source()));
            if (existing.isPresent()) {
                return get(new ModelId(request.name(), request.year(), existing.get()));
            }
            return registrar.register(request, contents.source());
        } catch (IOException e) {
            throw new InvalidBundleException(label, "", "not a readable ZIP file: " + e.getMessage());
        }
    }

    @Override
    public GcReport gc(Duration grace) {
        return collector.collect(grace);
    }

    @Override
    public String describe() {
        return db.location() + " + " + store.location();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            db.close();
        }
    }

    /** Pending registrations (crashed or in flight), for tests. */
    int pendingRegistrations() {
        return db.read(PendingRows::count);
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // A stray .part file next to the target is harmless.
        }
    }
}
