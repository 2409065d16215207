package landcover.mlops.registry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import landcover.domain.ModelName;
import landcover.domain.Year;

/**
 * Registration requests for tests. Everything here is synthetic (seeded random bytes standing in
 * for a compiled forest, tiny CSVs) and the lineage says so ({@code synthetic = true}).
 */
final class Fixtures {
    static final Year Y2023 = new Year(2023);
    static final Year Y2024 = new Year(2024);
    static final List<String> FEATURES =
            List.of("B02_spring", "B03_spring", "B04_spring", "B08_spring", "ndvi_summer", "slope");

    private Fixtures() {}

    /** A request whose bytes and metrics depend only on {@code seed}. */
    static RegistrationRequest request(Year year, long seed) {
        Random random = new Random(seed);
        byte[] model = new byte[2048 + random.nextInt(2048)];
        random.nextBytes(model);
        double accuracy = 0.80 + random.nextInt(150) / 1000.0;
        String metrics =
                "{\"overallAccuracy\":" + accuracy + ",\"kappa\":" + (accuracy - 0.1) + ",\"seed\":" + seed + "}";
        byte[] training = ("x,y,label\n1,2,3\n" + seed + ",5,6\n").getBytes(StandardCharsets.UTF_8);
        byte[] holdout = ("x,y,label\n7,8,9\n" + seed + ",1,2\n").getBytes(StandardCharsets.UTF_8);
        Lineage lineage = Lineage.builder()
                .hyperparameters(new JsonDocument("{\"trees\":100,\"mtry\":3,\"seed\":" + seed + "}"))
                .metrics(new JsonDocument(metrics))
                .features(FEATURES)
                .data(Sha256.of(training), Sha256.of(holdout))
                .imagery(new ImagerySource(
                        "synthetic(seed=" + seed + ")", List.of("composite-spring", "composite-summer")))
                .code(new CodeVersion(
                        "0123456789abcdef0123456789abcdef01234567", Map.of("smile-core", "6.3.0", "java", "25")))
                .createdBy(new Creator("tester", "run-" + seed, "manual"))
                .synthetic(true)
                .description("synthetic test fixture, seed " + seed)
                .build();
        return new RegistrationRequest(
                ModelName.DEFAULT,
                year,
                lineage,
                List.of(
                        ArtifactUpload.ofBytes("model.bin", "application/octet-stream", model),
                        ArtifactUpload.ofBytes(
                                "metrics.json", "application/json", metrics.getBytes(StandardCharsets.UTF_8)),
                        ArtifactUpload.ofBytes("training.csv", "text/csv", training),
                        ArtifactUpload.ofBytes("holdout.csv", "text/csv", holdout)));
    }

    /** A clock tests move by hand; thread-safe. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
