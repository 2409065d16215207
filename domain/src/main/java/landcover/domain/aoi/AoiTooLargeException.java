package landcover.domain.aoi;

import java.util.Locale;
import landcover.domain.DomainException;

/** A valid AOI whose area exceeds the configured maximum ({@link AoiLimits#maxAreaM2()}). */
public final class AoiTooLargeException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final double areaM2;
    private final double maxAreaM2;

    public AoiTooLargeException(double areaM2, double maxAreaM2) {
        super(String.format(
                Locale.ROOT, "AOI too large: %.1f km² exceeds the maximum of %.1f km²", areaM2 / 1e6, maxAreaM2 / 1e6));
        this.areaM2 = areaM2;
        this.maxAreaM2 = maxAreaM2;
    }

    /** The AOI's area in m². */
    public double areaM2() {
        return areaM2;
    }

    /** The limit it exceeded, in m². */
    public double maxAreaM2() {
        return maxAreaM2;
    }

    @Override
    public String field() {
        return "";
    }
}
