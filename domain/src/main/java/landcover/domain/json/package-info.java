/**
 * A small, strict RFC 8259 JSON reader for the domain's own inputs (GeoJSON AOIs, class schemes),
 * so the domain needs no JSON framework. Exported only to {@code landcover.raster} (imagery catalogs
 * and STAC responses); not part of the public API.
 */
package landcover.domain.json;
