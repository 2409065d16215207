package landcover.raster.imagery.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.json.JsonReader;
import landcover.domain.json.MalformedJsonException;
import landcover.raster.RasterException;

/**
 * Typed access to parsed JSON ({@code Map}/{@code List}/{@code String}/{@code Double}/{@code
 * Boolean}) for catalog files and STAC responses: each accessor names the document and the member
 * path in its error, so a bad file gets a message like {@code catalog.json: years.2023.tiles[0].bounds:
 * expected an array of 4 numbers}.
 */
public final class Json {
    private Json() {}

    /**
     * Parses a JSON text.
     *
     * @param source the file or URL, for errors
     * @throws RasterException naming the source, line and column when the text is not JSON
     */
    public static Object parse(String text, String source) {
        try {
            return JsonReader.parse(text);
        } catch (MalformedJsonException e) {
            throw new RasterException(source, e.getMessage(), e);
        }
    }

    /** The value as an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value, String source, String path) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw error(source, path, "expected an object");
    }

    /** The value as an array. */
    public static List<?> array(Object value, String source, String path) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw error(source, path, "expected an array");
    }

    /** A required member that is an object. */
    public static Map<String, Object> object(Map<String, Object> parent, String key, String source, String path) {
        return object(required(parent, key, source, path), source, join(path, key));
    }

    /** A required member that is an array. */
    public static List<?> array(Map<String, Object> parent, String key, String source, String path) {
        return array(required(parent, key, source, path), source, join(path, key));
    }

    /** A required text member. */
    public static String string(Map<String, Object> parent, String key, String source, String path) {
        if (required(parent, key, source, path) instanceof String s) {
            return s;
        }
        throw error(source, join(path, key), "expected text");
    }

    /** An optional text member (absent or null gives empty). */
    public static Optional<String> optionalString(Map<String, Object> parent, String key, String source, String path) {
        Object v = parent.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        throw error(source, join(path, key), "expected text");
    }

    /** A required number member. */
    public static double number(Map<String, Object> parent, String key, String source, String path) {
        if (required(parent, key, source, path) instanceof Number n) {
            return n.doubleValue();
        }
        throw error(source, join(path, key), "expected a number");
    }

    /** A required whole-number member. */
    public static int integer(Map<String, Object> parent, String key, String source, String path) {
        double d = number(parent, key, source, path);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw error(source, join(path, key), "expected a whole number, got " + d);
        }
        return (int) d;
    }

    /** An optional boolean member. */
    public static Optional<Boolean> optionalBoolean(
            Map<String, Object> parent, String key, String source, String path) {
        Object v = parent.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        throw error(source, join(path, key), "expected true or false");
    }

    /** An array of {@code n} numbers. */
    public static double[] numbers(Map<String, Object> parent, String key, int n, String source, String path) {
        List<?> list = array(parent, key, source, path);
        if (list.size() != n || !list.stream().allMatch(v -> v instanceof Number)) {
            throw error(source, join(path, key), "expected an array of " + n + " numbers");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = ((Number) list.get(i)).doubleValue();
        }
        return out;
    }

    private static Object required(Map<String, Object> parent, String key, String source, String path) {
        Object v = parent.get(key);
        if (v == null) {
            throw error(source, join(path, key), "missing");
        }
        return v;
    }

    /** {@code a.b}, or {@code b} at the root. */
    public static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    /** An error naming the document and member. */
    public static RasterException error(String source, String path, String problem) {
        return new RasterException(source, (path == null || path.isEmpty() ? "" : path + ": ") + problem);
    }
}
