package landcover.mlops.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import landcover.domain.AliasRef;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.train.ForestParams;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.CatalogIngestOp;
import landcover.raster.imagery.catalog.IngestResult;
import landcover.raster.imagery.catalog.IngestSettings;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.sample.SampleFiles;
import landcover.raster.imagery.sample.SampleRegion;

/**
 * The embedded mode's first start: generates the synthetic sample region into the data directory,
 * builds its local imagery catalog, and for every sample year trains a baseline on the year's base
 * points, registers it with full lineage ({@code synthetic}, created by {@code bootstrap}) and points
 * {@code production} at it with reason {@code baseline}. Stateless.
 *
 * <p><b>Idempotent and crash-safe.</b> Each step checks what is there before doing anything: the
 * sample region is generated into a staging folder renamed into place, so it is complete or absent;
 * the catalog ingest skips years whose inputs are unchanged and publishes atomically; a year is
 * trained only when the registry has no version of it (registration is atomic), and {@code
 * production} is set only when unset. A run killed anywhere leaves state the next run finishes, and
 * never registers a second baseline for a year.
 */
public final class BootstrapOp {
    private BootstrapOp() {}

    /** Brings the data directory up to date; returns what was done. */
    public static BootstrapReport run(BootstrapSettings settings, ModelRegistry registry) {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        EmbeddedLayout layout = settings.layout();
        settings.progress().accept("bootstrap: data directory " + layout.dataDir());
        long t0 = System.nanoTime();
        boolean generated = ensureSampleRegion(settings);
        long t1 = System.nanoTime();
        ensureCatalog(settings);
        long t2 = System.nanoTime();
        List<BootstrapYear> years = new ArrayList<>();
        try (ImagerySource imagery = LocalCatalog.open(layout.catalog())) {
            for (Year year : SampleRegion.years()) {
                years.add(ensureModel(settings, registry, imagery, year));
            }
        }
        BootstrapReport report = new BootstrapReport(
                generated,
                Duration.ofNanos(t1 - t0),
                Duration.ofNanos(t2 - t1),
                years,
                Duration.ofNanos(System.nanoTime() - start));
        settings.progress()
                .accept(String.format(
                        Locale.ROOT,
                        "bootstrap: done in %.1f s, %.1f s of CPU (%d model(s) registered)",
                        report.total().toMillis() / 1000.0,
                        (cpuNanos() - cpuStart) / 1e9,
                        report.registered()));
        return report;
    }

    private static boolean ensureSampleRegion(BootstrapSettings settings) {
        Path target = settings.layout().sampleRegion();
        if (Files.isDirectory(target)) {
            settings.progress().accept("bootstrap: sample region present at " + target);
            return false;
        }
        settings.progress()
                .accept("bootstrap: generating the SYNTHETIC sample region (seed " + settings.sampleSeed() + ") into "
                        + target);
        Path staging = target.resolveSibling("." + target.getFileName() + ".staging");
        long t = System.nanoTime();
        long cpu = cpuNanos();
        try {
            deleteTree(staging);
            SampleRegion.generate(staging, settings.sampleSeed());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            settings.progress()
                    .accept(String.format(
                            Locale.ROOT,
                            "bootstrap: sample region generated in %.1f s (%.1f s of CPU)",
                            (System.nanoTime() - t) / 1e9,
                            (cpuNanos() - cpu) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the sample region into " + target, e);
        }
        return true;
    }

    private static void ensureCatalog(BootstrapSettings settings) {
        SampleFiles files = new SampleFiles(settings.layout().sampleRegion());
        for (Year year : SampleRegion.years()) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            IngestResult r = CatalogIngestOp.run(IngestSettings.of(
                    files.scenes(year.value()),
                    files.dem(),
                    year,
                    settings.layout().catalog()));
            settings.progress()
                    .accept(
                            r.upToDate()
                                    ? "bootstrap: catalog " + year + " up to date"
                                    : String.format(
                                            Locale.ROOT,
                                            "bootstrap: catalog %d ingested: %d of %d scenes, %d sub-tiles, %.1f s (%.1f s of CPU)",
                                            year.value(),
                                            r.scenesUsed(),
                                            r.scenes(),
                                            r.subTiles(),
                                            (System.nanoTime() - t) / 1e9,
                                            (cpuNanos() - cpu) / 1e9));
        }
    }

    private static BootstrapYear ensureModel(
            BootstrapSettings settings, ModelRegistry registry, ImagerySource imagery, Year year) {
        long t = System.nanoTime();
        long cpu = cpuNanos();
        ModelName name = ModelName.DEFAULT;
        List<ModelVersionRecord> versions = registry.versions(name, year);
        ModelVersionRecord baseline;
        boolean trained = versions.isEmpty();
        double accuracy = Double.NaN;
        if (trained) {
            settings.progress()
                    .accept("bootstrap: training the " + year + " baseline (" + settings.trees() + " trees)");
            BaselineTraining.Trained model = BaselineTraining.train(
                    imagery,
                    year,
                    new SampleFiles(settings.layout().sampleRegion()).basePoints(year.value()),
                    ForestParams.defaults(settings.trainingSeed()).withTrees(settings.trees()),
                    settings.threads());
            accuracy = model.result().evaluation().overallAccuracy();
            baseline = register(settings, registry, model, year);
        } else {
            baseline = versions.stream()
                    .filter(BootstrapOp::isBootstrap)
                    .reduce((a, b) -> b)
                    .orElse(null);
        }
        boolean promoted = promoteIfUnset(settings, registry, year, baseline);
        ModelVersionRecord production = registry.resolve(AliasRef.production(year))
                .orElseThrow(() -> new IllegalStateException("no production model for " + year));
        Duration took = Duration.ofNanos(System.nanoTime() - t);
        settings.progress()
                .accept(String.format(
                        Locale.ROOT,
                        "bootstrap: %s is production for %s%s",
                        production.id(),
                        year,
                        trained
                                ? String.format(
                                        Locale.ROOT,
                                        " (holdout accuracy %.3f, %.1f s, %.1f s of CPU)",
                                        accuracy,
                                        took.toMillis() / 1e3,
                                        (cpuNanos() - cpu) / 1e9)
                                : ""));
        return new BootstrapYear(year, production.id(), trained, promoted, accuracy, took);
    }

    private static ModelVersionRecord register(
            BootstrapSettings settings, ModelRegistry registry, BaselineTraining.Trained model, Year year) {
        Path work = settings.layout().dataDir().resolve(".bootstrap").resolve(year.toString());
        try {
            deleteTree(work);
            var request = ModelPackage.write(
                    model,
                    new ModelPackage.Provenance(ModelName.DEFAULT, year, settings.sampleSeed(), settings.code()),
                    work);
            return registry.register(request);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot package the " + year + " baseline", e);
        } finally {
            try {
                deleteTree(work);
            } catch (IOException e) {
                settings.progress().accept("bootstrap: could not remove " + work + ": " + e.getMessage());
            }
        }
    }

    private static boolean promoteIfUnset(
            BootstrapSettings settings, ModelRegistry registry, Year year, ModelVersionRecord baseline) {
        AliasRef production = AliasRef.production(year);
        if (registry.resolve(production).isPresent() || baseline == null) {
            return false;
        }
        registry.moveAlias(new AliasMove(production, baseline.id().version(), ModelPackage.CREATOR, "baseline"));
        return true;
    }

    private static boolean isBootstrap(ModelVersionRecord record) {
        return ModelPackage.CREATOR.equals(record.lineage().createdBy().trigger());
    }

    /** CPU time of the whole process so far: the machine is shared, so wall time alone misleads. */
    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
