package landcover.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import landcover.mlops.monitoring.ReadinessGate;
import landcover.server.LandcoverServer;
import landcover.server.TestServices;
import landcover.server.api.EdgeServices;
import landcover.server.grpc.v1.LandCoverServiceGrpc;
import landcover.server.grpc.v1.ListModelsRequest;
import landcover.server.grpc.v1.PredictRequest;
import landcover.server.grpc.v1.ValidateAoiRequest;
import landcover.server.grpc.v1.ValidateAoiResponse;
import landcover.server.http.HttpApi;
import landcover.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gRPC socket, called by grpc-java's client over HTTP/2 on the real port. */
@ServerTest
class GrpcServerIT {
    private static final EdgeServices SERVICES = TestServices.create();

    private final ManagedChannel channel;

    GrpcServerIT(WebServer server) {
        // grpc-java's own client and Netty transport: an independent implementation of the protocol.
        this.channel = Grpc.newChannelBuilderForAddress(
                        "localhost", server.port(LandcoverServer.GRPC_SOCKET), InsecureChannelCredentials.create())
                .build();
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    private static String shared(String file) throws IOException {
        return Files.readString(SharedData.path(file));
    }

    @Test
    void validateAoi_teatinos_answersTheRestNumbers() throws IOException {
        ValidateAoiResponse response = LandCoverServiceGrpc.newBlockingStub(channel)
                .validateAoi(ValidateAoiRequest.newBuilder()
                        .setAoiGeojson(shared("geojson_aoi/malaga_teatinos_campus.geojson"))
                        .build());
        assertThat(response.getAreaM2()).isCloseTo(1681800.606, within(5e-4));
        assertThat(response.getBbox().getWest()).isCloseTo(-4.5014119, within(1e-7));
        assertThat(response.getPolygons()).isEqualTo(1);
        assertThat(TestServices.metricsText(SERVICES))
                .containsPattern("landcover_grpc_request_duration_seconds_count\\{code=\"OK\","
                        + "method=\"landcover.v1.LandCoverService/ValidateAoi\"} [1-9]");
    }

    @Test
    void validateAoi_hourglass_isInvalidArgumentWithPointerAndLocation() throws IOException {
        String aoi = shared("geojson_edge_cases/turf_unkink_polygon_in/hourglass.geojson");
        var stub = LandCoverServiceGrpc.newBlockingStub(channel);
        assertThatThrownBy(() -> stub.validateAoi(
                        ValidateAoiRequest.newBuilder().setAoiGeojson(aoi).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).contains("self-intersection at (1.000000, 1.000000)");
                    assertThat(e.getTrailers().get(GrpcProblems.TYPE)).isEqualTo("urn:landcover:problem:invalid-aoi");
                    assertThat(e.getTrailers().get(GrpcProblems.POINTER)).isEqualTo("/geometry/coordinates");
                    assertThat(e.getTrailers().get(GrpcProblems.LOCATION)).isEqualTo("1.0,1.0");
                });
    }

    @Test
    void validateAoi_malformedJson_isInvalidArgument() {
        var stub = LandCoverServiceGrpc.newBlockingStub(channel);
        assertThatThrownBy(() -> stub.validateAoi(
                        ValidateAoiRequest.newBuilder().setAoiGeojson("{").build()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void predictAndListModels_withoutThePredictionFlow_areUnavailable() {
        var stub = LandCoverServiceGrpc.newBlockingStub(channel);
        assertThatThrownBy(() ->
                        stub.predict(PredictRequest.newBuilder().addYears(2023).build()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        assertThatThrownBy(() -> stub.listModels(ListModelsRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
    }

    @Test
    void health_followsReadiness() {
        var health = HealthGrpc.newBlockingStub(channel);
        HealthCheckRequest ours =
                HealthCheckRequest.newBuilder().setService(GrpcApi.SERVICE_NAME).build();
        HealthCheckRequest whole = HealthCheckRequest.getDefaultInstance();
        ReadinessGate.Condition models = TestServices.models(SERVICES);

        models.markUnmet("not yet");
        assertThat(health.check(ours).getStatus()).isEqualTo(ServingStatus.NOT_SERVING);
        assertThat(health.check(whole).getStatus()).isEqualTo(ServingStatus.NOT_SERVING);

        models.markMet();
        assertThat(health.check(ours).getStatus()).isEqualTo(ServingStatus.SERVING);
        assertThat(health.check(whole).getStatus()).isEqualTo(ServingStatus.SERVING);
    }
}
