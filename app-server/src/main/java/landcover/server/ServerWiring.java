package landcover.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import landcover.mlops.monitoring.LandcoverMetrics;
import landcover.mlops.monitoring.ReadinessGate;
import landcover.server.api.AoiValidation;
import landcover.server.api.Bulkhead;
import landcover.server.api.EdgeServices;
import landcover.server.api.LifecycleState;
import landcover.server.api.ServingState;
import landcover.server.config.AdminTokenSource;
import landcover.server.config.ApiAccess;
import landcover.server.config.LimitSettings;
import landcover.server.config.ServerSettings;
import landcover.server.config.SettingsException;
import landcover.server.security.AdminTokenStore;
import landcover.server.security.ApiKeyRing;
import landcover.server.security.Authenticator;
import landcover.server.security.TokenHash;

/**
 * Builds the server's objects from its settings, with {@code new}, choosing implementations in
 * one place. No container, no scanning, no globals.
 */
public final class ServerWiring {
    /** The readiness condition the prediction flow marks met once the production models are loaded. */
    public static final String MODELS_CONDITION = "production-models";

    private ServerWiring() {}

    /**
     * Builds everything the edges call.
     *
     * @param out where a newly generated admin token is printed, once
     * @throws SettingsException when the data directory cannot be created
     * @throws landcover.server.security.SecurityConfigException when a credentials file is unusable
     */
    public static EdgeServices build(ServerSettings settings, PrintWriter out) {
        createDataDir(settings);
        ReadinessGate readiness = new ReadinessGate();
        // Marked met by the prediction flow once it has deployed the production models
        // (ServingStartup, started by the server command once the server listens).
        ServingState serving =
                new ServingState(readiness.require(MODELS_CONDITION, "the production models are not loaded yet"));
        LandcoverMetrics metrics = LandcoverMetrics.create();
        BuildInfo build = BuildInfo.load();
        metrics.registerBuildInfo(build.version(), build.shortCommit());
        metrics.trackReadiness(readiness);
        return new EdgeServices(
                settings,
                settings.classes(),
                aoiValidation(settings.limits()),
                readiness,
                metrics,
                authenticator(settings, out),
                serving,
                new LifecycleState());
    }

    /**
     * Starts the prediction flow in the background (bootstrap on first start, then the production
     * models); readiness turns green when it is done.
     */
    public static Thread startServing(EdgeServices services) {
        return ServingStartup.startInBackground(services);
    }

    /**
     * Starts the prediction flow on the calling thread and returns when it serves or has failed
     * (readiness then says why); for callers that must wait, such as tests.
     */
    public static void startServingNow(EdgeServices services) {
        ServingStartup.run(services);
    }

    static AoiValidation aoiValidation(LimitSettings limits) {
        Bulkhead bulkhead = new Bulkhead(
                "aoi-validation", limits.validationConcurrency(), limits.validationQueue(), Duration.ofSeconds(1));
        return new AoiValidation(limits.aoi(), bulkhead);
    }

    static Authenticator authenticator(ServerSettings settings, PrintWriter out) {
        // Keys first: a start that fails on a bad key file must not have created an admin token.
        ApiKeyRing keys = switch (settings.security().apiAccess()) {
            case ApiAccess.Open open -> ApiKeyRing.empty();
            case ApiAccess.ApiKeys file -> ApiKeyRing.load(file.keyFile());
        };
        TokenHash admin = switch (settings.security().adminToken()) {
            case AdminTokenSource.FromEnvironment env -> env.hash();
            case AdminTokenSource.HashFile file -> AdminTokenStore.loadOrCreate(file.hashFile(), out);
        };
        return new Authenticator(admin, keys, settings.security().apiAccess() instanceof ApiAccess.ApiKeys);
    }

    private static void createDataDir(ServerSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new SettingsException(
                    "data-dir", "cannot create data directory " + settings.dataDir() + ": " + e.getMessage());
        }
        if (!Files.isWritable(settings.dataDir())) {
            throw new SettingsException("data-dir", "data directory " + settings.dataDir() + " is not writable");
        }
    }
}
