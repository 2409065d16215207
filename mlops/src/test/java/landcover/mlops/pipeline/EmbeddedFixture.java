package landcover.mlops.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;

/**
 * One real embedded bootstrap per test JVM (default settings: the shipped sample region, 100-tree
 * baselines for every sample year), shared by the tests that need a served data directory.
 */
public final class EmbeddedFixture {
    /** The code version recorded by test bootstraps. */
    public static final CodeVersion CODE =
            new CodeVersion("test", Map.of("java", Runtime.version().toString()));

    private static EmbeddedFixture instance;

    private final EmbeddedLayout layout;
    private final BootstrapReport report;
    private final List<String> log;

    private EmbeddedFixture(EmbeddedLayout layout, BootstrapReport report, List<String> log) {
        this.layout = layout;
        this.report = report;
        this.log = log;
    }

    /** The shared fixture, bootstrapped on first use. */
    public static synchronized EmbeddedFixture get() {
        if (instance == null) {
            try {
                Path dir = fixtureDirectory();
                EmbeddedLayout layout = new EmbeddedLayout(dir);
                List<String> log = Collections.synchronizedList(new ArrayList<>());
                BootstrapReport report;
                try (ModelRegistry registry = ModelRegistries.open(layout.registry())) {
                    report = BootstrapOp.run(BootstrapSettings.defaults(layout, CODE, log::add), registry);
                }
                instance = new EmbeddedFixture(layout, report, List.copyOf(log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Where everything is. */
    public EmbeddedLayout layout() {
        return layout;
    }

    /** What the first bootstrap did. */
    public BootstrapReport report() {
        return report;
    }

    /** The progress lines it logged. */
    public List<String> log() {
        return log;
    }

    /**
     * A fresh temporary directory, deleted at exit; or, for quicker local iterations, the directory
     * named by {@code -Dlandcover.fixture.dir}, kept (a second bootstrap there reuses everything).
     */
    private static Path fixtureDirectory() throws IOException {
        String kept = System.getProperty("landcover.fixture.dir");
        if (kept != null && !kept.isBlank()) {
            return Files.createDirectories(Path.of(kept));
        }
        Path dir = Files.createTempDirectory("landcover-embedded-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        return dir;
    }

    private static void delete(Path dir) {
        try {
            BootstrapOp.deleteTree(dir);
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
