package landcover.mlops.registry;

import landcover.domain.InvalidValueException;

/**
 * Who or what created a model version.
 *
 * @param person the person who asked for it, or null
 * @param pipelineRunId the retraining pipeline run that produced it, or null
 * @param trigger what started it: {@code manual}, {@code schedule}, {@code new-data}, {@code
 *     low-confidence}, …
 */
public record Creator(String person, String pipelineRunId, String trigger) {
    public Creator {
        if (trigger == null || trigger.isBlank()) {
            throw new InvalidValueException("createdBy.trigger", "say what started the training (e.g. manual)");
        }
        if ((person == null || person.isBlank()) && (pipelineRunId == null || pipelineRunId.isBlank())) {
            throw new InvalidValueException("createdBy", "name a person or a pipeline run");
        }
    }

    /** A person, by hand. */
    public static Creator person(String name) {
        return new Creator(name, null, "manual");
    }

    /** Who, for messages: the person, else the pipeline run. */
    public String who() {
        return person != null && !person.isBlank() ? person : "pipeline " + pipelineRunId;
    }
}
