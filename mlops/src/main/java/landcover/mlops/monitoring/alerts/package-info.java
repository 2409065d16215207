/**
 * Alerts: the Alertmanager webhook payload ({@link landcover.mlops.monitoring.alerts.AlertmanagerPayload},
 * version 4), the shipped Prometheus rule file ({@link landcover.mlops.monitoring.alerts.AlertRules})
 * and, for embedded mode, its in-process evaluation with Prometheus's {@code for} and {@code
 * keep_firing_for} semantics ({@link landcover.mlops.monitoring.alerts.RuleEvaluator}).
 */
package landcover.mlops.monitoring.alerts;
