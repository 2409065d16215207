package landcover.raster.imagery.sample;

import static landcover.raster.imagery.sample.RegionLayout.SIZE;

/**
 * Renders one synthetic L2A acquisition from the world and a year's ground cover: per 10 m pixel
 * the endmember mixture of its cover on that day (phenology, field vigour, texture, a per-date
 * weather anomaly), lit by the sun over the terrain, veiled by clouds or darkened by their shadows;
 * then every band at its native resolution. 20 m and 60 m pixels average the mixtures of the 10 m
 * pixels they cover (the sensor integrates over its footprint), and each band gets its own sensor
 * noise. DNs follow L2A: reflectance × 10000, plus 1000 from processing baseline 04.00 on; AOT and
 * WVP × 1000; 0 only for nodata.
 */
final class SceneSimulator {
    private static final double NOISE_10 = 0.002;
    private static final double NOISE_20 = 0.0015;
    private static final double NOISE_60 = 0.001;

    private final World world;

    SceneSimulator(World world) {
        this.world = world;
    }

    /** Renders a scene over a year's covers. */
    SyntheticScene render(SceneSpec scene, byte[] covers) {
        long seed = scene.seed(world.seed());
        Sky sky = new Sky(scene, seed);
        Mixtures mix = Mixtures.compute(world, covers, scene, sky);
        SyntheticScene out = new SyntheticScene(scene);
        int offset = scene.hasBoaOffset() ? 1000 : 0;
        float[][] at10 = mix.averaged(1);
        for (String band : SyntheticScene.BANDS_10M) {
            out.put(band, reflectanceBand(at10, band, 1, NOISE_10, seed, offset, sky));
        }
        float[][] at20 = mix.averaged(2);
        for (String band : SyntheticScene.BANDS_20M) {
            out.put(band, reflectanceBand(at20, band, 2, NOISE_20, seed, offset, sky));
        }
        float[][] at60 = mix.averaged(6);
        for (String band : SyntheticScene.BANDS_60M) {
            out.put(band, reflectanceBand(at60, band, 6, NOISE_60, seed, offset, sky));
        }
        out.put("AOT", atmosphere(sky, true));
        out.put("WVP", atmosphere(sky, false));
        out.putScl(SceneClassification.classify(mix, seed));
        return out;
    }

    private short[] reflectanceBand(
            float[][] mix, String band, int factor, double sigma, long seed, int offset, Sky sky) {
        int b = Spectra.band(band);
        int size = SIZE / factor;
        short[] dn = new short[size * size];
        long bandSeed = Noises.mix(seed + 31L * (b + 1));
        Parallel.rows(size, row -> {
            float[] fractions = new float[Spectra.ENDMEMBERS];
            for (int col = 0; col < size; col++) {
                int i = row * size + col;
                for (int k = 0; k < Spectra.ENDMEMBERS; k++) {
                    fractions[k] = mix[k][i];
                }
                double r = Spectra.reflectance(fractions, b) + sigma * Noises.gaussian(bandSeed, col, row);
                r += atmosphericResidual(band, sky, col, row, factor);
                dn[row * size + col] = toDn(r, offset);
            }
        });
        return dn;
    }

    /** B01 keeps some of the aerosol sen2cor could not remove; B09 sits in a water-vapour band. */
    private double atmosphericResidual(String band, Sky sky, int col, int row, int factor) {
        if (factor != 6) {
            return 0;
        }
        double x = (col + 0.5) * factor;
        double y = (row + 0.5) * factor;
        double e = world.dem().elevation()[(int) y * SIZE + (int) x];
        if (band.equals("B01")) {
            return 0.15 * (sky.aot(x, y, e) - 0.1);
        }
        return -0.02 * (sky.wvp(x, y, e) - 1.5);
    }

    private short[] atmosphere(Sky sky, boolean aerosol) {
        int size = SIZE / 2;
        short[] dn = new short[size * size];
        float[] elevation = world.dem().elevation();
        Parallel.rows(size, row -> {
            for (int col = 0; col < size; col++) {
                double x = (col + 0.5) * 2;
                double y = (row + 0.5) * 2;
                double e = elevation[(row * 2) * SIZE + col * 2];
                double value = aerosol ? sky.aot(x, y, e) : sky.wvp(x, y, e);
                dn[row * size + col] = (short) Math.clamp(Math.round(value * 1000), 1, 65535);
            }
        });
        return dn;
    }

    /** Reflectance to an L2A DN (uint16 held in a short), never 0, which means nodata. */
    static short toDn(double reflectance, int offset) {
        long dn = Math.round(reflectance * 10000) + offset;
        return (short) Math.clamp(dn, 1, 65535);
    }
}
