package landcover.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import landcover.mlops.pipeline.BootstrapOp;
import landcover.mlops.pipeline.BootstrapSettings;
import landcover.mlops.pipeline.EmbeddedLayout;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.server.api.EdgeServices;
import landcover.server.config.ImagerySettings;
import landcover.server.config.ServerSettings;

/**
 * A data directory for tests that serve predictions: the one named by {@code
 * -Dlandcover.fixture.dir} (kept between runs: the bootstrap there reuses everything), else one fresh
 * temporary directory per test JVM, bootstrapped by the first server start that uses it.
 */
public final class ServedData {
    private static Path dir;

    private ServedData() {}

    /** The shared data directory. */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                String kept = System.getProperty("landcover.fixture.dir");
                dir = kept == null || kept.isBlank()
                        ? Files.createTempDirectory("landcover-served-")
                        : Files.createDirectories(Path.of(kept));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Test settings (free ports, known admin token) over the shared data directory and the sample region. */
    public static ServerSettings settings() {
        ServerSettings base = TestServices.settings();
        return new ServerSettings(
                base.listen(), dir(), base.security(), base.limits(), ImagerySettings.SAMPLE, base.classes());
    }

    /** The shared data directory, bootstrapped (idempotent: seconds once done). */
    public static synchronized EmbeddedLayout bootstrapped() {
        EmbeddedLayout layout = new EmbeddedLayout(dir());
        try (ModelRegistry registry = ModelRegistries.open(layout.registry())) {
            BootstrapOp.run(
                    BootstrapSettings.defaults(layout, new CodeVersion("test", Map.of()), line -> {}), registry);
        }
        return layout;
    }

    /** Services wired as the server wires them, the prediction flow not yet started. */
    public static EdgeServices services() {
        return ServerWiring.build(settings(), new PrintWriter(Writer.nullWriter()));
    }
}
