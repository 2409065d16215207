package landcover.mlops.serving;

/**
 * What a result-store cleanup did.
 *
 * @param removed predictions removed
 * @param freedBytes bytes they held
 * @param kept predictions kept
 * @param keptBytes bytes those hold
 */
public record CleanupReport(int removed, long freedBytes, int kept, long keptBytes) {}
