package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import landcover.domain.Alias;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.InvalidAoiException;
import landcover.raster.Raster;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.EpsgCode;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Predictions over the bootstrapped sample region, through the real service end to end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionServiceTest {
    private static final Year Y2022 = new Year(2022);

    private Path dir;
    private ServedFixture served;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("serving-test-");
        served = new ServedFixture(
                dir.resolve("results"), ServingSettings.defaults().withRefreshInterval(java.time.Duration.ZERO));
    }

    @AfterAll
    void stop() {
        served.close();
    }

    @Test
    void predict_stableAoi_classAreasAndNodataSumToTheAoiArea() {
        Aoi aoi = served.stableAoi();

        YearPrediction p = served.service
                .predict(PredictionRequest.of(aoi, Y2022))
                .predictions()
                .getFirst();

        assertThat(p.model()).isEqualTo(ModelId.of(Y2022, 1));
        assertThat(p.alias()).isEqualTo(Alias.PRODUCTION);
        assertThat(p.aoiPixelAreaM2()).isCloseTo(aoi.areaM2(), within(aoi.areaM2() * 0.005));
        assertThat(p.classAreas().stream().mapToDouble(ClassArea::share).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(p.classAreas())
                .allSatisfy(a -> assertThat(a.areaM2() / a.pixels()).isBetween(99.8, 100.2));
        assertThat(p.meanConfidence()).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(p.nodataRatio())
                .isEqualTo((double) p.pixels().nodata() / p.pixels().aoi());
        assertThat(p.crs()).isEqualTo(EpsgCode.utm(30, true));
        assertThat(p.synthetic()).isTrue();
        assertThat(p.seasons()).extracting(s -> s.season().name()).containsExactly("spring", "summer", "autumn");
        assertThat(p.replica()).startsWith("2022-production-v1-r");
    }

    @Test
    void predict_classRaster_masksTheAoiAndCountsMatchTheSummary() throws Exception {
        Aoi aoi = served.changedAoi();
        PredictionResult r = served.service.predict(PredictionRequest.of(aoi, new Year(2023)));
        YearPrediction p = r.predictions().getFirst();

        Path file = ServedFixture.copy(
                served.service
                        .raster(r.id(), new Year(2023), RasterKind.CLASSES)
                        .orElseThrow(),
                dir);
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            Raster classes = reader.read();
            AoiMask mask = landcover.raster.grid.AoiRasterizer.rasterize(
                    aoi, landcover.raster.grid.OutputGrid.forAoi(aoi, 10));
            assertThat(classes.grid()).isEqualTo(mask.windowGrid());
            long inside = 0;
            long classified = 0;
            long outsideNonZero = 0;
            for (int i = 0; i < classes.band(0).length; i++) {
                boolean in = mask.isInside(i);
                inside += in ? 1 : 0;
                classified += in && classes.band(0)[i] != 0 ? 1 : 0;
                outsideNonZero += !in && classes.band(0)[i] != 0 ? 1 : 0;
            }
            assertThat(p.pixels().aoi()).isEqualTo(inside);
            assertThat(p.pixels().classified()).isEqualTo(classified);
            assertThat(outsideNonZero).isZero();
        }
    }

    @Test
    void predict_aoiOfARealMalagaCampus_isOutsideTheSyntheticRegion() {
        Aoi teatinos = ServedFixture.aoi(RepoRoot.path().resolve("samples/geojson/malaga-teatinos.geojson"));

        assertThatThrownBy(() -> served.service.predict(PredictionRequest.of(teatinos, Y2022)))
                .isInstanceOfSatisfying(InvalidAoiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidAoiException.Problem.OUTSIDE_COVERAGE);
                    assertThat(e.getMessage()).contains("outside the imagery of 2022");
                });
    }

    @Test
    void predict_yearWithoutImagery_throwsNoImageryForYear() {
        assertThatThrownBy(() -> served.service.predict(PredictionRequest.of(served.stableAoi(), new Year(2019))))
                .isInstanceOfSatisfying(
                        NoImageryForYearException.class,
                        e -> assertThat(e.year()).isEqualTo(new Year(2019)));
        assertThat(served.metrics.events).anySatisfy(e -> {
            assertThat(e.year()).isEqualTo(new Year(2019));
            assertThat(e.outcome()).isEqualTo(PredictionEvent.Outcome.NO_IMAGERY);
        });
    }

    @Test
    void predict_twoYears_answersInRequestOrderEachWithItsProductionVersion() {
        PredictionRequest request =
                new PredictionRequest(served.stableAoi(), List.of(new Year(2024), new Year(2020)), false);

        PredictionResult r = served.service.predict(request);

        assertThat(r.predictions())
                .extracting(YearPrediction::model)
                .containsExactly(ModelId.of(new Year(2024), 1), ModelId.of(new Year(2020), 1));
        assertThat(served.service.find(r.id()).orElseThrow().result()).contains(r);
        assertThat(served.metrics.events)
                .filteredOn(e -> e.outcome() == PredictionEvent.Outcome.OK)
                .anySatisfy(e -> {
                    assertThat(e.model()).contains(ModelId.of(new Year(2020), 1));
                    assertThat(e.replica())
                            .hasValueSatisfying(id -> assertThat(id).startsWith("2020-production-v1-r"));
                    assertThat(e.pixelsClassified()).isPositive();
                });
    }

    @Test
    void servedYears_afterDeployAll_listsEverySampleYearWithCoverage() {
        served.service.deployments().deployAll(Alias.PRODUCTION);

        List<ServedYear> years = served.service.servedYears();

        assertThat(years)
                .extracting(ServedYear::year)
                .containsExactly(new Year(2020), new Year(2021), new Year(2022), new Year(2023), new Year(2024));
        assertThat(years).allSatisfy(y -> {
            assertThat(y.syntheticImagery()).isTrue();
            assertThat(y.coverage().covers(served.stableAoi().geometry())).isTrue();
        });
    }
}
