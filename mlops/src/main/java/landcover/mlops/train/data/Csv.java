package landcover.mlops.train.data;

import java.util.ArrayList;
import java.util.List;
import landcover.mlops.MlopsException;

/** RFC 4180 fields of one line (quotes doubled inside quoted fields; no line breaks in fields). */
final class Csv {
    private Csv() {}

    /** The fields of one line split at {@code separator}. */
    static List<String> split(String line, char separator, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MlopsException(where + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }

    /** A field as written: quoted when it holds the separator, a quote or surrounding spaces. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.equals(field.strip())) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
