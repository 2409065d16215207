package landcover.raster.tiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GDAL's private TIFF tags: GDAL_METADATA (XML items, here band descriptions) and GDAL_NODATA. */
final class GdalMetadata {
    private static final Pattern ITEM = Pattern.compile("<Item\\s([^>]*)>(.*?)</Item>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private GdalMetadata() {}

    /** Per band, the description item of the GDAL_METADATA XML, or an empty string. */
    static List<String> descriptions(String xml, int bands) {
        List<String> out = new ArrayList<>(Collections.nCopies(bands, ""));
        if (xml == null) {
            return out;
        }
        Matcher item = ITEM.matcher(xml);
        while (item.find()) {
            String role = null;
            int sample = -1;
            Matcher a = ATTRIBUTE.matcher(item.group(1));
            while (a.find()) {
                switch (a.group(1)) {
                    case "role" -> role = a.group(2);
                    case "sample" -> sample = parseInt(a.group(2));
                    default -> {}
                }
            }
            if ("description".equals(role) && sample >= 0 && sample < bands) {
                out.set(sample, unescape(item.group(2)));
            }
        }
        return out;
    }

    /** GDAL_METADATA XML giving each band its description (empty descriptions are left out), or null. */
    static String forDescriptions(List<String> descriptions) {
        return forItems(Map.of(), descriptions);
    }

    /**
     * GDAL_METADATA XML with dataset items (in the map's iteration order; pass a sorted map for
     * reproducible bytes) and band descriptions, or null when there is neither.
     */
    static String forItems(Map<String, String> items, List<String> descriptions) {
        StringBuilder xml = new StringBuilder("<GDALMetadata>\n");
        boolean any = !items.isEmpty();
        items.forEach((key, value) -> xml.append("  <Item name=\"")
                .append(escape(key))
                .append("\">")
                .append(escape(value))
                .append("</Item>\n"));
        for (int i = 0; i < descriptions.size(); i++) {
            if (!descriptions.get(i).isEmpty()) {
                any = true;
                xml.append("  <Item name=\"DESCRIPTION\" sample=\"")
                        .append(i)
                        .append("\" role=\"description\">")
                        .append(escape(descriptions.get(i)))
                        .append("</Item>\n");
            }
        }
        return any ? xml.append("</GDALMetadata>").toString() : null;
    }

    /** The value of a GDAL_NODATA tag ({@code -9999}, {@code nan}, {@code -inf}); empty when unparseable. */
    static OptionalDouble nodata(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "nan", "-nan", "+nan" -> OptionalDouble.of(Double.NaN);
            case "inf", "+inf", "infinity" -> OptionalDouble.of(Double.POSITIVE_INFINITY);
            case "-inf", "-infinity" -> OptionalDouble.of(Double.NEGATIVE_INFINITY);
            default -> {
                try {
                    yield OptionalDouble.of(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    yield OptionalDouble.empty();
                }
            }
        };
    }

    /** The GDAL_NODATA text for a value: integers without a fraction, NaN as {@code nan}. */
    static String nodataText(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
