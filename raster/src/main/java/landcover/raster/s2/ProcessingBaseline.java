package landcover.raster.s2;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import landcover.raster.RasterException;

/**
 * The ESA processing baseline a Sentinel-2 product was made with, e.g. 02.12, 04.00, 05.11. It
 * decides the L2A radiometric offset: since baseline 04.00 (products from 25 January 2022, and
 * reprocessed collections) DN = reflectance × 10000 + 1000, before it DN = reflectance × 10000.
 * It comes from product metadata, never from the date: STAC's {@code s2:processing_baseline}
 * (or {@code processing:version}), or the {@code Nxxyy} field of the product name.
 *
 * @param major e.g. 4 for 04.00
 * @param minor e.g. 0 for 04.00
 */
public record ProcessingBaseline(int major, int minor) implements Comparable<ProcessingBaseline> {
    /** The first baseline with the −1000 BOA offset. */
    public static final ProcessingBaseline BOA_OFFSET_SINCE = new ProcessingBaseline(4, 0);

    private static final Pattern VERSION = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");
    private static final Pattern PRODUCT_FIELD = Pattern.compile("_N(\\d{2})(\\d{2})_");

    public ProcessingBaseline {
        if (major < 0 || major > 99 || minor < 0 || minor > 99) {
            throw new RasterException("processing baseline", major + "." + minor + " is not a baseline");
        }
    }

    /** Parses {@code 04.00}, {@code 4.0} or {@code N0400}. */
    public static ProcessingBaseline parse(String text) {
        String s = text.strip();
        Matcher version = VERSION.matcher(s);
        if (version.matches()) {
            return new ProcessingBaseline(Integer.parseInt(version.group(1)), Integer.parseInt(version.group(2)));
        }
        if (s.matches("[Nn]\\d{4}")) {
            return new ProcessingBaseline(Integer.parseInt(s.substring(1, 3)), Integer.parseInt(s.substring(3, 5)));
        }
        throw new RasterException("processing baseline", "'" + text + "' is not a baseline such as 04.00 or N0400");
    }

    /**
     * The baseline in a product name such as {@code S2B_MSIL2A_20220301T105849_N0400_R094_T30SUF_…}.
     *
     * @throws RasterException when the name has no {@code _Nxxyy_} field
     */
    public static ProcessingBaseline fromProductName(String productName) {
        Matcher m = PRODUCT_FIELD.matcher(productName);
        if (!m.find()) {
            throw new RasterException(productName, "no processing baseline (_Nxxyy_) in the product name");
        }
        return new ProcessingBaseline(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** True from baseline 04.00 on, when reflectance DNs carry the +1000 offset. */
    public boolean hasBoaOffset() {
        return compareTo(BOA_OFFSET_SINCE) >= 0;
    }

    @Override
    public int compareTo(ProcessingBaseline other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02d.%02d", major, minor);
    }
}
