package landcover.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;

/**
 * A land-cover class scheme: a name and its classes, ordered by code. Code 0 is nodata in every
 * scheme. The default is the 9-class scheme of the published method ({@link #DEFAULT}); other
 * projects load theirs from JSON ({@link #fromJson(String)}).
 *
 * <p>JSON form: {@code {"name":"…","classes":[{"code":1,"name":"builtUp","color":"#fa0000"},…]}}.
 *
 * @param name the scheme's name, e.g. {@code landcoverpy-9}
 * @param classes the classes, at least one; codes and names unique (names case-insensitively)
 */
public record ClassScheme(String name, List<LandCoverClass> classes) {
    /** The raster value of pixels without a class. */
    public static final int NODATA_CODE = 0;

    /** The 9 classes, codes and colours of the published method. */
    public static final ClassScheme DEFAULT = new ClassScheme(
            "landcoverpy-9",
            List.of(
                    new LandCoverClass(1, "builtUp", RgbColor.parse("#fa0000")),
                    new LandCoverClass(2, "herbaceousVegetation", RgbColor.parse("#ffff4c")),
                    new LandCoverClass(3, "shrubland", RgbColor.parse("#ffbb22")),
                    new LandCoverClass(4, "water", RgbColor.parse("#0032c8")),
                    new LandCoverClass(5, "wetland", RgbColor.parse("#0096a0")),
                    new LandCoverClass(6, "cropland", RgbColor.parse("#f096ff")),
                    new LandCoverClass(7, "closedForest", RgbColor.parse("#007800")),
                    new LandCoverClass(8, "openForest", RgbColor.parse("#648c00")),
                    new LandCoverClass(9, "bareSoil", RgbColor.parse("#b4b4b4"))));

    public ClassScheme {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "a class scheme needs a name");
        }
        if (classes == null || classes.isEmpty()) {
            throw new InvalidValueException("classes", "a class scheme needs at least one class");
        }
        List<LandCoverClass> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparingInt(LandCoverClass::code));
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            LandCoverClass c = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).code() == c.code()) {
                throw new InvalidValueException("classes", "class code " + c.code() + " is used twice");
            }
            Integer other = names.put(c.name().toLowerCase(Locale.ROOT), c.code());
            if (other != null) {
                throw new InvalidValueException(
                        "classes", "class name '" + c.name() + "' is used by codes " + other + " and " + c.code());
            }
        }
        classes = List.copyOf(sorted);
    }

    /** The class with this code, if any. */
    public Optional<LandCoverClass> byCode(int code) {
        for (LandCoverClass c : classes) {
            if (c.code() == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The class with this name, compared case-insensitively, if any. */
    public Optional<LandCoverClass> byName(String className) {
        for (LandCoverClass c : classes) {
            if (c.name().equalsIgnoreCase(className)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a label as written in ground truth: a class name, or a code given as a number or as
     * decimal text.
     *
     * @throws InvalidValueException naming the label and the known classes when nothing matches
     */
    public LandCoverClass resolve(Object label) {
        Optional<LandCoverClass> found = Optional.empty();
        if (label instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            found = byCode(n.intValue());
        } else if (label instanceof String s) {
            found = byName(s.strip());
            if (found.isEmpty() && s.strip().matches("\\d{1,3}")) {
                found = byCode(Integer.parseInt(s.strip()));
            }
        }
        return found.orElseThrow(() -> new InvalidValueException(
                "class", "'" + label + "' is not a class of scheme " + name + " (known: " + describe() + ")"));
    }

    /** The number of classes. */
    public int size() {
        return classes.size();
    }

    /** The largest class code. */
    public int maxCode() {
        return classes.getLast().code();
    }

    /**
     * Reads a scheme from its JSON form.
     *
     * @throws InvalidValueException naming the member that is wrong, or the position of a syntax error
     */
    public static ClassScheme fromJson(String json) {
        Object root;
        try {
            root = JsonReader.parse(json);
        } catch (MalformedJsonException e) {
            throw new InvalidValueException("scheme", e.getMessage());
        }
        if (!(root instanceof Map<?, ?> object)) {
            throw new InvalidValueException("scheme", "a class scheme is a JSON object");
        }
        if (!(object.get("classes") instanceof List<?> items)) {
            throw new InvalidValueException("classes", "expected an array of classes");
        }
        List<LandCoverClass> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            parsed.add(classFromJson(items.get(i), "classes[" + i + "]"));
        }
        return new ClassScheme(object.get("name") instanceof String s ? s : "", parsed);
    }

    private static LandCoverClass classFromJson(Object item, String where) {
        if (!(item instanceof Map<?, ?> c)
                || !(c.get("code") instanceof Number code)
                || !(c.get("name") instanceof String className)
                || !(c.get("color") instanceof String color)) {
            throw new InvalidValueException(
                    where, "expected {\"code\": number, \"name\": text, \"color\": \"#rrggbb\"}");
        }
        if (code.doubleValue() != Math.rint(code.doubleValue())) {
            throw new InvalidValueException(where, "class code " + code + " is not a whole number");
        }
        return new LandCoverClass(code.intValue(), className, RgbColor.parse(color));
    }

    /** The scheme in its JSON form (the inverse of {@link #fromJson(String)}). */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\"name\":").append(quote(name)).append(",\"classes\":[");
        for (int i = 0; i < classes.size(); i++) {
            LandCoverClass c = classes.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"code\":")
                    .append(c.code())
                    .append(",\"name\":")
                    .append(quote(c.name()))
                    .append(",\"color\":\"")
                    .append(c.color().hex())
                    .append("\"}");
        }
        return out.append("]}").toString();
    }

    /** Codes and names, e.g. {@code 1 builtUp, 2 herbaceousVegetation}. */
    public String describe() {
        StringJoiner out = new StringJoiner(", ");
        classes.forEach(c -> out.add(c.code() + " " + c.name()));
        return out.toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return name + " (" + describe() + ")";
    }
}
