package landcover.raster.imagery.catalog;

import java.nio.file.Path;

/**
 * What an ingest did.
 *
 * @param year the year ingested
 * @param directory the year's folder in the catalog
 * @param upToDate true when the catalog already held this year from the same inputs, so nothing
 *     was written
 * @param scenes acquisitions found for the year
 * @param scenesUsed acquisitions that went into a composite
 * @param subTiles sub-tiles written
 * @param synthetic true when the scenes are synthetic
 */
public record IngestResult(
        int year, Path directory, boolean upToDate, int scenes, int scenesUsed, int subTiles, boolean synthetic) {}
