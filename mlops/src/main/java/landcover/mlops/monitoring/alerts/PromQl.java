package landcover.mlops.monitoring.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The part of PromQL the embedded evaluator understands, enough for instant threshold rules:
 * selectors with label matchers ({@code = != =~ !~}), comparisons of a vector with a number ({@code
 * < <= > >= == !=}, filtering), {@code and} with an optional {@code on (…)}, and {@code max | min | sum
 * | avg} with an optional {@code by (…)}. Anything else (ranges, {@code rate}, arithmetic between
 * vectors) is refused with {@link Unsupported}: such rules are left to Prometheus.
 */
final class PromQl {
    /** An expression this evaluator cannot evaluate. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /** An instant-vector expression, evaluated against the current value of every series. */
    sealed interface Expr permits Selector, Compare, And, Aggregate {
        List<Sample> eval(Function<String, List<Sample>> series);
    }

    record Matcher(String label, String op, String value) {
        boolean test(Map<String, String> labels) {
            String v = labels.getOrDefault(label, "");
            return switch (op) {
                case "=" -> v.equals(value);
                case "!=" -> !v.equals(value);
                case "=~" -> Pattern.matches(value, v);
                default -> !Pattern.matches(value, v);
            };
        }
    }

    record Selector(String metric, List<Matcher> matchers) implements Expr {
        @Override
        public List<Sample> eval(Function<String, List<Sample>> series) {
            return series.apply(metric).stream()
                    .filter(s -> matchers.stream().allMatch(m -> m.test(s.labels())))
                    .toList();
        }
    }

    record Compare(Expr left, String op, double threshold) implements Expr {
        @Override
        public List<Sample> eval(Function<String, List<Sample>> series) {
            return left.eval(series).stream().filter(s -> holds(s.value())).toList();
        }

        private boolean holds(double v) {
            return switch (op) {
                case "<" -> v < threshold;
                case "<=" -> v <= threshold;
                case ">" -> v > threshold;
                case ">=" -> v >= threshold;
                case "==" -> v == threshold;
                default -> v != threshold;
            };
        }
    }

    record And(Expr left, Expr right, List<String> on) implements Expr {
        @Override
        public List<Sample> eval(Function<String, List<Sample>> series) {
            List<Map<String, String>> keys =
                    right.eval(series).stream().map(s -> key(s.labels())).toList();
            return left.eval(series).stream()
                    .filter(s -> keys.contains(key(s.labels())))
                    .toList();
        }

        private Map<String, String> key(Map<String, String> labels) {
            if (on == null) {
                return labels;
            }
            Map<String, String> k = new TreeMap<>();
            on.forEach(l -> k.put(l, labels.getOrDefault(l, "")));
            return k;
        }
    }

    record Aggregate(String op, List<String> by, Expr inner) implements Expr {
        @Override
        public List<Sample> eval(Function<String, List<Sample>> series) {
            Map<Map<String, String>, List<Double>> groups = new LinkedHashMap<>();
            for (Sample s : inner.eval(series)) {
                Map<String, String> k = new TreeMap<>();
                by.forEach(l -> {
                    if (s.labels().containsKey(l)) {
                        k.put(l, s.labels().get(l));
                    }
                });
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s.value());
            }
            List<Sample> out = new ArrayList<>();
            groups.forEach((k, values) -> out.add(new Sample(k, reduce(values))));
            return out;
        }

        private double reduce(List<Double> v) {
            return switch (op) {
                case "max" -> v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
                case "min" -> v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
                case "sum" -> v.stream().mapToDouble(Double::doubleValue).sum();
                default -> v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            };
        }
    }

    private final List<String> tokens;
    private int pos;

    private PromQl(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Parses an expression. */
    static Expr parse(String text) throws Unsupported {
        PromQl p = new PromQl(PromQlTokens.of(text));
        Expr e = p.and();
        if (p.pos != p.tokens.size()) {
            throw new Unsupported("unexpected '" + p.tokens.get(p.pos) + "' in " + text);
        }
        return e;
    }

    private Expr and() throws Unsupported {
        Expr left = compare();
        while (accept("and")) {
            List<String> on = null;
            if (accept("on")) {
                on = labelList();
            }
            left = new And(left, compare(), on);
        }
        return left;
    }

    private Expr compare() throws Unsupported {
        Expr left = vector();
        String op = peek();
        if (op != null && List.of("<", "<=", ">", ">=", "==", "!=").contains(op)) {
            pos++;
            String number = next();
            try {
                return new Compare(left, op, Double.parseDouble(number));
            } catch (NumberFormatException e) {
                throw new Unsupported("only comparisons with a number are evaluated, not with '" + number + "'");
            }
        }
        return left;
    }

    private Expr vector() throws Unsupported {
        String t = next();
        if (t.equals("(")) {
            Expr inner = and();
            expect(")");
            return inner;
        }
        if (List.of("max", "min", "sum", "avg").contains(t)) {
            List<String> by = List.of();
            if (accept("by")) {
                by = labelList();
            }
            expect("(");
            Expr inner = and();
            expect(")");
            if (accept("by")) {
                by = labelList();
            }
            return new Aggregate(t, by, inner);
        }
        if (!t.matches("[a-zA-Z_:][a-zA-Z0-9_:]*") || "(".equals(peek())) {
            throw new Unsupported("'" + t + "' is not evaluated in-process");
        }
        return new Selector(t, matchers());
    }

    private List<Matcher> matchers() throws Unsupported {
        List<Matcher> out = new ArrayList<>();
        if (!accept("{")) {
            return out;
        }
        while (!accept("}")) {
            String label = next();
            String op = next();
            String value = next();
            if (!List.of("=", "!=", "=~", "!~").contains(op) || !value.startsWith("\"")) {
                throw new Unsupported("bad matcher " + label + op + value);
            }
            out.add(new Matcher(label, op, value.substring(1, value.length() - 1)));
            accept(",");
        }
        return out;
    }

    private List<String> labelList() throws Unsupported {
        expect("(");
        List<String> out = new ArrayList<>();
        while (!accept(")")) {
            out.add(next());
            accept(",");
        }
        return out;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private String next() throws Unsupported {
        if (pos >= tokens.size()) {
            throw new Unsupported("the expression ends too early");
        }
        return tokens.get(pos++);
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) throws Unsupported {
        if (!accept(token)) {
            throw new Unsupported("expected '" + token + "' but found '" + peek() + "'");
        }
    }
}
