package landcover.mlops.train.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import landcover.domain.ClassScheme;
import landcover.domain.LandCoverClass;
import landcover.domain.RgbColor;
import landcover.mlops.MlopsException;

/**
 * A class scheme made up from the label values of a user's own ground truth, when no scheme is given:
 * labels that are all whole numbers 1-255 keep those codes; other labels get codes 1, 2, … in sorted
 * order. Names are the label text; colours are distinct (a fixed palette, then evenly spread hues).
 */
public final class DerivedSchemes {
    /** Tableau-like palette: distinct on screen and in print. */
    private static final String[] PALETTE = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
        "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d"
    };

    private DerivedSchemes() {}

    /**
     * Derives a scheme.
     *
     * @param name the scheme's name
     * @throws MlopsException when there are no labels, more than 255, or a label is not a usable name
     */
    public static ClassScheme fromLabels(String name, Collection<String> labels) {
        TreeSet<String> distinct = new TreeSet<>();
        labels.forEach(l -> distinct.add(l.strip()));
        distinct.remove("");
        if (distinct.isEmpty()) {
            throw new MlopsException("no class labels to derive a scheme from");
        }
        TreeMap<Integer, String> byCode = new TreeMap<>();
        if (distinct.stream()
                .allMatch(l -> l.matches("\\d{1,3}") && Integer.parseInt(l) >= 1 && Integer.parseInt(l) <= 255)) {
            distinct.forEach(l -> byCode.merge(Integer.parseInt(l), l, (a, b) -> a));
        } else if (distinct.size() <= 255) {
            int code = 1;
            for (String label : distinct) {
                byCode.put(code++, label);
            }
        } else {
            throw new MlopsException(distinct.size() + " distinct labels; a class scheme holds at most 255");
        }
        List<LandCoverClass> classes = new ArrayList<>();
        int i = 0;
        for (var e : byCode.entrySet()) {
            classes.add(new LandCoverClass(e.getKey(), e.getValue(), color(i++)));
        }
        return new ClassScheme(name, classes);
    }

    /** The i-th distinct colour. */
    static RgbColor color(int i) {
        if (i < PALETTE.length) {
            return RgbColor.parse(PALETTE[i]);
        }
        double hue = ((i - PALETTE.length) * 0.618033988749895) % 1.0;
        return hsv(hue, 0.65, 0.85);
    }

    private static RgbColor hsv(double hue, double saturation, double value) {
        double h = hue * 6;
        int sector = (int) Math.floor(h) % 6;
        double f = h - Math.floor(h);
        double p = value * (1 - saturation);
        double q = value * (1 - saturation * f);
        double t = value * (1 - saturation * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {value, t, p};
            case 1 -> new double[] {q, value, p};
            case 2 -> new double[] {p, value, t};
            case 3 -> new double[] {p, q, value};
            case 4 -> new double[] {t, p, value};
            default -> new double[] {value, p, q};
        };
        return new RgbColor(
                (int) Math.round(rgb[0] * 255), (int) Math.round(rgb[1] * 255), (int) Math.round(rgb[2] * 255));
    }
}
