package landcover.mlops.train;

/**
 * Per-class quality from a confusion matrix (rows = reference, columns = prediction).
 *
 * @param code the class code
 * @param support reference samples of the class (row total)
 * @param predicted samples predicted as the class (column total)
 * @param producersAccuracy recall: correct / support (0 when support is 0)
 * @param usersAccuracy precision: correct / predicted (0 when nothing was predicted as the class)
 * @param f1 harmonic mean of the two (0 when both are 0)
 */
public record ClassAccuracy(
        int code, long support, long predicted, double producersAccuracy, double usersAccuracy, double f1) {}
