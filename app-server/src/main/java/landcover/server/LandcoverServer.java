package landcover.server;

import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.grpc.GrpcRouting;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import landcover.server.api.EdgeServices;
import landcover.server.config.ListenSettings;
import landcover.server.grpc.GrpcApi;
import landcover.server.http.HttpApi;

/**
 * The running server: one Helidon WebServer with REST on the default socket ({@code --port}) and
 * gRPC on a second socket named {@value #GRPC_SOCKET} ({@code --grpc-port}). Features are added in
 * code, never discovered. {@link #stop()} drains: readiness turns red first, then the listeners
 * close and in-flight requests get up to the shutdown grace period to finish. Thread-safe.
 */
public final class LandcoverServer {
    /** The name of the gRPC socket. */
    public static final String GRPC_SOCKET = "grpc";

    private static final System.Logger LOG = System.getLogger(LandcoverServer.class.getName());

    private final WebServer webServer;
    private final EdgeServices services;
    private final HealthStatusManager health;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LandcoverServer(WebServer webServer, EdgeServices services, HealthStatusManager health) {
        this.webServer = webServer;
        this.services = services;
        this.health = health;
    }

    /** Starts the server with the full REST and gRPC APIs. */
    public static LandcoverServer start(EdgeServices services) {
        return start(services, routing -> HttpApi.routing(routing, services));
    }

    /**
     * Starts the server with the given REST routing (the full API plus, in tests, extra routes).
     *
     * @throws java.io.UncheckedIOException when a port cannot be bound
     */
    static LandcoverServer start(EdgeServices services, Consumer<HttpRouting.Builder> routes) {
        HealthStatusManager health = new HealthStatusManager();
        WebServerConfig.Builder builder = WebServer.builder();
        configure(builder, services, health, routes);
        WebServer webServer = builder.build().start();
        // Helidon logs a listener that fails to bind and stops the server instead of throwing.
        if (!webServer.isRunning()) {
            throw new UncheckedIOException(new IOException("a port is in use or not permitted (see the log above)"));
        }
        return new LandcoverServer(webServer, services, health);
    }

    /**
     * Configures both sockets on {@code builder}; {@code @ServerTest} set-ups reuse this.
     *
     * @param health the gRPC health status holder, following the readiness gate
     * @param routes registers the REST routes
     */
    public static void configure(
            WebServerConfig.Builder builder,
            EdgeServices services,
            HealthStatusManager health,
            Consumer<HttpRouting.Builder> routes) {
        Objects.requireNonNull(services, "services");
        ListenSettings listen = services.settings().listen();
        long maxBody = services.settings().limits().maxBodyBytes();
        GrpcRouting.Builder grpc = GrpcRouting.builder();
        GrpcApi.routing(grpc, services, health);
        builder.featuresDiscoverServices(false)
                .shutdownHook(false)
                .host(listen.host())
                .port(listen.port())
                .maxPayloadSize(maxBody)
                .shutdownGracePeriod(listen.shutdownGrace())
                .directHandlers(HttpApi.directHandlers(maxBody))
                .routing(routes)
                .putSocket(
                        GRPC_SOCKET,
                        socket -> socket.host(listen.host())
                                .port(listen.grpcPort())
                                .shutdownGracePeriod(listen.shutdownGrace())
                                .addRouting(grpc));
    }

    /** The bound REST port. */
    public int port() {
        return webServer.port();
    }

    /** The bound gRPC port. */
    public int grpcPort() {
        return webServer.port(GRPC_SOCKET);
    }

    /** What the server serves with. */
    public EdgeServices services() {
        return services;
    }

    /**
     * Stops gracefully: readiness goes red (HTTP 503, gRPC NOT_SERVING), the listeners stop
     * accepting, and in-flight requests get up to the grace period to finish. Idempotent; later
     * calls wait for the first to finish.
     */
    public void stop() {
        if (stopping.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.INFO, "stopping: draining in-flight requests");
            services.readiness().beginShutdown();
            health.enterTerminalState();
            webServer.stop();
            services.serving().close(); // after the listeners: accepted requests have finished
            LOG.log(System.Logger.Level.INFO, "stopped");
            stopped.countDown();
        } else {
            awaitStopped();
        }
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStopped() {
        boolean interrupted = false;
        while (stopped.getCount() > 0) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
