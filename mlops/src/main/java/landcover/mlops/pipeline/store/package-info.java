/**
 * The lifecycle's tables (JDBC on H2 or PostgreSQL, own Flyway history): ground-truth batches, runs,
 * steps, run locks and policies. Internal: not exported.
 */
package landcover.mlops.pipeline.store;
