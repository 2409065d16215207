package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.mlops.pipeline.EmbeddedFixture;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ArtifactEntry;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.RegistrySettings;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.RandomForestTrainer;
import landcover.mlops.train.data.SampleTableFormat;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.catalog.LocalCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promotion while requests keep coming: a registry of its own holds two different 2022 models (the
 * bootstrapped baseline and a 10-tree forest trained on its training set with another seed), and the
 * alias moves between them under load.
 */
class PromotionSwapTest {
    private static final Year Y2022 = new Year(2022);
    private static final AliasRef PRODUCTION = AliasRef.production(Y2022);

    @TempDir
    Path dir;

    private ModelRegistry registry;
    private ImagerySource imagery;
    private ResultStore store;
    private PredictionService service;
    private Aoi aoi;

    @BeforeEach
    void start() throws Exception {
        EmbeddedLayout fixture = EmbeddedFixture.get().layout();
        registry = ModelRegistries.open(RegistrySettings.embedded(dir));
        try (ModelRegistry source = ModelRegistries.open(fixture.registry())) {
            ModelVersionRecord baseline = source.get(ModelId.of(Y2022, 1));
            registry.register(copy(source, baseline, null));
            registry.register(copy(source, baseline, retrained(source, baseline)));
        }
        imagery = LocalCatalog.open(fixture.catalog());
        store = ResultStores.files(dir.resolve("results"), ResultRetention.defaults(), Clock.systemUTC());
        service = PredictionServices.builder(registry, imagery, store)
                .settings(ServingSettings.defaults().withReplicas(2, Map.of()).withRefreshInterval(Duration.ZERO))
                .start();
        aoi = ServedFixture.aoi(fixture.sampleRegion().resolve("aoi/stable.geojson"));
    }

    @AfterEach
    void stop() {
        service.close();
        store.close();
        imagery.close();
        registry.close();
    }

    @Test
    void promote_underContinuousLoad_failsNoRequestAndEveryAnswerNamesTheVersionThatComputedIt() throws Exception {
        service.deployments().promote(move(1));
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<YearPrediction> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    try {
                        answers.add(service.predict(PredictionRequest.of(aoi, Y2022))
                                .predictions()
                                .getFirst());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (int version : new int[] {2, 1, 2}) {
            awaitAnswers(answers, 5);
            service.deployments().promote(move(version));
        }
        long afterLastPromotion = answers.size();
        awaitAnswers(answers, (int) afterLastPromotion + 8);
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get();
        }
        clients.shutdown();

        assertThat(failures).isEmpty();
        Map<ModelVersion, Set<Double>> confidenceByVersion = answers.stream()
                .collect(Collectors.groupingBy(
                        p -> p.model().version(),
                        Collectors.mapping(YearPrediction::meanConfidence, Collectors.toSet())));
        assertThat(confidenceByVersion).containsOnlyKeys(new ModelVersion(1), new ModelVersion(2));
        assertThat(confidenceByVersion.values()).allSatisfy(c -> assertThat(c).hasSize(1));
        assertThat(confidenceByVersion.get(new ModelVersion(1)))
                .doesNotContainAnyElementsOf(confidenceByVersion.get(new ModelVersion(2)));
        assertThat(service.deployments().deployed())
                .singleElement()
                .satisfies(m -> assertThat(m.model()).isEqualTo(ModelId.of(Y2022, 2)));
        assertThat(registry.history(PRODUCTION.name(), Y2022)).hasSize(4);
    }

    @Test
    void promote_afterItReturns_newRequestsAreServedByTheNewVersionAndOldReplicasStop() throws Exception {
        service.deployments().promote(move(1));
        YearPrediction before =
                service.predict(PredictionRequest.of(aoi, Y2022)).predictions().getFirst();

        service.deployments().promote(move(2));
        YearPrediction after =
                service.predict(PredictionRequest.of(aoi, Y2022)).predictions().getFirst();

        assertThat(before.model()).isEqualTo(ModelId.of(Y2022, 1));
        assertThat(after.model()).isEqualTo(ModelId.of(Y2022, 2));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (service.deployments().replicas().stream().anyMatch(ReplicaStatus::draining)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(service.deployments().replicas())
                .extracting(ReplicaStatus::model)
                .containsOnly(ModelId.of(Y2022, 2));
    }

    @Test
    void predict_yearWithImageryButNoProductionModel_throwsNoModelForYear() {
        assertThatThrownBy(() -> service.predict(PredictionRequest.of(aoi, new Year(2021))))
                .isInstanceOfSatisfying(
                        NoModelForYearException.class, e -> assertThat(e.year()).isEqualTo(new Year(2021)));
    }

    private static AliasMove move(int version) {
        return new AliasMove(PRODUCTION, new ModelVersion(version), "tester", "swap test");
    }

    private static void awaitAnswers(ConcurrentLinkedQueue<YearPrediction> answers, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (answers.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** The baseline's registration, with another forest when given. */
    private static RegistrationRequest copy(ModelRegistry source, ModelVersionRecord record, byte[] forest) {
        Map<String, byte[]> files = new HashMap<>();
        for (ArtifactEntry a : record.artifacts()) {
            files.put(a.name(), source.readArtifact(record.id(), a.name()));
        }
        if (forest != null) {
            files.put("model.lcrf", forest);
        }
        List<ArtifactUpload> uploads = record.artifacts().stream()
                .map(a -> ArtifactUpload.ofBytes(a.name(), a.mediaType(), files.get(a.name())))
                .toList();
        return new RegistrationRequest(record.id().name(), Y2022, record.lineage(), uploads);
    }

    /** A 10-tree forest on the baseline's training set, another seed: another model, same features. */
    private byte[] retrained(ModelRegistry source, ModelVersionRecord baseline) throws Exception {
        Path training = dir.resolve("training.csv");
        Files.write(training, source.readArtifact(baseline.id(), "training.csv"));
        var forest = new RandomForestTrainer(2)
                .train(
                        SampleTableFormat.read(training),
                        ForestParams.defaults(99).withTrees(10))
                .compile();
        return TinyModels.bytes(forest);
    }
}
