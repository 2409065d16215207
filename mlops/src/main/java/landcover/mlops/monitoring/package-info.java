/**
 * Monitoring: the process's Prometheus metrics ({@link landcover.mlops.monitoring.LandcoverMetrics},
 * exposed in the Prometheus text format) and its readiness ({@link
 * landcover.mlops.monitoring.ReadinessGate}). Prometheus client_java 1.x is used here and nowhere
 * else; metrics live in a registry passed in or created per instance, never the library's default
 * registry, so tests and several servers in one JVM do not share state.
 */
package landcover.mlops.monitoring;
