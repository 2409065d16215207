package landcover.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenStoreTest {
    private static TokenHash load(Path file, StringWriter out) {
        return AdminTokenStore.loadOrCreate(file, new PrintWriter(out));
    }

    @Test
    void loadOrCreate_firstStart_printsTheTokenOnce_andStoresOnlyItsHash_ownerOnly(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("data/admin-token.sha256");
        StringWriter first = new StringWriter();
        TokenHash created = load(file, first);

        List<String> lines = first.toString().lines().toList();
        assertThat(lines).hasSize(2);
        String token = lines.get(1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.matches(token)).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String stored = Files.readString(file);
        assertThat(stored).doesNotContain(token).startsWith("sha256:").isEqualTo(created.encoded() + "\n");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }

        StringWriter second = new StringWriter();
        TokenHash reloaded = load(file, second);
        assertThat(second.toString()).isEmpty();
        assertThat(reloaded.matches(token)).isTrue();
        assertThat(reloaded).isEqualTo(created);
    }

    @Test
    void loadOrCreate_twoDataDirs_getDifferentTokens(@TempDir Path dir) {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        load(dir.resolve("a/t"), a);
        load(dir.resolve("b/t"), b);
        assertThat(a.toString().lines().toList().get(1))
                .isNotEqualTo(b.toString().lines().toList().get(1));
    }

    @Test
    void loadOrCreate_corruptFile_failsNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("admin-token.sha256"), "hunter2\n");
        assertThatThrownBy(() -> load(file, new StringWriter()))
                .isInstanceOf(SecurityConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("delete it");
    }
}
