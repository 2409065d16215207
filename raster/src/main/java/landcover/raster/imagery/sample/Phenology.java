package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.Noises.bell;
import static landcover.raster.imagery.sample.Noises.smoothstep;
import static landcover.raster.imagery.sample.Spectra.CHAR;
import static landcover.raster.imagery.sample.Spectra.GV;
import static landcover.raster.imagery.sample.Spectra.NPV;
import static landcover.raster.imagery.sample.Spectra.SOIL;
import static landcover.raster.imagery.sample.Spectra.URBAN;
import static landcover.raster.imagery.sample.Spectra.WATER;

import java.util.Arrays;

/**
 * Endmember fractions of each cover through the year (day of year, Mediterranean calendar):
 * grasslands green from the autumn rains to a March–April peak and dry by June; winter cereals
 * peaking in late March and harvested by mid-June (stubble, then ploughed soil); irrigated
 * vegetables peaking in July; evergreen pines and orchards with canopy cover varying from patch to
 * patch; deciduous riparian trees; a burnt scar whose char fades as ash washes off and grasses
 * resprout; a lake bed that greens with weeds.
 *
 * <p>Classes overlap on purpose, as they do on the ground: sparse pine stands look like open
 * woodland, dense shrubs like sparse woodland, fallow like pasture. The fractions are written into
 * {@code out} with brightness (canopy shadowing, moisture) multiplied in.
 */
final class Phenology {
    private Phenology() {}

    /** Where a pixel sits: its local conditions, each in [-1, 1] except the phase in days. */
    static final class Site {
        /** Field or stand vigour (parcel-wide on fields, ≈300 m patches elsewhere). */
        double vigour;
        /** Fine texture (≈60 m), or per-pixel roof and garden variety in built-up areas. */
        double texture;
        /** Canopy or shrub density of the patch (≈120 m). */
        double density;
        /** Shift of the crop calendar in days (sowing and harvest dates differ between fields). */
        double phase;
        /** Per-pixel variety of the vegetation (a tree more, a shrub less), the same on every date. */
        double speckle;
    }

    /** Green fraction of Mediterranean grassland on a day of year. */
    static double herb(double doy) {
        return 0.10 + 0.62 * bell((doy - 85) / 55) + 0.30 * smoothstep(285, 335, doy);
    }

    /** Writes the fractions of {@code cover} on day {@code doy} at {@code site} into {@code out}. */
    static void fractions(Cover cover, double doy, Site site, float[] out) {
        Arrays.fill(out, 0f);
        double v = 1 + 0.35 * site.vigour + 0.25 * site.texture + 0.2 * site.speckle;
        double d = doy - site.phase;
        switch (cover) {
            case URBAN -> builtUp(out, 0.70 * (1 + 0.35 * site.texture), 0.13 + 0.05 * bell((doy - 100) / 50), 1.0);
            case ROAD -> builtUp(out, 0.80, 0.06, 0.6);
            case HOUSE -> builtUp(out, 0.45 * (1 + 0.4 * site.texture), 0.30 * v, 1.0);
            case CONSTRUCTION -> set(out, 1.1, 0.04, 0.05, 0.60 + 0.15 * site.texture, 0, 0.31, 0);
            case GRASSLAND -> herbaceous(out, herb(d) * v, 1.0);
            case FALLOW -> herbaceous(out, (0.08 + 0.75 * herb(d)) * v, 1.0);
            case REGROWTH -> regrowth(out, doy, v);
            case SHRUB -> shrub(out, doy, v, site.density);
            case RIVER -> set(out, 1.0, 0.12, 0, 0.18 + 0.06 * site.texture, 0.70, 0, 0);
            case RESERVOIR -> set(out, 1.0, 0.02 + 0.04 * bell((doy - 200) / 50), 0, 0.05, 0.90, 0, 0);
            case WETLAND -> wetland(out, doy, v, site.density);
            case CEREAL -> cereal(out, d, v);
            case ORCHARD -> orchard(out, doy, v, site.density);
            case VEGETABLE -> herbaceous(out, (0.06 + 0.74 * bell((d - 198) / 48)) * v, 0.95);
            case PINE -> pine(out, doy, v, site.density);
            case WOODLAND -> woodland(out, doy, v, site.density);
            case RIPARIAN -> riparian(out, doy, v);
            case ROCK -> set(out, 1.05, 0.06 + 0.08 * bell((doy - 90) / 50) * v, 0.18, 0.50, 0, 0.26, 0);
            case QUARRY -> set(out, 1.4 * (1 + 0.05 * site.texture), 0, 0, 0.45, 0, 0.55, 0);
            case BURNT -> burnt(out, doy, v, site.texture);
            case LAKEBED -> lakebed(out, doy, v);
        }
    }

