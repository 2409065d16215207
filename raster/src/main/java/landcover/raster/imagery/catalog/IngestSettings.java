package landcover.raster.imagery.catalog;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.raster.imagery.SeasonCalendar;
import landcover.raster.s2.CompositeSettings;

/**
 * What {@link CatalogIngestOp} ingests and how. Start from {@link #of} and change what you need.
 *
 * @param scenes the scenes folder (one sub-folder per acquisition, see docs/imagery.md)
 * @param dem the DEM for terrain features (any GeoTIFF covering the scenes), or empty for none
 * @param year the year to ingest; scenes of other years in the folder are ignored
 * @param catalog the catalog folder (created if missing)
 * @param seasons the season calendar
 * @param maxScenes how many of a season's least-cloudy acquisitions make its composite, at least 1
 * @param subTileSize side of the catalog's sub-tiles in 10 m pixels (default 512, 5.12 km)
 * @param compositing how composites are made (the same must be used by every source)
 * @param faultHook called at each step, for tests that crash the ingest on purpose
 */
public record IngestSettings(
        Path scenes,
        Optional<Path> dem,
        Year year,
        Path catalog,
        SeasonCalendar seasons,
        int maxScenes,
        int subTileSize,
        CompositeSettings compositing,
        FaultHook faultHook) {
    /** Steps an ingest passes, in order; a {@link FaultHook} may throw at any of them. */
    public interface FaultHook {
        /** No faults. */
        FaultHook NONE = step -> {};

        /**
         * Called when a step is reached: {@code composited} (everything written to a staging folder),
         * {@code staged} (staging folder renamed into place), {@code published} (catalog.json
         * replaced).
         */
        void reached(String step);
    }

    public IngestSettings {
        Objects.requireNonNull(scenes, "scenes");
        Objects.requireNonNull(dem, "dem");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(seasons, "seasons");
        Objects.requireNonNull(compositing, "compositing");
        Objects.requireNonNull(faultHook, "faultHook");
        if (maxScenes < 1) {
            throw new InvalidValueException("maxScenes", "must be at least 1, was " + maxScenes);
        }
        if (subTileSize < 64 || subTileSize > 4096) {
            throw new InvalidValueException("subTileSize", "must be 64-4096 pixels, was " + subTileSize);
        }
    }

    /** Default seasons, up to 3 scenes per season, 512-pixel sub-tiles, default compositing. */
    public static IngestSettings of(Path scenes, Path dem, Year year, Path catalog) {
        return new IngestSettings(
                scenes,
                Optional.ofNullable(dem),
                year,
                catalog,
                SeasonCalendar.DEFAULT,
                3,
                512,
                CompositeSettings.DEFAULT,
                FaultHook.NONE);
    }

    public IngestSettings withSeasons(SeasonCalendar calendar) {
        return new IngestSettings(scenes, dem, year, catalog, calendar, maxScenes, subTileSize, compositing, faultHook);
    }

    public IngestSettings withMaxScenes(int max) {
        return new IngestSettings(scenes, dem, year, catalog, seasons, max, subTileSize, compositing, faultHook);
    }

    public IngestSettings withSubTileSize(int size) {
        return new IngestSettings(scenes, dem, year, catalog, seasons, maxScenes, size, compositing, faultHook);
    }

    public IngestSettings withCompositing(CompositeSettings settings) {
        return new IngestSettings(scenes, dem, year, catalog, seasons, maxScenes, subTileSize, settings, faultHook);
    }

    public IngestSettings withFaultHook(FaultHook hook) {
        return new IngestSettings(scenes, dem, year, catalog, seasons, maxScenes, subTileSize, compositing, hook);
    }
}
