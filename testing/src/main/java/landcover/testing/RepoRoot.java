package landcover.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of this checkout (the folder holding the reactor pom and {@code .git}). */
public final class RepoRoot {
    private RepoRoot() {}

    /** The repository root, from the surefire property or by walking up from the working directory. */
    public static Path path() {
        String property = System.getProperty("landcover.repo.root");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "not inside the landcover checkout: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
