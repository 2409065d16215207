package landcover.mlops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ArtifactEntry;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.Sha256;
import landcover.raster.features.FeatureList;
import landcover.raster.imagery.sample.SampleRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded bootstrap: the real first start (shared fixture), a second start, and a resumed crash. */
class BootstrapOpTest {
    private static final List<String> ARTIFACTS = List.of(
            "model.lcrf",
            "scheme.json",
            "params.json",
            "metrics.json",
            "confusion.csv",
            "confusion.png",
            "importance.csv",
            "training.csv",
            "holdout.csv",
            "metadata.json",
            "reference-histograms.json");

    @TempDir
    Path dir;

    @Test
    void run_emptyDataDirectory_registersAndPromotesOneBaselinePerSampleYearWithFullLineage() {
        EmbeddedFixture fixture = EmbeddedFixture.get();

        try (ModelRegistry registry = ModelRegistries.open(fixture.layout().registry())) {
            for (Year year : SampleRegion.years()) {
                assertThat(registry.versions(ModelName.DEFAULT, year)).hasSize(1);
                ModelVersionRecord v =
                        registry.resolve(AliasRef.production(year)).orElseThrow();
                assertThat(v.id()).isEqualTo(ModelId.of(year, 1));
                assertBaselineLineage(registry, v);
                AliasEvent promotion = registry.history(ModelName.DEFAULT, year).getFirst();
                assertThat(promotion.by()).isEqualTo("bootstrap");
                assertThat(promotion.reason()).isEqualTo("baseline");
            }
        }
        if (fixture.report().generatedSampleRegion()) { // a fresh fixture (not a kept local one)
            assertThat(fixture.report().registered()).isEqualTo(5);
            assertThat(fixture.log()).anySatisfy(l -> assertThat(l).contains("generating the SYNTHETIC sample region"));
        }
        assertThat(fixture.log()).anySatisfy(l -> assertThat(l).contains("bootstrap: done in"));
    }

    private static void assertBaselineLineage(ModelRegistry registry, ModelVersionRecord v) {
        Lineage lineage = v.lineage();
        assertThat(lineage.synthetic()).isTrue();
        assertThat(lineage.createdBy().person()).isEqualTo("bootstrap");
        assertThat(lineage.createdBy().trigger()).isEqualTo("bootstrap");
        assertThat(lineage.parent()).isNull();
        assertThat(lineage.features()).isEqualTo(FeatureList.BASELINE_15.names());
        assertThat(lineage.hyperparameters().json()).contains("\"trees\":100").contains("\"seed\":42");
        assertThat(lineage.metrics().json()).contains("\"overallAccuracy\"");
        assertThat(lineage.imagery().source()).contains("local catalog");
        assertThat(lineage.imagery().itemIds()).isNotEmpty();
        assertThat(v.artifacts()).extracting(ArtifactEntry::name).containsExactlyInAnyOrderElementsOf(ARTIFACTS);
        assertThat(lineage.trainingSet()).isEqualTo(Sha256.of(registry.readArtifact(v.id(), "training.csv")));
        assertThat(lineage.holdout()).isEqualTo(Sha256.of(registry.readArtifact(v.id(), "holdout.csv")));
    }

    @Test
    void run_secondStart_registersNothingAndRebuildsNothing() {
        EmbeddedFixture fixture = EmbeddedFixture.get();
        List<String> log = new ArrayList<>();

        BootstrapReport again;
        try (ModelRegistry registry = ModelRegistries.open(fixture.layout().registry())) {
            again = BootstrapOp.run(
                    BootstrapSettings.defaults(fixture.layout(), EmbeddedFixture.CODE, log::add), registry);
            for (Year year : SampleRegion.years()) {
                assertThat(registry.versions(ModelName.DEFAULT, year)).hasSize(1);
            }
        }

        assertThat(again.generatedSampleRegion()).isFalse();
        assertThat(again.registered()).isZero();
        assertThat(again.years()).allSatisfy(y -> assertThat(y.promoted()).isFalse());
        assertThat(log)
                .filteredOn(l -> l.contains("catalog"))
                .allSatisfy(l -> assertThat(l).contains("up to date"));
    }

    @Test
    void run_afterACrashBetweenRegistrationAndPromotion_promotesWithoutASecondVersion() throws IOException {
        EmbeddedLayout source = EmbeddedFixture.get().layout();
        EmbeddedLayout layout = new EmbeddedLayout(dir);
        link(source.sampleRegion(), layout.sampleRegion());
        link(source.catalog(), layout.catalog());
        Files.createDirectories(dir.resolve(".bootstrap/2021"));
        Files.writeString(dir.resolve(".bootstrap/2021/model.lcrf"), "half-written by a killed run");
        Year crashed = new Year(2020);
        try (ModelRegistry from = ModelRegistries.open(source.registry());
                ModelRegistry to = ModelRegistries.open(layout.registry())) {
            to.register(copy(from, from.get(ModelId.of(crashed, 1)))); // registered, then the process died
        }

        BootstrapReport report;
        try (ModelRegistry registry = ModelRegistries.open(layout.registry())) {
            report = BootstrapOp.run(
                    BootstrapSettings.defaults(layout, EmbeddedFixture.CODE, l -> {})
                            .withTrees(5),
                    registry);
            for (Year year : SampleRegion.years()) {
                assertThat(registry.versions(ModelName.DEFAULT, year)).hasSize(1);
                assertThat(registry.resolve(AliasRef.production(year))).isPresent();
            }
        }

        assertThat(report.generatedSampleRegion()).isFalse();
        assertThat(report.years().getFirst()).satisfies(y -> {
            assertThat(y.year()).isEqualTo(crashed);
            assertThat(y.trained()).isFalse();
            assertThat(y.promoted()).isTrue();
        });
        assertThat(report.registered()).isEqualTo(4);
        assertThat(dir.resolve(".bootstrap/2021")).doesNotExist();
    }

    private static RegistrationRequest copy(ModelRegistry from, ModelVersionRecord v) {
        List<ArtifactUpload> uploads = v.artifacts().stream()
                .map(a -> ArtifactUpload.ofBytes(a.name(), a.mediaType(), from.readArtifact(v.id(), a.name())))
                .toList();
        return new RegistrationRequest(v.id().name(), v.id().year(), v.lineage(), uploads);
    }

    /** Mirrors a tree with hard links: instant, and file times (which the catalog's input hash reads) kept. */
    private static void link(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, p);
                }
            }
        }
    }
}
