package landcover.raster.s2;

import java.util.Set;
import java.util.TreeSet;
import landcover.raster.RasterException;

/**
 * Which pixels of a scene a composite ignores, from its Scene Classification Layer (SCL).
 *
 * <p>Codes in {@code masked} are ignored outright. When {@code dilationRadius} is positive, a pixel
 * is also ignored when at least {@code dilationThreshold} of the pixels in the square window of side
 * {@code 2·radius + 1} around it (clipped to the grid) carry a code in {@code dilated}: this is how
 * the published method's training widened its cloud mask (~600 m window, ≥ 7.5 % cloudy). The
 * radius is in pixels of the grid the mask is computed on (10 m).
 *
 * <p>Whatever policy is chosen must be the same in training and serving; the model metadata
 * records it through the feature-list hash.
 *
 * @param masked SCL codes that are never valid
 * @param dilated SCL codes counted as cloudy for the dilation
 * @param dilationRadius half the dilation window's side in pixels, 0 for no dilation
 * @param dilationThreshold share of cloudy pixels in the window at or above which a pixel is masked
 */
public record CloudMaskPolicy(Set<Integer> masked, Set<Integer> dilated, int dilationRadius, double dilationThreshold) {
    /** 0 no data, 1 saturated/defective, 3 cloud shadow, 8/9 cloud medium/high, 10 cirrus, 11 snow. */
    public static final Set<Integer> MASKED_CODES = Set.of(0, 1, 3, 8, 9, 10, 11);

    /** Cloud shadows and clouds: 3, 8, 9, 10. */
    public static final Set<Integer> CLOUD_CODES = Set.of(3, 8, 9, 10);

    /** Masks {@link #MASKED_CODES}, no dilation: the default for training and serving alike. */
    public static final CloudMaskPolicy STANDARD = new CloudMaskPolicy(MASKED_CODES, CLOUD_CODES, 0, 1);

    /** The published method's training mask: 61 × 61 px (610 m at 10 m), ≥ 7.5 % clouds. */
    public static final CloudMaskPolicy DILATED_600M = new CloudMaskPolicy(MASKED_CODES, CLOUD_CODES, 30, 0.075);

    /** Masks nothing, needs no SCL: only DN 0 is left out (imagery without a scene classification). */
    public static final CloudMaskPolicy NONE = new CloudMaskPolicy(Set.of(), CLOUD_CODES, 0, 1);

    public CloudMaskPolicy {
        masked = Set.copyOf(masked);
        dilated = Set.copyOf(dilated);
        for (int code : union(masked, dilated)) {
            if (code < 0 || code > 11) {
                throw new RasterException("SCL", code + " is not a scene classification code (0-11)");
            }
        }
        if (dilationRadius < 0 || !(dilationThreshold > 0 && dilationThreshold <= 1)) {
            throw new RasterException(
                    "cloud mask",
                    "dilation radius must be >= 0 and threshold in (0, 1], got " + dilationRadius + " and "
                            + dilationThreshold);
        }
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** True when the policy needs the scene's SCL band. */
    public boolean needsScl() {
        return !masked.isEmpty() || dilationRadius > 0;
    }

    /** A stable description for hashes and metadata, e.g. {@code masked=[0,1,3,8,9,10,11];dilation=0}. */
    public String describe() {
        String base = "masked=" + new TreeSet<>(masked).toString().replace(" ", "");
        return dilationRadius == 0
                ? base + ";dilation=0"
                : base + ";dilated=" + new TreeSet<>(dilated).toString().replace(" ", "") + ";dilation="
                        + dilationRadius + "px@" + dilationThreshold;
    }
}
