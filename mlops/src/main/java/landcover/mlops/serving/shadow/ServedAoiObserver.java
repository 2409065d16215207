package landcover.mlops.serving.shadow;

import java.util.List;

/**
 * Told about every production prediction after it is answered. Implementations must return at
 * once (hand the work to their own bounded executor) and must never throw into the request path;
 * they must be thread-safe. {@link #NONE} ignores everything.
 */
@FunctionalInterface
public interface ServedAoiObserver {
    /** Ignores everything. */
    ServedAoiObserver NONE = aoi -> {};

    /** A production prediction was served. */
    void served(ServedAoi aoi);

    /** Tells each observer in turn; one that throws does not keep the others from hearing. */
    static ServedAoiObserver all(List<ServedAoiObserver> observers) {
        List<ServedAoiObserver> copy = List.copyOf(observers);
        return aoi -> {
            for (ServedAoiObserver o : copy) {
                try {
                    o.served(aoi);
                } catch (RuntimeException e) {
                    System.getLogger(ServedAoiObserver.class.getName())
                            .log(System.Logger.Level.WARNING, "served-AOI observer failed: " + e.getMessage(), e);
                }
            }
        };
    }
}
