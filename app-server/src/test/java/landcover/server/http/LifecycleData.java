package landcover.server.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.server.ServedData;
import landcover.server.ServerWiring;
import landcover.server.api.EdgeServices;
import landcover.server.config.ServerSettings;

/**
 * A data directory of its own for a test that changes models (retrains, promotes): the shared
 * bootstrapped one's registry and artifacts copied, its sample region and catalog linked (read only),
 * so the shared directory keeps its baselines for every other test.
 */
final class LifecycleData {
    private static Path dir;

    private LifecycleData() {}

    /** The private data directory of this JVM's REST lifecycle story, made on first use. */
    static synchronized Path dir() {
        if (dir == null) {
            dir = newDir();
        }
        return dir;
    }

    /** Another private data directory (deleted at exit), for a test class that must not see the others' changes. */
    static Path newDir() {
        try {
            EmbeddedLayout shared = ServedData.bootstrapped();
            Path copy = Files.createTempDirectory("landcover-lifecycle-");
            for (String part : List.of("registry", "artifacts", ".bootstrap")) {
                copy(shared.dataDir().resolve(part), copy.resolve(part));
            }
            Files.createSymbolicLink(copy.resolve("sample-region"), shared.sampleRegion());
            Files.createSymbolicLink(copy.resolve("catalog"), shared.catalog());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Services wired as the server wires them over the private directory, serving not yet started. */
    static EdgeServices services() {
        return services(dir());
    }

    /** Services wired as the server wires them over {@code dataDir}, serving not yet started. */
    static EdgeServices services(Path dataDir) {
        ServerSettings base = ServedData.settings();
        ServerSettings settings = new ServerSettings(
                base.listen(), dataDir, base.security(), base.limits(), base.imagery(), base.classes());
        return ServerWiring.build(settings, new PrintWriter(Writer.nullWriter()));
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy.resolve("sample-region"));
            Files.deleteIfExists(copy.resolve("catalog"));
            try (Stream<Path> walk = Files.walk(copy)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
