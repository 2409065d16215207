package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import landcover.server.security.ApiKeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server} and {@code api-key} through the CLI, in-process (no server is left running). */
class ServerCommandsTest {
    @Test
    void help_listsServerAndApiKey() {
        CliTest.Run run = CliTest.run("--help");
        assertThat(run.out()).contains("server", "api-key", "validate-aoi");
        CliTest.Run server = CliTest.run("server", "--help");
        assertThat(server.exitCode()).isZero();
        assertThat(server.out()).contains("--data-dir", "--port", "--grpc-port", "--config", "SIGTERM");
    }

    @Test
    void server_unknownSettingInConfig_exitsTwoNamingIt(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("c.yaml"), "server:\n  prot: 8080\n");
        CliTest.Run run = CliTest.run("server", "--config", yaml.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("landcover: unknown setting 'server.prot' in " + yaml + "\n");
    }

    @Test
    void server_equalPorts_exitTwo() {
        CliTest.Run run = CliTest.run("server", "--port", "8123", "--grpc-port", "8123");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("server.grpc-port must differ from server.port");
    }

    @Test
    void apiKeyCreate_printsTheKeyOnce_andStoresOnlyItsHash_ownerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys/api-keys.txt");
        CliTest.Run run = CliTest.run("api-key", "create", "--file", file.toString(), "desktop-alice");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String key = run.out().strip();
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(run.err()).contains("desktop-alice").doesNotContain(key);
        assertThat(Files.readString(file)).doesNotContain(key).contains("desktop-alice");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(ApiKeyRing.load(file).match(key)).hasValue("desktop-alice");

        CliTest.Run second = CliTest.run("api-key", "create", "--file", file.toString(), "ci");
        assertThat(ApiKeyRing.load(file).names()).containsExactly("desktop-alice", "ci");
        assertThat(ApiKeyRing.load(file).match(second.out().strip())).hasValue("ci");
    }

    @Test
    void apiKeyCreate_duplicateOrBadName_exitsTwo(@TempDir Path dir) {
        Path file = dir.resolve("api-keys.txt");
        CliTest.run("api-key", "create", "--file", file.toString(), "alice");
        CliTest.Run duplicate = CliTest.run("api-key", "create", "--file", file.toString(), "alice");
        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.err()).contains("already in");
        CliTest.Run bad = CliTest.run("api-key", "create", "--file", file.toString(), "a b");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
    }
}
