/**
 * Shadow models: a sampled share of production predictions is mirrored, off the request path, to
 * the year's {@code shadow} version ({@link landcover.mlops.serving.shadow.ShadowMirror}); per request
 * and over a rolling window the pixel agreement, confidence delta and class-area deltas with
 * production are recorded ({@link landcover.mlops.serving.shadow.ShadowReport}). Serving hands every
 * production prediction to {@link landcover.mlops.serving.shadow.ServedAoiObserver}s.
 */
package landcover.mlops.serving.shadow;
