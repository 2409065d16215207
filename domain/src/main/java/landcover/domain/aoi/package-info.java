/**
 * Areas of interest: RFC 7946 GeoJSON in, a validated, normalised WGS84 (multi)polygon out, with
 * its ellipsoidal area and bounding box. Entry point: {@link landcover.domain.aoi.Aoi#parse(String,
 * AoiLimits)}.
 */
package landcover.domain.aoi;
