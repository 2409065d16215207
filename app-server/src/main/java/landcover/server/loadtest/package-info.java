/**
 * The published load test as a client of a running server ({@code landcover loadtest}): random AOIs
 * inside the served coverage, concurrent REST predictions, latency and confidence figures, a
 * Markdown report and a PNG chart.
 */
package landcover.server.loadtest;
