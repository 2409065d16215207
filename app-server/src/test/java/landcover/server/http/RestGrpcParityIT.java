package landcover.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.protobuf.services.HealthStatusManager;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import landcover.server.LandcoverServer;
import landcover.server.ServedData;
import landcover.server.ServerWiring;
import landcover.server.api.EdgeServices;
import landcover.server.grpc.v1.ClassArea;
import landcover.server.grpc.v1.LandCoverServiceGrpc;
import landcover.server.grpc.v1.PredictRequest;
import landcover.server.grpc.v1.PredictResponse;
import landcover.server.grpc.v1.RasterDelivery;
import landcover.server.grpc.v1.YearPrediction;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * REST and gRPC predictions of the same AOI over every served year in one request, against the
 * running server on the bootstrapped sample region: the same numbers, year by year, field by field,
 * and the same class raster (gRPC inline bytes against the REST download, by GDAL's checksum).
 */
@ServerTest
class RestGrpcParityIT {
    private static final EdgeServices SERVICES = ServedData.services();
    /** Two squares of the sample region, one with a hole: a multi-part AOI. */
    private static final String MULTIPOLYGON = "{\"type\":\"MultiPolygon\",\"coordinates\":["
            + "[[[-4.60,36.61],[-4.595,36.61],[-4.595,36.615],[-4.60,36.615],[-4.60,36.61]]],"
            + "[[[-4.52,36.68],[-4.51,36.68],[-4.51,36.69],[-4.52,36.69],[-4.52,36.68]],"
            + "[[-4.517,36.683],[-4.517,36.687],[-4.513,36.687],[-4.513,36.683],[-4.517,36.683]]]]}";

    private final WebClient http;
    private final ManagedChannel channel;

    RestGrpcParityIT(WebServer server) {
        this.http =
                WebClient.builder().baseUri("http://localhost:" + server.port()).build();
        this.channel = Grpc.newChannelBuilderForAddress(
                        "localhost", server.port(LandcoverServer.GRPC_SOCKET), InsecureChannelCredentials.create())
                .build();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder builder) {
        ServerWiring.startServingNow(SERVICES);
        LandcoverServer.configure(
                builder, SERVICES, new HealthStatusManager(), routing -> HttpApi.routing(routing, SERVICES));
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    private static String aoi(String name) throws IOException {
        return name.equals("multipolygon")
                ? MULTIPOLYGON
                : Files.readString(ServedData.dir().resolve("sample-region/aoi/" + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stable.geojson", "changed-2023.geojson", "multipolygon"})
    void predict_everyYear_restAndGrpcAgreeFieldByField(String name) throws IOException {
        ExternalTool.require("gdalinfo");
        String body = "{\"aoi\":" + aoi(name) + ",\"years\":[2020,2021,2022,2023,2024]}";
        Responses rest = Responses.read(http.post("/v1/predictions")
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(body));
        PredictResponse grpc = LandCoverServiceGrpc.newBlockingStub(channel)
                .predict(PredictRequest.newBuilder()
                        .setAoiGeojson(aoi(name))
                        .addAllYears(List.of(2020, 2021, 2022, 2023, 2024))
                        .setRasterDelivery(RasterDelivery.RASTER_DELIVERY_INLINE)
                        .build());

        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        JsonNode years = rest.json().path("predictions");
        assertThat(grpc.getPredictionsCount()).isEqualTo(years.size()).isEqualTo(5);
        for (int i = 0; i < years.size(); i++) {
            assertSame(years.get(i), grpc.getPredictions(i));
        }
    }

    private void assertSame(JsonNode r, YearPrediction g) {
        String year = "year " + g.getYear();
        assertThat(g.getYear()).isEqualTo(r.path("year").asInt());
        assertThat(g.getModel().getName() + "/" + g.getYear() + "/v"
                        + g.getModel().getVersion())
                .isEqualTo(r.path("model").path("id").asText());
        assertThat(g.getModel().getAlias())
                .isEqualTo(r.path("model").path("alias").asText());
        assertThat(g.getMeanConfidence())
                .as(year)
                .isEqualTo(r.path("meanConfidence").asDouble());
        assertThat(g.getNodataRatio()).as(year).isEqualTo(r.path("nodataRatio").asDouble());
        assertThat(g.getPixelsClassified())
                .as(year)
                .isEqualTo(r.path("pixels").path("classified").asLong());
        assertThat(g.getClassAreasCount())
                .as(year)
                .isEqualTo(r.path("classAreas").size());
        for (int i = 0; i < g.getClassAreasCount(); i++) {
            ClassArea a = g.getClassAreas(i);
            JsonNode b = r.path("classAreas").get(i);
            assertThat(a.getCode()).as(year).isEqualTo(b.path("code").asInt());
            assertThat(a.getName()).as(year).isEqualTo(b.path("name").asText());
            assertThat(a.getColor()).as(year).isEqualTo(b.path("color").asText());
            assertThat(a.getAreaM2()).as(year).isEqualTo(b.path("areaM2").asDouble());
            assertThat(a.getShare()).as(year).isEqualTo(b.path("share").asDouble());
        }
        // Same pixels by GDAL's checksum (the bytes may differ: tile compression is chosen per tile).
        assertThat(checksum(g.getRasterCog().toByteArray()))
                .as(year)
                .isEqualTo(checksum(download(r.path("raster").asText())));
    }

    private static String checksum(byte[] cog) {
        try {
            Path file = Files.write(Files.createTempFile("parity", ".tif"), cog);
            try {
                String info = ExternalTool.check(List.of("gdalinfo", "-checksum", file.toString()));
                assertThat(info).contains("Checksum=", "UTM zone 30N", "Color Table");
                return info.lines()
                        .filter(l -> l.contains("Checksum="))
                        .toList()
                        .toString();
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] download(String raster) {
        URI url = URI.create(raster);
        String year = url.getQuery().substring("year=".length());
        try (HttpClientResponse response =
                http.get(url.getPath()).queryParam("year", year).request()) {
            assertThat(response.status().code()).isEqualTo(200);
            return response.as(byte[].class);
        }
    }
}
