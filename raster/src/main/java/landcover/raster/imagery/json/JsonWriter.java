package landcover.raster.imagery.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes plain values ({@code Map} in its iteration order, {@code List}, {@code String}, {@code
 * Number}, {@code Boolean}, null) as indented JSON with a stable layout, so files written from the
 * same values have the same bytes. Doubles print in their shortest round-tripping form without an
 * exponent for ordinary magnitudes; NaN and infinities are refused (JSON has none).
 */
public final class JsonWriter {
    private JsonWriter() {}

    /** The value as JSON text, two-space indented, ending with a newline. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, true);
        return out.append('\n').toString();
    }

    /** The value as one line of JSON. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, false);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth, boolean pretty) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> object(out, map, depth, pretty);
            case List<?> list -> array(out, list, depth, pretty);
            case String s -> quote(out, s);
            case Boolean b -> out.append(b);
            case Double d -> number(out, d);
            case Float f -> number(out, f.doubleValue());
            case Number n -> out.append(n.longValue());
            default ->
                throw new IllegalArgumentException(
                        "cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth, boolean pretty) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(first ? "" : ",");
            newline(out, depth + 1, pretty);
            quote(out, String.valueOf(e.getKey()));
            out.append(pretty ? ": " : ":");
            write(out, e.getValue(), depth + 1, pretty);
            first = false;
        }
        newline(out, depth, pretty);
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list, int depth, boolean pretty) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean flat = list.stream().allMatch(v -> v instanceof Number || v instanceof Boolean);
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : flat && pretty ? ", " : ",");
            if (!flat) {
                newline(out, depth + 1, pretty);
            }
            write(out, list.get(i), depth + 1, pretty);
        }
        if (!flat) {
            newline(out, depth, pretty);
        }
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth, boolean pretty) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static void number(StringBuilder out, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
            return;
        }
        BigDecimal exact = new BigDecimal(Double.toString(d));
        out.append(Math.abs(d) >= 1e-6 && Math.abs(d) < 1e15 ? exact.toPlainString() : Double.toString(d));
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
