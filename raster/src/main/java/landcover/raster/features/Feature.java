package landcover.raster.features;

import java.util.Objects;
import landcover.raster.s2.S2Band;

/**
 * One feature of a stack, by name: a season's band ({@code summer_B11}), a season's spectral index
 * ({@code spring_ndvi}), or terrain ({@code dem}, {@code slope}, {@code aspect}). Parse names with
 * {@link FeatureSpace#parse(String)}, which knows the configured seasons.
 */
public sealed interface Feature {
    /** The canonical name: {@code season_BAND} (band upper case), {@code season_index}, or the terrain name. */
    String name();

    /**
     * A season's composite band: reflectance for B01–B12 and B8A, AOT (unitless) and WVP (cm).
     *
     * @param season the season's name, e.g. summer
     * @param band any band but SCL
     */
    record Band(String season, S2Band band) implements Feature {
        public Band {
            Objects.requireNonNull(season, "season");
            if (band == S2Band.SCL) {
                throw new IllegalArgumentException("SCL is a mask, not a feature");
            }
        }

        @Override
        public String name() {
            return season + "_" + band.name();
        }
    }

    /**
     * A spectral index of a season's composite.
     *
     * @param season the season's name
     * @param index the index
     */
    record Index(String season, SpectralIndex index) implements Feature {
        public Index {
            Objects.requireNonNull(season, "season");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String name() {
            return season + "_" + index.featureName();
        }
    }

    /**
     * A terrain layer.
     *
     * @param layer elevation, slope or aspect
     */
    record Terrain(TerrainLayer layer) implements Feature {
        public Terrain {
            Objects.requireNonNull(layer, "layer");
        }

        @Override
        public String name() {
            return layer.featureName();
        }
    }

    /** The terrain layers; {@code elevation} is also accepted for {@code dem}. */
    enum TerrainLayer {
        /** Elevation in metres, named {@code dem} as in the published method. */
        DEM("dem", "elevation"),
        /** Slope in degrees (Horn). */
        SLOPE("slope", "slope"),
        /** Aspect in degrees clockwise from north (Horn), 0 where flat. */
        ASPECT("aspect", "aspect");

        private final String featureName;
        private final String terrainBand;

        TerrainLayer(String featureName, String terrainBand) {
            this.featureName = featureName;
            this.terrainBand = terrainBand;
        }

        /** The canonical feature name. */
        public String featureName() {
            return featureName;
        }

        /** The band of {@link TerrainOp#apply}'s result holding this layer. */
        public String terrainBand() {
            return terrainBand;
        }
    }
}
