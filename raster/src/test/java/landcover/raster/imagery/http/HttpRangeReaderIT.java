package landcover.raster.imagery.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.PixelWindow;
import landcover.raster.imagery.BigCog;
import landcover.raster.imagery.FileServer;
import landcover.raster.imagery.FileServer.Fault;
import landcover.raster.imagery.SampleFixture;
import landcover.raster.tiff.CogOptions;
import landcover.raster.tiff.CogWriter;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import landcover.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** COG window reads over loopback HTTP against a server that counts and misbehaves on request. */
class HttpRangeReaderIT {
    private static Path dir;
    private static Path malaga;
    private static Path big;
    private static FileServer server;

    @BeforeAll
    static void serve() throws IOException {
        dir = SampleFixture.scratch("http");
        malaga = dir.resolve("B04_malaga.tif");
        try (GeoTiffReader real =
                GeoTiff.open(SharedData.path("sentinel2_malaga_greensenti/examples_10m/B04_10m.jp2"))) {
            CogWriter.write(real.read(), malaga, CogOptions.defaults().withBlockSize(256));
        }
        big = BigCog.file();
        server = new FileServer(big.getParent());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpSettings quick() {
        return HttpSettings.defaults()
                .withRequestTimeout(Duration.ofMillis(1500))
                .withRetries(4, Duration.ofMillis(20));
    }

    @Test
    void read_realMalagaCogOverHttp_givesTheLocalPixels_fromItsTilesOnly() throws IOException {
        PixelWindow window = new PixelWindow(300, 100, 120, 90);
        Raster local;
        try (GeoTiffReader reader = GeoTiff.open(malaga)) {
            local = reader.read(window);
        }
        server.resetCounters();
        try (HttpRangeClient client = new HttpRangeClient(quick());
                GeoTiffReader remote = GeoTiff.open(HttpRangeReader.open(server.url(malaga), client), null)) {
            assertThat(remote.read(window).band(0)).isEqualTo(local.band(0));
            assertThat(client.requests()).isEqualTo(server.requests());
        }
        assertThat(server.bytes()).isLessThan(Files.size(malaga) / 2);
    }

    @Test
    void read_oneSquareKilometreOfATileSizedCog_servesUnder2PercentOfTheFile() throws IOException {
        PixelWindow km2 = new PixelWindow(5000, 6000, 100, 100);
        Raster local;
        try (GeoTiffReader reader = GeoTiff.open(big)) {
            local = reader.read(km2);
        }
        server.resetCounters();
        URI url = server.url(big);
        try (HttpRangeClient client = new HttpRangeClient(quick());
                GeoTiffReader remote = GeoTiff.open(HttpRangeReader.open(url, client), null)) {
            assertThat(remote.read(km2).band(0)).isEqualTo(local.band(0));
        }
        long served = server.bytes(url.getPath());
        assertThat((double) served / Files.size(big))
                .as(served + " of " + Files.size(big) + " bytes")
                .isLessThan(0.02);
        assertThat(server.requests()).isLessThanOrEqualTo(3);
    }

    @Test
    void read_serverErrorsTimeoutsAndDroppedConnections_areRetried() throws IOException {
        URI url = server.url(malaga);
        PixelWindow window = new PixelWindow(0, 0, 256, 256);
        server.resetCounters();
        try (HttpRangeClient client = new HttpRangeClient(quick())) {
            server.fail(url.getPath(), new Fault.Status(503), new Fault.Status(502));
            HttpRangeReader reader = HttpRangeReader.open(url, client);
            assertThat(server.requests()).isEqualTo(3);
            server.fail(url.getPath(), new Fault.Delay(3000), new Fault.Drop(), new Fault.Status(500));
            try (GeoTiffReader tiff = GeoTiff.open(reader, null)) {
                assertThat(tiff.read(window).band(0)).hasSize(256 * 256);
            }
            assertThat(server.requests()).isEqualTo(3 + 4);
        }
    }

    @Test
    void open_missingAsset_failsAtOnceNamingTheUrl() {
        URI missing = server.base().resolve("/files/nope/B04.tif");
        server.resetCounters();
        try (HttpRangeClient client = new HttpRangeClient(quick())) {
            assertThatThrownBy(() -> HttpRangeReader.open(missing, client))
                    .isInstanceOf(RasterException.class)
                    .hasMessageContaining("HTTP 404")
                    .hasMessageContaining(missing.toString());
        }
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void read_persistentServerErrors_giveUpNamingTheAsset() {
        URI url = server.url(malaga);
        server.fail(
                url.getPath(),
                new Fault.Status(503),
                new Fault.Status(503),
                new Fault.Status(503),
                new Fault.Status(503));
        try (HttpRangeClient client = new HttpRangeClient(quick())) {
            assertThatThrownBy(() -> HttpRangeReader.open(url, client))
                    .isInstanceOf(RasterException.class)
                    .hasMessageContaining("after 4 attempts")
                    .hasMessageContaining("HTTP 503")
                    .hasMessageContaining(url.toString());
        }
    }

    @Test
    void readFully_outsideTheFile_failsNamingIt() {
        try (HttpRangeClient client = new HttpRangeClient(quick())) {
            HttpRangeReader reader = HttpRangeReader.open(server.url(malaga), client);
            assertThatThrownBy(() -> reader.readFully(reader.size() - 2, java.nio.ByteBuffer.allocate(10)))
                    .isInstanceOf(RasterException.class)
                    .hasMessageContaining("past the end");
            assertThat(List.of(reader.name()))
                    .containsExactly(server.url(malaga).toString());
        }
    }
}
