package landcover.mlops.serving.shadow;

import landcover.domain.InvalidValueException;

/**
 * How much traffic the mirror takes and how it remembers it.
 *
 * @param share the share of production requests mirrored, 0 to 1 (e.g. 0.1 mirrors every tenth)
 * @param threads threads classifying mirrored requests, at least 1
 * @param queue mirrored requests that may wait; beyond it new ones are dropped (and counted)
 * @param window mirrored requests the rolling figures cover, at least 1
 */
public record ShadowSettings(double share, int threads, int queue, int window) {
    public ShadowSettings {
        if (!(share >= 0 && share <= 1)) {
            throw new InvalidValueException("share", "must be between 0 and 1");
        }
        if (threads < 1 || queue < 0 || window < 1) {
            throw new InvalidValueException("shadow", "threads and window at least 1, queue at least 0");
        }
    }

    /** 10 % of requests, one thread, 16 waiting, a window of 500 requests. */
    public static ShadowSettings defaults() {
        return new ShadowSettings(0.1, 1, 16, 500);
    }

    /** A copy with another share. */
    public ShadowSettings withShare(double value) {
        return new ShadowSettings(value, threads, queue, window);
    }
}
