package landcover.server.config;

import java.util.Objects;
import landcover.domain.aoi.AoiLimits;

/**
 * Bounds on what one request may ask for and on how much work may wait.
 *
 * @param maxBodyBytes largest request body accepted, in bytes; larger bodies get 413
 * @param aoi largest AOI area and vertex count accepted
 * @param validationConcurrency how many AOI validations run at once
 * @param validationQueue how many more may wait; beyond that requests get 429
 * @param predictionQueue how many predictions may wait per serving replica pool; beyond that 429
 */
public record LimitSettings(
        long maxBodyBytes, AoiLimits aoi, int validationConcurrency, int validationQueue, int predictionQueue) {
    public LimitSettings {
        if (maxBodyBytes < 1024) {
            throw new SettingsException(
                    "limits.max-body-bytes", "limits.max-body-bytes must be at least 1024, was " + maxBodyBytes);
        }
        Objects.requireNonNull(aoi, "aoi");
        positive("limits.validation-concurrency", validationConcurrency);
        notNegative("limits.validation-queue", validationQueue);
        notNegative("limits.prediction-queue", predictionQueue);
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new SettingsException(key, key + " must be at least 1, was " + value);
        }
    }

    private static void notNegative(String key, int value) {
        if (value < 0) {
            throw new SettingsException(key, key + " must not be negative, was " + value);
        }
    }
}
