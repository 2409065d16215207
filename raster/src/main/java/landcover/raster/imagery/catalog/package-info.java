/**
 * The local imagery catalog: {@link landcover.raster.imagery.catalog.CatalogIngestOp} builds a
 * year of seasonal composites and terrain from a scenes folder ({@code landcover imagery ingest}),
 * {@link landcover.raster.imagery.catalog.LocalCatalog} opens a catalog as an imagery source. File
 * layout and format: docs/imagery.md.
 */
package landcover.raster.imagery.catalog;
