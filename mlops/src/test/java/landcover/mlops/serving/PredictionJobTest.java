package landcover.mlops.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import landcover.domain.ModelName;
import landcover.domain.Year;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Large AOIs as jobs: the 202 + poll flow, classified in parallel bands, same numbers as on a replica. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionJobTest {
    private ServedFixture served;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("serving-job-test-");
        // Every AOI is a job here; 256-pixel blocks cut the 600 m square into many bands for 2 workers.
        ServingSettings settings = new ServingSettings(
                ModelName.DEFAULT, 1, Map.of(), 8, 256, 1, 2, 2, Duration.ofHours(1), Duration.ZERO, 4);
        served = new ServedFixture(dir.resolve("results"), settings);
    }

    @AfterAll
    void stop() {
        served.close();
    }

    @Test
    void submit_largeAoi_runsAsAJobWithTheSameNumbersAsASynchronousPrediction() throws Exception {
        PredictionRequest request = new PredictionRequest(served.changedAoi(), List.of(new Year(2023)), false);
        assertThat(served.service.runsAsJob(request)).isTrue();

        PredictionJob accepted = served.service.submit(request);
        PredictionJob done = awaitDone(accepted.id());
        YearPrediction sync = served.service.predict(request).predictions().getFirst();

        assertThat(accepted.status()).isIn(PredictionJob.Status.QUEUED, PredictionJob.Status.RUNNING);
        assertThat(done.status()).isEqualTo(PredictionJob.Status.SUCCEEDED);
        YearPrediction job = done.result().orElseThrow().predictions().getFirst();
        assertThat(job.replica()).isEqualTo("job");
        assertThat(job.pixels()).isEqualTo(sync.pixels());
        assertThat(job.classAreas())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("areaM2", "share")
                .isEqualTo(sync.classAreas());
        assertThat(job.meanConfidence()).isCloseTo(sync.meanConfidence(), within(1e-12));
        assertThat(served.service.raster(accepted.id(), new Year(2023), RasterKind.CLASSES))
                .isPresent();
    }

    @Test
    void find_unknownId_isEmpty() {
        assertThat(served.service.find(PredictionId.random())).isEmpty();
    }

    private PredictionJob awaitDone(PredictionId id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            PredictionJob job = served.service.find(id).orElseThrow();
            if (job.isDone()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish in 120 s");
    }
}
