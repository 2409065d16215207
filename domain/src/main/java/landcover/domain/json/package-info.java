/**
 * A small, strict RFC 8259 JSON reader for the domain's own inputs (GeoJSON AOIs, class schemes),
 * so the domain needs no JSON framework. Internal: not exported.
 */
package landcover.domain.json;
