package landcover.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import landcover.server.api.EdgeServices;
import landcover.server.config.ListenSettings;
import landcover.server.config.ServerSettings;
import landcover.server.http.HttpApi;
import org.junit.jupiter.api.Test;

/** Start and graceful stop of the whole server, both sockets. */
class LandcoverServerIT {
    @Test
    void stop_drainsARequestStartedBeforeIt_thenRefusesConnections() throws Exception {
        EdgeServices services = TestServices.create();
        TestServices.models(services).markMet();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LandcoverServer server = LandcoverServer.start(services, routing -> {
            HttpApi.routing(routing, services);
            routing.get("/test/slow", (req, res) -> {
                entered.countDown();
                release.await();
                res.send("finished");
            });
        });
        int port = server.port();
        WebClient client =
                WebClient.builder().baseUri("http://localhost:" + port).build();
        assertThat(status(client, "/health/ready")).isEqualTo(200);

        CompletableFuture<String> slow = CompletableFuture.supplyAsync(
                () -> {
                    try (HttpClientResponse response = client.get("/test/slow").request()) {
                        return response.status().code() + " " + response.as(String.class);
                    }
                },
                command -> Thread.ofVirtual().start(command));
        entered.await();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(
                server::stop, command -> Thread.ofVirtual().start(command));
        while (services.readiness().isReady()) {
            Thread.onSpinWait();
        }
        assertThat(stopping).isNotDone();
        release.countDown();

        assertThat(slow.get()).isEqualTo("200 finished");
        stopping.get();
        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(IOException.class);
        assertThat(services.readiness().report())
                .anySatisfy(state -> assertThat(state.name()).isEqualTo("shutdown"));
    }

    @Test
    void start_portTaken_failsInsteadOfRunningHalfway() throws IOException {
        try (var taken = new ServerSocket(0)) {
            var base = TestServices.settings();
            var settings = new ServerSettings(
                    new ListenSettings(
                            "127.0.0.1", taken.getLocalPort(), 0, base.listen().shutdownGrace()),
                    base.dataDir(),
                    base.security(),
                    base.limits(),
                    base.imagery(),
                    base.classes());
            EdgeServices services = TestServices.create(settings, false);
            assertThatThrownBy(() -> LandcoverServer.start(services)).isInstanceOf(UncheckedIOException.class);
        }
    }

    private static int status(WebClient client, String path) {
        try (HttpClientResponse response = client.get(path).request()) {
            return response.status().code();
        }
    }
}
