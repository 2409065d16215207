package landcover.mlops.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import landcover.domain.ModelId;
import landcover.domain.aoi.Aoi;
import landcover.mlops.pipeline.EmbeddedFixture;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.sample.SampleFiles;

/**
 * A prediction service over the bootstrapped embedded data directory ({@link EmbeddedFixture}): its
 * registry, its local catalog, and a result store of the test's own. Close it after the test class.
 */
final class ServedFixture implements AutoCloseable {
    final EmbeddedLayout layout;
    final ModelRegistry registry;
    final ImagerySource imagery;
    final ResultStore store;
    final RecordingMetrics metrics = new RecordingMetrics();
    final PredictionService service;

    ServedFixture(Path results, ServingSettings settings) {
        this.layout = EmbeddedFixture.get().layout();
        this.registry = ModelRegistries.open(layout.registry());
        this.imagery = LocalCatalog.open(layout.catalog());
        this.store = ResultStores.files(results, ResultRetention.defaults(), Clock.systemUTC());
        this.service = PredictionServices.builder(registry, imagery, store)
                .settings(settings)
                .metrics(metrics)
                .start();
    }

    /** The sample region's AOI over ground whose class never changes (a 600 m square). */
    Aoi stableAoi() {
        return aoi(new SampleFiles(layout.sampleRegion()).stableAoi());
    }

    /** The sample region's AOI inside the 2023 burnt scar. */
    Aoi changedAoi() {
        return aoi(new SampleFiles(layout.sampleRegion()).changedAoi(2023));
    }

    static Aoi aoi(Path file) {
        try {
            return Aoi.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a stored raster to a file, for GDAL and the GeoTIFF reader. */
    static Path copy(StoredRaster raster, Path dir) {
        Path file = dir.resolve(raster.fileName());
        try (InputStream in = raster.open()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        service.close();
        store.close();
        imagery.close();
        registry.close();
    }

    /** Keeps everything reported, for assertions. Thread-safe. */
    static final class RecordingMetrics implements ServingMetrics {
        final List<PredictionEvent> events = new CopyOnWriteArrayList<>();
        final List<ModelId> loads = new CopyOnWriteArrayList<>();
        volatile Supplier<List<ReplicaStatus>> replicas;

        @Override
        public void predicted(PredictionEvent event) {
            events.add(event);
        }

        @Override
        public void modelLoaded(ModelId model, java.time.Duration loadTime) {
            loads.add(model);
        }

        @Override
        public void watchReplicas(Supplier<List<ReplicaStatus>> source) {
            replicas = source;
        }
    }
}
