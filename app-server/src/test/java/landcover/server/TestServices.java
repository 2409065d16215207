package landcover.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import landcover.domain.ClassScheme;
import landcover.domain.aoi.AoiLimits;
import landcover.mlops.monitoring.LandcoverMetrics;
import landcover.mlops.monitoring.ReadinessGate;
import landcover.server.api.AoiValidation;
import landcover.server.api.Bulkhead;
import landcover.server.api.EdgeServices;
import landcover.server.config.AdminTokenSource;
import landcover.server.config.ApiAccess;
import landcover.server.config.ImagerySettings;
import landcover.server.config.LimitSettings;
import landcover.server.config.ListenSettings;
import landcover.server.config.SecuritySettings;
import landcover.server.config.ServerSettings;
import landcover.server.security.ApiKeyRing;
import landcover.server.security.Authenticator;
import landcover.server.security.TokenHash;

/** Real edge services for tests: free ports, a known admin token, a fresh metrics registry. */
public final class TestServices {
    /** The admin token of {@link #create()}. */
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    /** The one API key of {@link #withApiKeys()}. */
    public static final String API_KEY = "test-api-key-abcdefghijklmnop";

    /** The body limit of {@link #settings()}: small, so tests can exceed it cheaply. */
    public static final long MAX_BODY_BYTES = 2L << 20;

    private static final Map<ReadinessGate, ReadinessGate.Condition> MODELS =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private TestServices() {}

    /** Settings with ports 0, a 2 MiB body limit and default AOI limits. */
    public static ServerSettings settings() {
        return settings(new ApiAccess.Open(), new LimitSettings(MAX_BODY_BYTES, AoiLimits.DEFAULT, 2, 8, 64));
    }

    public static ServerSettings settings(ApiAccess access, LimitSettings limits) {
        return new ServerSettings(
                new ListenSettings("127.0.0.1", 0, 0, Duration.ofSeconds(10)),
                Path.of("target/test-data"),
                new SecuritySettings(new AdminTokenSource.FromEnvironment(TokenHash.of(ADMIN_TOKEN)), access),
                limits,
                ImagerySettings.SAMPLE,
                ClassScheme.DEFAULT);
    }

    /** Services in open mode, readiness not yet met. */
    public static EdgeServices create() {
        return create(settings(), false);
    }

    /** Services in API-key mode with the one key {@link #API_KEY}. */
    public static EdgeServices withApiKeys() {
        return create(
                settings(new ApiAccess.ApiKeys(Path.of("unused")), settings().limits()), true);
    }

    static EdgeServices create(ServerSettings settings, boolean apiKeys) {
        ReadinessGate readiness = new ReadinessGate();
        ReadinessGate.Condition models = readiness.require(ServerWiring.MODELS_CONDITION, "models not loaded");
        LandcoverMetrics metrics = LandcoverMetrics.create();
        metrics.trackReadiness(readiness);
        ApiKeyRing ring = apiKeys ? ring() : ApiKeyRing.empty();
        EdgeServices services = new EdgeServices(
                settings,
                settings.classes(),
                ServerWiring.aoiValidation(settings.limits()),
                readiness,
                metrics,
                new Authenticator(TokenHash.of(ADMIN_TOKEN), ring, apiKeys));
        MODELS.put(readiness, models);
        return services;
    }

    /** The production-models condition of services built here, as the prediction flow would hold it. */
    public static ReadinessGate.Condition models(EdgeServices services) {
        return MODELS.get(services.readiness());
    }

    /** A validation that admits one request at a time and queues none. */
    public static AoiValidation singleFile() {
        return new AoiValidation(AoiLimits.DEFAULT, new Bulkhead("aoi-validation", 1, 0, Duration.ofSeconds(2)));
    }

    private static ApiKeyRing ring() {
        try {
            Path file = Files.createTempFile("keys", ".txt");
            Files.writeString(file, "# test keys\n" + ApiKeyRing.line(API_KEY, "tester") + "\n");
            return ApiKeyRing.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metrics text of {@code services}. */
    public static String metricsText(EdgeServices services) {
        var out = new ByteArrayOutputStream();
        try {
            services.metrics().writeText(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An environment from alternating names and values. */
    public static Map<String, String> env(String... keysAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return env;
    }
}
