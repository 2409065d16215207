package landcover.raster.s2;

import java.util.Objects;
import landcover.raster.grid.Resampling;

/**
 * How seasonal composites are made; training and serving must use the same settings (they enter
 * the feature-list hash through {@link #describe()}).
 *
 * @param cloudMask which SCL pixels are ignored
 * @param reflectanceResampling how 20 m and 60 m reflectance, AOT and WVP reach the 10 m grid (SCL
 *     always uses nearest)
 */
public record CompositeSettings(CloudMaskPolicy cloudMask, Resampling reflectanceResampling) {
    /** SCL mask without dilation, nearest-neighbour for every band (see docs/raster.md). */
    public static final CompositeSettings DEFAULT = new CompositeSettings(CloudMaskPolicy.STANDARD, Resampling.NEAREST);

    public CompositeSettings {
        Objects.requireNonNull(cloudMask, "cloudMask");
        Objects.requireNonNull(reflectanceResampling, "reflectanceResampling");
    }

    /** A stable description, e.g. {@code median;masked=[0,1,3,8,9,10,11];dilation=0;resampling=nearest}. */
    public String describe() {
        return "median;" + cloudMask.describe() + ";resampling="
                + reflectanceResampling.name().toLowerCase(java.util.Locale.ROOT);
    }
}
