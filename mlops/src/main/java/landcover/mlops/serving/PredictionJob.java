package landcover.mlops.serving;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A prediction's state: queued or running (a job), or finished with a result or a failure. Finished
 * synchronous predictions read back from the result store appear as {@link Status#SUCCEEDED}.
 *
 * @param id the prediction
 * @param status where it is
 * @param submittedAt when it was accepted
 * @param result the result once {@link Status#SUCCEEDED}
 * @param failure the error once {@link Status#FAILED}: one of the exceptions {@link
 *     PredictionService#predict} documents, for an edge to map as it maps those
 */
public record PredictionJob(
        PredictionId id,
        Status status,
        Instant submittedAt,
        Optional<PredictionResult> result,
        Optional<RuntimeException> failure) {
    /** Where a prediction is. */
    public enum Status {
        /** Waiting for the job runner. */
        QUEUED,
        /** Being computed. */
        RUNNING,
        /** Done; the result is stored. */
        SUCCEEDED,
        /** Ended with an error. */
        FAILED
    }

    public PredictionJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(failure, "failure");
        if ((status == Status.SUCCEEDED) != result.isPresent() || (status == Status.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException(
                    "status " + status + " with result " + result.isPresent() + " and failure " + failure.isPresent());
        }
    }

    /** True once it succeeded or failed. */
    public boolean isDone() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }
}
