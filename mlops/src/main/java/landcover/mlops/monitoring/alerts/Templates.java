package landcover.mlops.monitoring.alerts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Prometheus template forms the shipped annotations use: {@code {{ $labels.name }}}, {@code
 * {{ $value }}}, {@code {{ $value | printf "%.3f" }}} and {@code {{ $value | humanizePercentage }}}.
 * Other actions are left as written.
 */
final class Templates {
    private static final Pattern ACTION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");

    private Templates() {}

    static String render(String template, Map<String, String> labels, double value) {
        Matcher m = ACTION.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(action(m.group(1), labels, value, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String action(String action, Map<String, String> labels, double value, String raw) {
        if (action.startsWith("$labels.")) {
            return labels.getOrDefault(action.substring("$labels.".length()), "");
        }
        if (action.equals("$value")) {
            return Double.toString(value);
        }
        Matcher printf =
                Pattern.compile("\\$value\\s*\\|\\s*printf\\s+\"(%[^\"]*)\"").matcher(action);
        if (printf.matches()) {
            return String.format(Locale.ROOT, printf.group(1), value);
        }
        if (action.matches("\\$value\\s*\\|\\s*humanizePercentage")) {
            return new java.math.BigDecimal(value * 100)
                            .round(new java.math.MathContext(4))
                            .stripTrailingZeros()
                            .toPlainString()
                    + "%";
        }
        return raw;
    }
}
