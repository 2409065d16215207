package landcover.mlops.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.AliasRef;
import landcover.domain.ClassScheme;
import landcover.domain.ModelName;
import landcover.mlops.inference.ModelDirectory;
import landcover.mlops.monitoring.ReferenceHistograms;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.Creator;
import landcover.mlops.registry.DatabaseSettings;
import landcover.mlops.registry.ImagerySource;
import landcover.mlops.registry.JsonDocument;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.RegistrySettings;
import landcover.mlops.registry.Sha256;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.ModelDirectoryWriter;
import landcover.mlops.train.TrainingOp;
import landcover.mlops.train.TrainingRequest;
import landcover.mlops.train.TrainingResult;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelledGeometry;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.RasterSampler;
import landcover.raster.imagery.FeatureRequest;

/**
 * A registry with a champion for the toy world's year (trained, like the sample region's baselines,
 * on points of ground that did not change — so it never saw the burnt square), and a lifecycle over
 * it. Everything is SYNTHETIC and seeded.
 */
final class PipelineFixture implements AutoCloseable {
    static final CodeVersion CODE = new CodeVersion("0123456789abcdef0123456789abcdef01234567", Map.of("java", "25"));
    static final long SEED = 42;
    static final int TREES = 30;

    final Path dataDir;
    final ToyWorld world = new ToyWorld();
    final ModelRegistry registry;
    final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    Lifecycle lifecycle;

    PipelineFixture(Path dataDir) {
        this.dataDir = dataDir;
        this.registry = ModelRegistries.open(RegistrySettings.embedded(dataDir));
    }

    private static Path template;

    /**
     * A fixture over a copy of a data directory that already holds the champion and the new batch
     * (prepared once per JVM: training the champion is the slow part).
     */
    static synchronized PipelineFixture withChampionAndBatch(Path dataDir) throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("lifecycle-template");
            try (PipelineFixture fx = new PipelineFixture(dir)) {
                fx.champion();
                fx.open(fx.config())
                        .groundTruth()
                        .add(landcover.mlops.pipeline.truth.GroundTruthUpload.of(
                                ToyWorld.YEAR, fx.newBatch(), null, "burn-survey.geojson", "ana"));
            }
            template = dir;
        }
        copyTree(template, dataDir);
        return new PipelineFixture(dataDir);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    DatabaseSettings database() {
        return RegistrySettings.embedded(dataDir).database();
    }

    PipelineSettings settings() {
        return PipelineSettings.defaults(dataDir.resolve("pipeline"), CODE)
                .withClock(clock)
                .withLockTtl(Duration.ofSeconds(5));
    }

    Lifecycle.Config config() {
        return Lifecycle.Config.of(database(), registry, world, settings());
    }

    Lifecycle open(Lifecycle.Config config) {
        lifecycle = Lifecycle.open(config);
        return lifecycle;
    }

    /** Trains and registers the champion, and makes it production. */
    ModelVersionRecord champion() throws IOException {
        List<LabelledGeometry> labels = new ArrayList<>();
        for (int[] p : ToyWorld.lattice(12, 0, (c, r) -> !ToyWorld.isBurnt(c, r))) {
            double[] ll = world.lonLat(p[0], p[1]);
            labels.add(LabelledGeometry.point(
                    "p" + labels.size(), Integer.toString(ToyWorld.classAt(p[0], p[1])), ll[0], ll[1]));
        }
        var read =
                world.read(new FeatureRequest(ToyWorld.YEAR, ExtractFeaturesStep.envelope(labels), ToyWorld.FEATURES));
        LabelledSamples samples = RasterSampler.sample(
                read.features(), labels, new RasterSampler.Options(true, 100, SEED), Optional.of(ClassScheme.DEFAULT));
        TrainingResult r = TrainingOp.run(new TrainingRequest(
                samples,
                Optional.empty(),
                0.15,
                GroupedSplit.HoldoutRows.FIRST,
                ForestParams.defaults(SEED).withTrees(TREES),
                2));
        Path dir = dataDir.resolve("champion");
        ModelDirectoryWriter.write(r, dir);
        Files.write(
                dir.resolve(ReferenceHistograms.ARTIFACT),
                ReferenceHistograms.of(
                                r.training().features().names(), r.training().values())
                        .toJson());
        List<ArtifactUpload> uploads = new ArrayList<>();
        for (String name : List.of(
                ModelDirectory.MODEL,
                ModelDirectory.SCHEME,
                ModelDirectory.METRICS,
                ModelDirectory.TRAINING,
                ModelDirectory.HOLDOUT,
                ReferenceHistograms.ARTIFACT)) {
            uploads.add(ArtifactUpload.ofFile(name, "application/octet-stream", dir.resolve(name)));
        }
        Lineage lineage = Lineage.builder()
                .hyperparameters(new JsonDocument(r.forest().params().toJson()))
                .metrics(new JsonDocument(
                        Files.readString(dir.resolve(ModelDirectory.METRICS)).strip()))
                .features(ToyWorld.FEATURES)
                .data(
                        Sha256.of(Files.readAllBytes(dir.resolve(ModelDirectory.TRAINING))),
                        Sha256.of(Files.readAllBytes(dir.resolve(ModelDirectory.HOLDOUT))))
                .imagery(new ImagerySource(world.describe(), List.of("toy-scene")))
                .code(CODE)
                .createdBy(new Creator(null, "bootstrap", "bootstrap"))
                .synthetic(true)
                .description("SYNTHETIC toy champion")
                .build();
        ModelVersionRecord v =
                registry.register(new RegistrationRequest(ModelName.DEFAULT, ToyWorld.YEAR, lineage, uploads));
        registry.moveAlias(
                new AliasMove(AliasRef.production(ToyWorld.YEAR), v.id().version(), "bootstrap", "baseline"));
        return v;
    }

    /** New ground truth: mostly the burnt square, plus a few stable locations of each class. */
    String newBatch() {
        List<int[]> pixels = new ArrayList<>(ToyWorld.lattice(10, 5, ToyWorld::isBurnt));
        pixels.addAll(ToyWorld.lattice(40, 9, (c, r) -> !ToyWorld.isBurnt(c, r)));
        return world.points(pixels);
    }

    @Override
    public void close() {
        if (lifecycle != null) {
            lifecycle.close();
        }
        registry.close();
    }

    /** A clock tests move by hand; thread-safe. */
    static final class MutableClock extends java.time.Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
