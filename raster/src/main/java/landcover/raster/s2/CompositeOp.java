package landcover.raster.s2;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.Resampling;
import landcover.raster.grid.WarpOp;

/**
 * Seasonal composites: per band and per pixel, the median over a season's scenes of the valid
 * observations, on one grid.
 *
 * <p>Per scene: SCL is resampled to the grid by nearest neighbour and turned into a validity mask
 * ({@link CloudMaskPolicy}); each band is resampled to the grid ({@link CompositeSettings}) and
 * converted to reflectance (AOT, WVP to their units) with the scene's own {@link L2aRadiometry}, so
 * scenes of different processing baselines mix correctly. DN 0 and masked pixels are left out.
 * The median of an even number of values is the mean of the middle two (numpy's nanmedian). A pixel
 * with no valid observation is NaN. The last band, {@value #COUNT_BAND}, counts the scenes whose
 * SCL let the pixel through.
 *
 * <p>Stateless and thread-safe; memory is one plane per scene for the band being composited.
 */
public final class CompositeOp {
    /** Name of the band holding the number of valid observations per pixel. */
    public static final String COUNT_BAND = "count";

    private CompositeOp() {}

    /**
     * Composites {@code bands} of {@code scenes} onto {@code grid}.
     *
     * @return FLOAT32 raster, one band per requested band (named as {@link S2Band#name()}) then
     *     {@value #COUNT_BAND}; nodata NaN
     * @throws RasterException when a scene lacks a requested band or (with a cloud mask) its SCL
     */
    public static Raster median(
            List<S2Scene> scenes, List<S2Band> bands, GridGeometry grid, CompositeSettings settings) {
        if (scenes.isEmpty()) {
            throw new RasterException("composite", "no scenes to composite");
        }
        int pixels = Math.toIntExact(grid.pixelCount());
        List<byte[]> valid = new ArrayList<>();
        float[] count = new float[pixels];
        for (S2Scene scene : scenes) {
            byte[] mask = validity(scene, grid, settings.cloudMask());
            valid.add(mask);
            for (int i = 0; i < pixels; i++) {
                count[i] += mask == null ? 1 : mask[i];
            }
        }
        float[][] planes = new float[bands.size() + 1][];
        List<String> names = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            planes[b] = compositeBand(scenes, valid, bands.get(b), grid, settings);
            names.add(bands.get(b).name());
        }
        planes[bands.size()] = count;
        names.add(COUNT_BAND);
        return new Raster(grid, DataType.FLOAT32, names, planes, OptionalDouble.of(Double.NaN));
    }

    /** The scene's validity on the grid, or null when the policy masks nothing (no SCL needed). */
    private static byte[] validity(S2Scene scene, GridGeometry grid, CloudMaskPolicy policy) {
        if (!policy.needsScl()) {
            return null;
        }
        Raster scl = WarpOp.apply(scene.band(S2Band.SCL), grid, Resampling.NEAREST);
        return SclMasks.valid(scl.band(0), grid.width(), grid.height(), policy);
    }

    private static float[] compositeBand(
            List<S2Scene> scenes, List<byte[]> valid, S2Band band, GridGeometry grid, CompositeSettings settings) {
        Resampling resampling = band == S2Band.SCL ? Resampling.NEAREST : settings.reflectanceResampling();
        float[][] observations = new float[scenes.size()][];
        for (int s = 0; s < scenes.size(); s++) {
            S2Scene scene = scenes.get(s);
            float[] dn = WarpOp.apply(scene.band(band), grid, resampling).band(0);
            observations[s] = physical(dn, band, scene.radiometry(), valid.get(s));
        }
        return MedianKernel.median(observations);
    }

    /** Physical values of one warped scene band, NaN where DN is 0 or the mask rejects the pixel. */
    private static float[] physical(float[] dn, S2Band band, L2aRadiometry radiometry, byte[] valid) {
        float[] out = new float[dn.length];
        for (int i = 0; i < dn.length; i++) {
            out[i] = valid != null && valid[i] == 0 ? Float.NaN : radiometry.toPhysical(band, dn[i]);
        }
        return out;
    }
}
