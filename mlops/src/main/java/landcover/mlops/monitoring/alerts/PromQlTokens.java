package landcover.mlops.monitoring.alerts;

import java.util.ArrayList;
import java.util.List;

/** Splits PromQL text into tokens: names, numbers, quoted strings, operators and brackets. */
final class PromQlTokens {
    private PromQlTokens() {}

    static List<String> of(String text) throws PromQl.Unsupported {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new PromQl.Unsupported("unclosed string in " + text);
                }
                out.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.') {
                int start = i;
                while (i < text.length()
                        && (Character.isLetterOrDigit(text.charAt(i)) || "_:.".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else if (i + 1 < text.length()
                    && List.of("<=", ">=", "==", "!=", "=~", "!~").contains(text.substring(i, i + 2))) {
                out.add(text.substring(i, i + 2));
                i += 2;
            } else if ("(){},<>=".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new PromQl.Unsupported("'" + c + "' is not evaluated in-process (" + text + ")");
            }
        }
        return out;
    }
}
