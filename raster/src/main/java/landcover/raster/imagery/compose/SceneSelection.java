package landcover.raster.imagery.compose;

import java.util.Comparator;
import java.util.List;
import landcover.raster.imagery.Season;

/**
 * Which acquisitions make a season's composite: those of the season's dates (UTC), least cloudy
 * first (scene cloud cover; ties by date, then id, so the choice is reproducible), at most {@code
 * max}. The local catalog's ingest and the STAC source choose with this same rule, per tile.
 */
public final class SceneSelection {
    private static final Comparator<SceneRef> ORDER = Comparator.comparingDouble(SceneRef::cloudCover)
            .thenComparing(SceneRef::acquired)
            .thenComparing(SceneRef::id);

    private SceneSelection() {}

    /** The chosen scenes, least cloudy first. */
    public static List<SceneRef> leastCloudy(List<SceneRef> candidates, Season season, int max) {
        return candidates.stream()
                .filter(s -> season.contains(s.date()))
                .sorted(ORDER)
                .limit(max)
                .toList();
    }
}
