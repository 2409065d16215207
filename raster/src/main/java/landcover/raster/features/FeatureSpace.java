package landcover.raster.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import landcover.raster.RasterException;
import landcover.raster.s2.S2Band;

/**
 * The features a configuration can name: terrain plus, for each configured season, the 12 spectral
 * bands, AOT, WVP and the spectral indices. Season names are lower-case words ({@code spring},
 * {@code dry}, {@code s1}); one season is enough.
 *
 * @param seasons season names in order, at least one, no duplicates
 */
public record FeatureSpace(List<String> seasons) {
    // Declared first: BASELINE below is built during class initialisation and validates with it.
    private static final Pattern SEASON = Pattern.compile("[a-z][a-z0-9]*");

    /** The published method's seasons. */
    public static final FeatureSpace BASELINE = new FeatureSpace(List.of("spring", "summer", "autumn"));

    /** The nine indices of the candidate space, in REFERENCE.md's order. */
    public static final List<SpectralIndex> CANDIDATE_INDICES = List.of(
            SpectralIndex.NDVI,
            SpectralIndex.EVI2,
            SpectralIndex.OSAVI,
            SpectralIndex.MNDWI,
            SpectralIndex.MOISTURE,
            SpectralIndex.NDYI,
            SpectralIndex.RI,
            SpectralIndex.NDRE,
            SpectralIndex.CRI1);

    public FeatureSpace {
        seasons = List.copyOf(seasons);
        if (seasons.isEmpty()) {
            throw new RasterException("seasons", "at least one season is needed");
        }
        for (String season : seasons) {
            if (!SEASON.matcher(season).matches()) {
                throw new RasterException(
                        "seasons",
                        "'" + season + "' is not a season name (lower-case letters"
                                + " and digits, starting with a letter, no underscore)");
            }
        }
        if (seasons.stream().distinct().count() != seasons.size()) {
            throw new RasterException("seasons", "duplicate season in " + seasons);
        }
    }

    /**
     * Every candidate feature: dem, slope, aspect, then per season the 12 bands (wavelength order),
     * AOT, WVP and the 9 {@link #CANDIDATE_INDICES}: 3 + 23 per season (72 for three seasons).
     */
    public FeatureList candidates() {
        List<Feature> all = new ArrayList<>();
        for (Feature.TerrainLayer layer : Feature.TerrainLayer.values()) {
            all.add(new Feature.Terrain(layer));
        }
        for (String season : seasons) {
            S2Band.SPECTRAL.forEach(b -> all.add(new Feature.Band(season, b)));
            all.add(new Feature.Band(season, S2Band.AOT));
            all.add(new Feature.Band(season, S2Band.WVP));
            CANDIDATE_INDICES.forEach(i -> all.add(new Feature.Index(season, i)));
        }
        return new FeatureList(all);
    }

    /**
     * Parses one feature name: {@code summer_B11}, {@code spring_ndvi}, {@code autumn_AOT}, {@code
     * slope}, {@code dem} or {@code elevation}, {@code aspect}. Bands and indices are matched
     * case-insensitively.
     *
     * @throws RasterException naming the feature and what is wrong with it
     */
    public Feature parse(String text) {
        String name = text.strip();
        for (Feature.TerrainLayer layer : Feature.TerrainLayer.values()) {
            if (name.equalsIgnoreCase(layer.featureName()) || name.equalsIgnoreCase(layer.terrainBand())) {
                return new Feature.Terrain(layer);
            }
        }
        int cut = name.indexOf('_');
        if (cut <= 0 || cut == name.length() - 1) {
            throw new RasterException(
                    text,
                    "unknown feature: expected season_band, season_index, dem," + " slope or aspect (seasons: "
                            + seasons + ")");
        }
        String season = name.substring(0, cut).toLowerCase(Locale.ROOT);
        if (!seasons.contains(season)) {
            throw new RasterException(text, "unknown season '" + season + "' (configured: " + seasons + ")");
        }
        return seasonal(text, season, name.substring(cut + 1));
    }

    private static Feature seasonal(String text, String season, String rest) {
        if (S2Band.isBand(rest)) {
            S2Band band = S2Band.parse(rest);
            if (band == S2Band.SCL) {
                throw new RasterException(text, "SCL is the cloud mask, not a feature");
            }
            return new Feature.Band(season, band);
        }
        if (SpectralIndex.isIndex(rest.toLowerCase(Locale.ROOT))) {
            return new Feature.Index(season, SpectralIndex.parse(rest));
        }
        throw new RasterException(
                text,
                "'" + rest + "' is neither a band (" + S2Band.SPECTRAL + ", AOT, WVP) nor an"
                        + " index ("
                        + java.util.Arrays.stream(SpectralIndex.values())
                                .map(SpectralIndex::featureName)
                                .toList()
                        + ")");
    }

    /** Parses a list of names, in order. */
    public FeatureList parseList(List<String> names) {
        return new FeatureList(names.stream().map(this::parse).toList());
    }

    /** Parses a comma-separated list of names ({@code slope,dem,summer_B11}). */
    public FeatureList parseList(String commaSeparated) {
        List<String> names = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return parseList(names);
    }
}
