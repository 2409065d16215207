/**
 * The gRPC edge (Helidon WebServer gRPC, on its own socket): {@link
 * landcover.server.grpc.LandCoverGrpcService} implements {@code landcover.v1.LandCoverService}
 * from {@code src/main/proto/landcover/v1/landcover.proto}, and {@link
 * landcover.server.grpc.GrpcApi#routing} adds it with the standard {@code grpc.health.v1.Health}
 * service, which follows the server's readiness.
 */
package landcover.server.grpc;
