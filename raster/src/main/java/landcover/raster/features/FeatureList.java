package landcover.raster.features;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import landcover.raster.RasterException;
import landcover.raster.s2.S2Band;

/**
 * An ordered list of distinct features: the band order of a feature stack and of a model's input.
 *
 * <p>{@link #hash()} identifies it: the lower-case hex SHA-256 of the UTF-8 text {@value
 * #DEFINITIONS} followed by each canonical name, every line ending in {@code \n}. The definitions
 * tag changes whenever what a name means changes (units, index formulas), so a model and a stack
 * agree on the hash only when they agree on order and meaning. Inference checks it.
 *
 * @param features in stack order, at least one, no duplicates
 */
public record FeatureList(List<Feature> features) {
    /** Version of the feature definitions (reflectance units, standard indices, Horn terrain). */
    public static final String DEFINITIONS = "landcover-features/v1";

    /** The 15 features the published method kept after recursive feature elimination, in its order. */
    public static final FeatureList BASELINE_15 = FeatureSpace.BASELINE.parseList(
            "slope,dem,summer_AOT,autumn_AOT,spring_B01,summer_B01,autumn_B01,summer_B11,summer_B12,"
                    + "spring_ndyi,spring_cri1,spring_ndvi,summer_ri,summer_mndwi,summer_moisture");

    public FeatureList {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new RasterException("features", "the feature list is empty");
        }
        Set<String> seen = new HashSet<>();
        for (Feature f : features) {
            if (!seen.add(f.name())) {
                throw new RasterException(f.name(), "listed twice in the features");
            }
        }
    }

    /** Canonical names, in order. */
    public List<String> names() {
        return features.stream().map(Feature::name).toList();
    }

    /** Number of features. */
    public int size() {
        return features.size();
    }

    /** The content hash (see the class comment), 64 hex digits. */
    public String hash() {
        StringBuilder text = new StringBuilder(DEFINITIONS).append('\n');
        names().forEach(n -> text.append(n).append('\n'));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The seasons the features read, in first-use order. */
    public List<String> seasons() {
        Set<String> seasons = new LinkedHashSet<>();
        for (Feature f : features) {
            switch (f) {
                case Feature.Band b -> seasons.add(b.season());
                case Feature.Index i -> seasons.add(i.season());
                case Feature.Terrain t -> {}
            }
        }
        return List.copyOf(seasons);
    }

    /** The bands a season's composite must provide: the season's band features and index inputs. */
    public Set<S2Band> bandsFor(String season) {
        Set<S2Band> bands = EnumSet.noneOf(S2Band.class);
        for (Feature f : features) {
            switch (f) {
                case Feature.Band b when b.season().equals(season) -> bands.add(b.band());
                case Feature.Index i
                when i.season().equals(season) -> bands.addAll(i.index().inputs());
                default -> {}
            }
        }
        return bands;
    }

    /** True when any feature is terrain (a DEM is needed). */
    public boolean needsDem() {
        return features.stream().anyMatch(f -> f instanceof Feature.Terrain);
    }

    @Override
    public String toString() {
        return String.join(",", names());
    }
}
