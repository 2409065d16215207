package landcover.mlops.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well predictions match reference labels: the confusion matrix (rows = reference, columns =
 * prediction), overall accuracy, Cohen's kappa, macro-F1 and per-class accuracies.
 *
 * <p>Macro-F1 averages F1 over the classes that occur in the reference or the predictions (as
 * scikit-learn's {@code f1_score(average="macro")}). Kappa is {@code (po − pe) / (1 − pe)}; when
 * chance agreement {@code pe} is 1 (one class only) it is 1 for perfect agreement, else 0.
 *
 * @param matrix the confusion matrix
 * @param overallAccuracy correct / all
 * @param kappa Cohen's kappa
 * @param macroF1 unweighted mean F1
 * @param classes per-class figures, in class-code order
 */
public record Evaluation(
        ConfusionMatrix matrix, double overallAccuracy, double kappa, double macroF1, List<ClassAccuracy> classes) {
    public Evaluation {
        Objects.requireNonNull(matrix, "matrix");
        classes = List.copyOf(classes);
    }

    /**
     * Evaluates predictions.
     *
     * @param codes the classes to report, ascending; must include every code in the pairs
     */
    public static Evaluation of(int[] codes, int[] reference, int[] predicted) {
        return of(ConfusionMatrix.of(codes, reference, predicted));
    }

    /** Derives every figure from a confusion matrix. */
    public static Evaluation of(ConfusionMatrix m) {
        double n = m.total();
        List<ClassAccuracy> classes = new ArrayList<>();
        double chance = 0;
        double f1Sum = 0;
        int present = 0;
        for (int i = 0; i < m.size(); i++) {
            long support = m.rowTotal(i);
            long predicted = m.columnTotal(i);
            long hit = m.count(i, i);
            double recall = support == 0 ? 0 : hit / (double) support;
            double precision = predicted == 0 ? 0 : hit / (double) predicted;
            double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
            classes.add(new ClassAccuracy(m.code(i), support, predicted, recall, precision, f1));
            chance += n == 0 ? 0 : (support / n) * (predicted / n);
            if (support > 0 || predicted > 0) {
                f1Sum += f1;
                present++;
            }
        }
        double po = n == 0 ? 0 : m.diagonal() / n;
        double kappa = chance >= 1 ? (po == 1 ? 1 : 0) : (po - chance) / (1 - chance);
        return new Evaluation(m, po, kappa, present == 0 ? 0 : f1Sum / present, classes);
    }

    /** The figures of one class. */
    public ClassAccuracy forClass(int code) {
        return classes.stream()
                .filter(c -> c.code() == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("class " + code + " was not evaluated"));
    }

    /**
     * One-line JSON: {@code {"overallAccuracy":…,"kappa":…,"macroF1":…,"samples":…,"classes":[{"code":…,
     * "support":…,"predicted":…,"producersAccuracy":…,"usersAccuracy":…,"f1":…}…],"confusionMatrix":
     * {"orientation":"rows=reference,columns=prediction","codes":[…],"counts":[[…]…]}}}.
     */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "{\"overallAccuracy\":%.6f,\"kappa\":%.6f,\"macroF1\":%.6f,\"samples\":%d,\"classes\":[",
                overallAccuracy,
                kappa,
                macroF1,
                matrix.total()));
        for (int i = 0; i < classes.size(); i++) {
            ClassAccuracy c = classes.get(i);
            out.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT,
                            "{\"code\":%d,\"support\":%d,\"predicted\":%d,\"producersAccuracy\":%.6f,"
                                    + "\"usersAccuracy\":%.6f,\"f1\":%.6f}",
                            c.code(),
                            c.support(),
                            c.predicted(),
                            c.producersAccuracy(),
                            c.usersAccuracy(),
                            c.f1()));
        }
        out.append("],\"confusionMatrix\":{\"orientation\":\"rows=reference,columns=prediction\",\"codes\":[");
        for (int i = 0; i < matrix.size(); i++) {
            out.append(i == 0 ? "" : ",").append(matrix.code(i));
        }
        out.append("],\"counts\":[");
        for (int r = 0; r < matrix.size(); r++) {
            out.append(r == 0 ? "[" : ",[");
            for (int c = 0; c < matrix.size(); c++) {
                out.append(c == 0 ? "" : ",").append(matrix.count(r, c));
            }
            out.append(']');
        }
        return out.append("]}}").toString();
    }
}
