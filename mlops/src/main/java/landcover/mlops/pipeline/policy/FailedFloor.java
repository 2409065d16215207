package landcover.mlops.pipeline.policy;

/**
 * A class whose challenger recall fell below the policy's floor.
 *
 * @param code the class code
 * @param recall the challenger's recall of the class on the holdout
 * @param floor the floor it had to reach
 * @param support holdout rows of the class
 */
public record FailedFloor(int code, double recall, double floor, long support) {}
