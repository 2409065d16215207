package landcover.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real test data shared by the team (Sentinel-2 bands, DEMs, AOIs, benchmarks; each
 * folder has a PROVENANCE.md). Looked up, in order: system property {@code landcover.shared.data},
 * environment variable {@code LANDCOVER_SHARED_DATA}, {@code ../shared/data} next to the checkout,
 * {@code /work/shared/data}. When none exists a test is skipped locally but fails under CI
 * ({@code CI=true}): a test never passes by not running.
 */
public final class SharedData {
    private SharedData() {}

    /** The path of {@code relative} inside the shared data folder; the file must exist. */
    public static Path path(String relative) {
        Path file = root().resolve(relative);
        Assertions.assertTrue(Files.exists(file), () -> "shared test data missing: " + file);
        return file;
    }

    /** The shared data folder. */
    public static Path root() {
        for (Path candidate : candidates()) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String message = "shared test data not found; looked in " + candidates()
                + " (set LANDCOVER_SHARED_DATA to the folder holding sentinel2_malaga_greensenti etc.)";
        if (Ci.isCi()) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    private static List<Path> candidates() {
        List<Path> paths = new ArrayList<>();
        String property = System.getProperty("landcover.shared.data");
        if (property != null) {
            paths.add(Path.of(property));
        }
        String env = System.getenv("LANDCOVER_SHARED_DATA");
        if (env != null) {
            paths.add(Path.of(env));
        }
        paths.add(RepoRoot.path().resolve("../shared/data").normalize());
        paths.add(Path.of("/work/shared/data"));
        return paths;
    }
}
