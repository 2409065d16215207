package landcover.mlops.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.Test;

/**
 * The promotion history has no code path that rewrites it: no main source file of the module holds
 * an UPDATE or DELETE on {@code alias_events} (the database triggers refuse them too, see the
 * registry contract).
 */
class AliasEventsAppendOnlyTest {
    @Test
    void mainSources_neverUpdateOrDeleteAliasEvents() throws IOException {
        Path sources = RepoRoot.path().resolve("mlops/src/main");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> !f.getFileName().toString().contains("append_only"))
                    .filter(RegistryHistorySql::rewritesHistory)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    /** Looks for statements that would change history rows. */
    static final class RegistryHistorySql {
        private RegistryHistorySql() {}

        static boolean rewritesHistory(Path file) {
            try {
                String text = Files.readString(file).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                return text.matches(
                        "(?s).*(update alias_events|delete from alias_events|truncate (table )?alias_events).*");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
