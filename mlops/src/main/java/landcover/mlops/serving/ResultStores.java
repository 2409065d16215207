package landcover.mlops.serving;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/** Builds result stores. */
public final class ResultStores {
    private ResultStores() {}

    /**
     * Results as files under {@code dir} (created if missing), kept as {@code retention} says.
     *
     * @throws java.io.UncheckedIOException when the folder cannot be created
     */
    public static ResultStore files(Path dir, ResultRetention retention, Clock clock) {
        return new FileResultStore(
                Objects.requireNonNull(dir, "dir"),
                Objects.requireNonNull(retention, "retention"),
                Objects.requireNonNull(clock, "clock"));
    }
}
