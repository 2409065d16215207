/**
 * Champion/challenger decisions: a per-year {@link landcover.mlops.pipeline.policy.DecisionPolicy}
 * (minimum metric gain, per-class recall floors, McNemar's test on paired holdout predictions) turns
 * two models' figures on the same holdout rows into a {@link landcover.mlops.pipeline.policy.Decision}
 * — promote, shadow, await approval or reject — with its evidence.
 */
package landcover.mlops.pipeline.policy;
