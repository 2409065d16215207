/**
 * Benchmarks of landcover's hot paths: feature reads, COG encoding, forest inference and training,
 * each measured beside the tool users would otherwise pick (GDAL, scikit-learn) in the same run.
 * Run everything with {@code bench/run}; results land in {@code docs/benchmarks.md}.
 */
package landcover.bench;
