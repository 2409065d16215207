package landcover.raster.imagery.stac;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.imagery.SeasonCalendar;
import landcover.raster.imagery.http.HttpSettings;
import landcover.raster.s2.CompositeSettings;

/**
 * Where a STAC imagery source searches and how it composites. Start from {@link #of} and change
 * what you need.
 *
 * @param api the STAC API root, e.g. {@code https://earth-search.aws.element84.com/v1}
 * @param collection the Sentinel-2 L2A collection, e.g. {@code sentinel-2-l2a}
 * @param years the years served
 * @param seasons the season calendar
 * @param maxCloudCover scenes cloudier than this (percent, {@code eo:cloud_cover}) are not used
 * @param maxScenes a season's composite uses at most this many least-cloudy scenes per tile
 * @param dem a DEM for terrain features: a GeoTIFF path or an http(s) URL of a COG; empty for none
 * @param coverage where the source claims imagery (WGS84), for listing years
 * @param compositing how composites are made (must match the training data's)
 * @param http timeouts, retries, parallelism and cache of the range reads
 * @param synthetic true when the served scenes are synthetic (tests, the sample region over HTTP)
 */
public record StacSettings(
        URI api,
        String collection,
        List<Year> years,
        SeasonCalendar seasons,
        double maxCloudCover,
        int maxScenes,
        Optional<String> dem,
        BoundingBox coverage,
        CompositeSettings compositing,
        HttpSettings http,
        boolean synthetic) {
    /** The UTM band Sentinel-2 grids use. */
    public static final BoundingBox WORLD = new BoundingBox(-180, -80, 180, 84);

    public StacSettings {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(collection, "collection");
        years = List.copyOf(years);
        Objects.requireNonNull(seasons, "seasons");
        Objects.requireNonNull(dem, "dem");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(compositing, "compositing");
        Objects.requireNonNull(http, "http");
        if (years.isEmpty()) {
            throw new InvalidValueException("years", "a STAC source needs at least one year");
        }
        if (!(maxCloudCover >= 0 && maxCloudCover <= 100)) {
            throw new InvalidValueException("maxCloudCover", maxCloudCover + " is not a percentage");
        }
        if (maxScenes < 1) {
            throw new InvalidValueException("maxScenes", "must be at least 1");
        }
    }

    /**
     * Earth Search's {@code sentinel-2-l2a} defaults: default seasons, scenes up to 60 % cloud, 3 per
     * season, no DEM, worldwide coverage, default compositing and HTTP settings.
     */
    public static StacSettings of(URI api, List<Year> years) {
        return new StacSettings(
                api,
                "sentinel-2-l2a",
                years,
                SeasonCalendar.DEFAULT,
                60,
                3,
                Optional.empty(),
                WORLD,
                CompositeSettings.DEFAULT,
                HttpSettings.defaults(),
                false);
    }

    public StacSettings withCollection(String name) {
        return new StacSettings(
                api, name, years, seasons, maxCloudCover, maxScenes, dem, coverage, compositing, http, synthetic);
    }

    public StacSettings withSeasons(SeasonCalendar calendar) {
        return new StacSettings(
                api,
                collection,
                years,
                calendar,
                maxCloudCover,
                maxScenes,
                dem,
                coverage,
                compositing,
                http,
                synthetic);
    }

    public StacSettings withMaxCloudCover(double percent) {
        return new StacSettings(
                api, collection, years, seasons, percent, maxScenes, dem, coverage, compositing, http, synthetic);
    }

    public StacSettings withMaxScenes(int max) {
        return new StacSettings(
                api, collection, years, seasons, maxCloudCover, max, dem, coverage, compositing, http, synthetic);
    }

    /** A DEM path or URL (null for none). */
    public StacSettings withDem(String location) {
        return new StacSettings(
                api,
                collection,
                years,
                seasons,
                maxCloudCover,
                maxScenes,
                Optional.ofNullable(location),
                coverage,
                compositing,
                http,
                synthetic);
    }

    public StacSettings withCoverage(BoundingBox box) {
        return new StacSettings(
                api, collection, years, seasons, maxCloudCover, maxScenes, dem, box, compositing, http, synthetic);
    }

    public StacSettings withHttp(HttpSettings settings) {
        return new StacSettings(
                api,
                collection,
                years,
                seasons,
                maxCloudCover,
                maxScenes,
                dem,
                coverage,
                compositing,
                settings,
                synthetic);
    }

    public StacSettings withSynthetic(boolean on) {
        return new StacSettings(
                api, collection, years, seasons, maxCloudCover, maxScenes, dem, coverage, compositing, http, on);
    }
}
