package landcover.mlops.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link RegistrationKillIT}: opens the embedded registry under {@code args[0]},
 * starts registering a version and, once its artifacts are uploaded, creates the latch file {@code
 * args[1]} and waits to be killed before it can commit.
 */
final class PausingRegistrationMain {
    private PausingRegistrationMain() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path latch = Path.of(args[1]);
        Registrar.Hook pause = id -> {
            try {
                Files.writeString(latch, id);
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (JdbcModelRegistry registry = ModelRegistries.open(RegistrySettings.embedded(dataDir), pause)) {
            registry.register(Fixtures.request(Fixtures.Y2023, 2));
        }
        throw new IllegalStateException("the registration should never have been committed");
    }
}