    private static void set(
            float[] out,
            double brightness,
            double gv,
            double npv,
            double soil,
            double water,
            double urban,
            double charred) {
        out[GV] = (float) (brightness * Math.max(gv, 0));
        out[NPV] = (float) (brightness * Math.max(npv, 0));
        out[SOIL] = (float) (brightness * Math.max(soil, 0));
        out[WATER] = (float) (brightness * water);
        out[URBAN] = (float) (brightness * Math.max(urban, 0));
        out[CHAR] = (float) (brightness * charred);
    }

    private static void builtUp(float[] out, double urban, double green, double brightness) {
        set(out, brightness, green, 0, 1 - urban - green, 0, urban, 0);
    }

    private static void herbaceous(float[] out, double green, double brightness) {
        double g = Math.clamp(green, 0.0, 0.95);
        set(out, brightness, g, (1 - g) * 0.55, (1 - g) * 0.45, 0, 0, 0);
    }

    private static void cereal(float[] out, double doy, double v) {
        double g = Math.min(0.95, (0.04 + 0.84 * bell((doy - 88) / 42)) * v);
        double stubble = 0.55 * smoothstep(140, 165, doy) * smoothstep(295, 265, doy);
        set(out, 1.0, g, stubble, Math.max(0.05, 1 - g - stubble), 0, 0, 0);
    }

    private static void orchard(float[] out, double doy, double v, double density) {
        double canopy = 0.45 + 0.15 * density;
        double g = (canopy + 0.05 * bell((doy - 120) / 60)) * v + (1 - canopy) * 0.5 * herb(doy);
        set(out, 0.9, g, 0.10, Math.max(0.05, 1 - g - 0.10), 0, 0, 0);
    }

    private static void shrub(float[] out, double doy, double v, double density) {
        double cover = 0.36 + 0.18 * density;
        double g = (cover + 0.18 * bell((doy - 95) / 60) - 0.06 * bell((doy - 215) / 45)) * v;
        set(out, 0.92, g, 0.20, Math.max(0.05, 1 - g - 0.20), 0, 0, 0);
    }

    private static void pine(float[] out, double doy, double v, double density) {
        double canopy = 0.68 + 0.20 * density;
        double under = (1 - canopy) * herb(doy);
        set(out, 0.62 + 0.25 * (1 - canopy), canopy * v + under, 0.12, Math.max(0.05, 1 - canopy - under), 0, 0, 0);
    }

    private static void woodland(float[] out, double doy, double v, double density) {
        double trees = 0.38 + 0.22 * density;
        double under = (1 - trees) * herb(doy);
        double g = (trees * 0.85 + under) * v;
        set(out, 0.80 + 0.1 * (1 - trees), g, (1 - trees) * 0.3, Math.max(0.05, 1 - g - (1 - trees) * 0.3), 0, 0, 0);
    }

    private static void riparian(float[] out, double doy, double v) {
        double g = (0.42 + 0.28 * bell((doy - 170) / 80) - 0.18 * smoothstep(300, 330, doy)) * v;
        set(out, 0.85, g, 0.10, Math.max(0.05, 0.9 - g), 0.08, 0, 0);
    }

    private static void wetland(float[] out, double doy, double v, double density) {
        double water = 0.22 - 0.12 * density;
        double g = (0.38 + 0.25 * bell((doy - 160) / 80)) * v;
        set(out, 1.0, g, 0.18, Math.max(0.05, 0.8 - g - water), water, 0, 0);
    }

    private static void regrowth(float[] out, double doy, double v) {
        double g = (0.10 + 0.45 * bell((doy - 90) / 50) + 0.15 * smoothstep(285, 335, doy)) * v;
        double rest = Math.max(0, 1 - g - 0.08);
        set(out, 0.95, g, rest * 0.45, rest * 0.55, 0, 0, 0.08);
    }

    /**
     * A winter fire's scar in the following year: char and ash, grasses resprouting after the
     * spring and autumn rains, dead needles drying in summer.
     */
    private static void burnt(float[] out, double doy, double v, double texture) {
        double charred = (0.42 - 0.22 * smoothstep(60, 330, doy)) * (1 + 0.2 * texture);
        double g = (0.16 + 0.30 * bell((doy - 90) / 45) + 0.15 * smoothstep(280, 330, doy)) * v;
        double dead = 0.30 * bell((doy - 200) / 60);
        set(out, 0.95, g, dead, Math.max(0.05, 1 - charred - g - dead), 0, 0, charred);
    }

    /** Lake bed laid bare by a low level: moist silt, weeds in spring, drying through the summer. */
    private static void lakebed(float[] out, double doy, double v) {
        double g = (0.08 + 0.22 * bell((doy - 95) / 45)) * v;
        double brightness = 0.72 + 0.15 * smoothstep(120, 240, doy);
        set(out, brightness, g, 0.10, Math.max(0.05, 0.85 - g), 0.05, 0, 0);
    }
}
