package landcover.server.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import landcover.server.LandcoverServer;
import landcover.server.ServerWiring;
import landcover.server.api.EdgeServices;
import landcover.server.config.ServerSettings;
import landcover.server.config.SettingsLoader;
import landcover.server.config.SettingsOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover server}: starts the REST and gRPC server and runs until SIGTERM or SIGINT, then
 * drains in-flight requests and exits. Bad settings exit with code 2 before anything listens.
 */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = {
            "Start the landcover server: REST on --port, gRPC on --grpc-port (a second socket).",
            "Settings come from the flags, then the environment (LANDCOVER_*), then --config FILE (YAML).",
            "Stops gracefully on SIGTERM/SIGINT, letting in-flight requests finish."
        })
final class ServerCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: ./landcover-data).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "REST port (default: 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--grpc-port", paramLabel = "PORT", description = "gRPC port (default: 9090; 0 picks a free one).")
    Integer grpcPort;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML settings file (keys in docs/api.md).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = SettingsLoader.load(overrides(), System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EdgeServices services = ServerWiring.build(settings, out);
        LandcoverServer server = start(services, settings);
        ServerWiring.startServing(services);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, err), "landcover-shutdown"));
        err.println("landcover: REST on http://" + settings.listen().host() + ":" + server.port()
                + ", gRPC on " + settings.listen().host() + ":" + server.grpcPort() + " (socket '"
                + LandcoverServer.GRPC_SOCKET + "'), data in " + settings.dataDir());
        err.println("landcover: "
                + (services.readiness().isReady()
                        ? "ready"
                        : "not ready yet: "
                                + services.readiness().report().stream()
                                        .filter(c -> !c.met())
                                        .map(c -> c.name() + " (" + c.detail() + ")")
                                        .toList()));
        err.flush();
        server.awaitStopped();
        return ExitCodes.OK;
    }

    private static void stop(LandcoverServer server, PrintWriter err) {
        server.stop();
        // Printed, not logged: java.util.logging closes its handlers in its own shutdown hook.
        err.println("landcover: stopped");
        err.flush();
    }

    private SettingsOverrides overrides() {
        return new SettingsOverrides(
                Optional.ofNullable(config),
                Optional.ofNullable(dataDir),
                port == null ? OptionalInt.empty() : OptionalInt.of(port),
                grpcPort == null ? OptionalInt.empty() : OptionalInt.of(grpcPort));
    }

    private static LandcoverServer start(EdgeServices services, ServerSettings settings) {
        try {
            return LandcoverServer.start(services);
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new BadInputException("cannot listen on " + settings.listen().host() + " ports "
                    + settings.listen().port() + " (REST) and "
                    + settings.listen().grpcPort() + " (gRPC): "
                    + cause.getMessage());
        }
    }
}
