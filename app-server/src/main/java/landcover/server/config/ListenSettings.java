package landcover.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the server listens. REST is served on {@code port}; gRPC on a second socket, named {@code
 * grpc}, on {@code grpcPort}. Port 0 picks a free port.
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port REST port, 0-65535
 * @param grpcPort gRPC port, 0-65535, not equal to {@code port} unless both are 0
 * @param shutdownGrace how long shutdown waits for in-flight requests to finish
 */
public record ListenSettings(String host, int port, int grpcPort, Duration shutdownGrace) {
    public ListenSettings {
        if (host == null || host.isBlank()) {
            throw new SettingsException("server.host", "server.host must not be empty");
        }
        checkPort("server.port", port);
        checkPort("server.grpc-port", grpcPort);
        if (port == grpcPort && port != 0) {
            throw new SettingsException(
                    "server.grpc-port", "server.grpc-port must differ from server.port (both are " + port + ")");
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new SettingsException("server.shutdown-grace-seconds", "must not be negative");
        }
    }

    private static void checkPort(String key, int port) {
        if (port < 0 || port > 65535) {
            throw new SettingsException(key, key + " must be 0-65535, was " + port);
        }
    }
}
