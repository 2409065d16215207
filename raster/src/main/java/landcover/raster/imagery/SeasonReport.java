package landcover.raster.imagery;

import java.util.List;
import java.util.Objects;

/**
 * How one season's composite turned out over an AOI, so callers can say honestly why pixels have
 * no data.
 *
 * @param season the season
 * @param status whether it had scenes and clear observations
 * @param sceneIds the acquisitions composited (least cloudy first), empty when none
 * @param clearShare share of the AOI's pixels with at least one clear observation, 0 to 1
 */
public record SeasonReport(Season season, Status status, List<String> sceneIds, double clearShare) {
    /** The outcome of a season over an AOI. */
    public enum Status {
        /** Every AOI pixel has at least one clear observation. */
        COMPLETE,
        /** Some AOI pixels have none (clouds, shadows, edge of the imagery). */
        PARTIAL,
        /** Scenes exist, but clouds or shadows cover the whole AOI in every one of them. */
        ALL_CLOUDS,
        /** No acquisition in the season's dates covers the AOI. */
        NO_SCENE
    }

    public SeasonReport {
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(status, "status");
        sceneIds = List.copyOf(sceneIds);
        if (!(clearShare >= 0 && clearShare <= 1)) {
            throw new IllegalArgumentException("clearShare " + clearShare + " outside 0..1");
        }
    }

    /** The status for a share of clear pixels, given whether any scene was found. */
    public static Status statusOf(boolean anyScene, double clearShare) {
        if (!anyScene) {
            return Status.NO_SCENE;
        }
        if (clearShare <= 0) {
            return Status.ALL_CLOUDS;
        }
        return clearShare >= 1 ? Status.COMPLETE : Status.PARTIAL;
    }
}
