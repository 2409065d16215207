/**
 * What the REST and gRPC edges share, free of either protocol: the AOI check behind {@code POST
 * /v1/aois/validate}, gRPC {@code ValidateAoi} and {@code landcover validate-aoi} ({@link
 * landcover.server.api.AoiValidation}), and the bounded admission that turns overload into a quick
 * refusal ({@link landcover.server.api.Bulkhead}).
 */
package landcover.server.api;
