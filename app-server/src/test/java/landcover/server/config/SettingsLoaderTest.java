package landcover.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import landcover.domain.ClassScheme;
import landcover.domain.Year;
import landcover.server.security.TokenHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    private static ServerSettings load(Map<String, String> env, Path config) {
        return SettingsLoader.load(
                new SettingsOverrides(
                        Optional.ofNullable(config), Optional.empty(), OptionalInt.empty(), OptionalInt.empty()),
                env);
    }

    private static Path yaml(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("landcover.yaml"), text);
    }

    @Test
    void load_nothingGiven_usesTheEmbeddedDefaults() {
        ServerSettings settings = load(Map.of(), null);
        assertThat(settings.listen()).isEqualTo(new ListenSettings("0.0.0.0", 8080, 9090, Duration.ofSeconds(30)));
        assertThat(settings.dataDir()).isEqualTo(Path.of("landcover-data").toAbsolutePath());
        assertThat(settings.security().apiAccess()).isEqualTo(new ApiAccess.Open());
        assertThat(settings.security().adminToken())
                .isEqualTo(new AdminTokenSource.HashFile(settings.dataDir().resolve("admin-token.sha256")));
        assertThat(settings.limits().maxBodyBytes()).isEqualTo(8L << 20);
        assertThat(settings.limits().aoi().maxAreaM2()).isEqualTo(20_000e6);
        assertThat(settings.imagery()).isEqualTo(ImagerySettings.SAMPLE);
        assertThat(settings.classes()).isEqualTo(ClassScheme.DEFAULT);
    }

    @Test
    void load_flagsBeatEnvironmentBeatFile(@TempDir Path dir) throws IOException {
        Path config = yaml(dir, """
                server:
                  port: 1000
                  grpc-port: 1001
                  host: 127.0.0.1
                data-dir: from-file
                limits:
                  max-body-bytes: 4096
                """);
        ServerSettings settings = SettingsLoader.load(
                new SettingsOverrides(Optional.of(config), Optional.empty(), OptionalInt.of(3000), OptionalInt.empty()),
                Map.of("LANDCOVER_PORT", "2000", "LANDCOVER_GRPC_PORT", "2001"));
        assertThat(settings.listen().port()).isEqualTo(3000);
        assertThat(settings.listen().grpcPort()).isEqualTo(2001);
        assertThat(settings.listen().host()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(dir.resolve("from-file"));
        assertThat(settings.limits().maxBodyBytes()).isEqualTo(4096);
    }

    @Test
    void load_imageryPerYear_andApiKeys(@TempDir Path dir) throws IOException {
        Path config = yaml(dir, """
                security:
                  api-access: api-keys
                  api-keys-file: keys.txt
                imagery:
                  source: sample
                  years:
                    2021:
                      source: local-catalog
                      path: catalog/2021
                    2023:
                      source: stac
                      url: https://earth-search.example/v1
                      collection: sentinel-2-l2a
                """);
        ServerSettings settings = load(Map.of(), config);
        assertThat(settings.security().apiAccess()).isEqualTo(new ApiAccess.ApiKeys(dir.resolve("keys.txt")));
        ImagerySettings imagery = settings.imagery();
        assertThat(imagery.sourceFor(new Year(2021)))
                .isEqualTo(new ImagerySource.LocalCatalog(dir.resolve("catalog/2021")));
        assertThat(imagery.sourceFor(new Year(2023)))
                .isEqualTo(new ImagerySource.Stac(URI.create("https://earth-search.example/v1"), "sentinel-2-l2a"));
        assertThat(imagery.sourceFor(new Year(2022))).isEqualTo(new ImagerySource.Sample());
    }

    @Test
    void load_adminTokenFromEnvironment_keepsOnlyItsHash() {
        ServerSettings settings = load(Map.of("LANDCOVER_ADMIN_TOKEN", "a-long-enough-admin-token"), null);
        assertThat(settings.security().adminToken())
                .isEqualTo(new AdminTokenSource.FromEnvironment(TokenHash.of("a-long-enough-admin-token")));
        assertThat(settings.toString()).doesNotContain("a-long-enough-admin-token");
    }

    @Test
    void load_badValues_failNamingTheKeyAndItsOrigin(@TempDir Path dir) throws IOException {
        assertRefused(Map.of("LANDCOVER_PORT", "eighty"), null, "server.port", "LANDCOVER_PORT");
        assertRefused(Map.of("LANDCOVER_PORT", "70000"), null, "server.port", "0-65535");
        assertRefused(Map.of("LANDCOVER_PORT", "9090"), null, "server.grpc-port", "must differ");
        assertRefused(Map.of("LANDCOVER_ADMIN_TOKEN", "short"), null, "LANDCOVER_ADMIN_TOKEN", "16");
        assertRefused(Map.of("LANDCOVER_API_ACCESS", "everyone"), null, "security.api-access", "open or api-keys");
        assertRefused(Map.of(), yaml(dir, "server:\n  prot: 80\n"), "server.prot", "unknown setting");
        assertRefused(Map.of(), yaml(dir, "limits:\n  max-body-bytes: 10\n"), "limits.max-body-bytes", "1024");
        assertRefused(Map.of(), yaml(dir, "imagery:\n  source: stac\n"), "imagery.url", "required");
        assertRefused(
                Map.of(),
                yaml(dir, "imagery:\n  years:\n    1999:\n      source: sample\n"),
                "imagery.years.1999",
                "Sentinel-2 era");
        assertRefused(Map.of(), yaml(dir, "server: [unclosed\n"), "--config", "cannot read config file");
        assertRefused(Map.of(), dir.resolve("missing.yaml"), "--config", "no such readable file");
    }

    @Test
    void load_classSchemeFile_isReadAndValidated(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("scheme.json"), """
                {"name":"two","classes":[{"code":1,"name":"forest","color":"#007800"},
                {"code":2,"name":"other","color":"#b4b4b4"}]}""");
        Path config = yaml(dir, "classes:\n  scheme-file: scheme.json\n");
        assertThat(load(Map.of(), config).classes().name()).isEqualTo("two");
        Files.writeString(dir.resolve("scheme.json"), "{\"name\":\"bad\",\"classes\":[]}");
        assertRefused(Map.of(), config, "classes.scheme-file", "at least one class");
    }

    private static void assertRefused(Map<String, String> env, Path config, String key, String message) {
        assertThatThrownBy(() -> load(env, config))
                .isInstanceOfSatisfying(
                        SettingsException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageContaining(message);
    }
}
