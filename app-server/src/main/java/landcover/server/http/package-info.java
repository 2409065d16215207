/**
 * The REST edge (Helidon SE 4 WebServer). {@link landcover.server.http.HttpApi#routing} assembles
 * every route class ({@code XxxRoutes}, each with a static {@code routing(builder, …)} that tests
 * reuse), the request metrics filter and the one table of error handlers ({@link
 * landcover.server.http.ProblemTable}) that answers every failure as RFC 9457 problem+json.
 * Client-API and admin routes wrap their handlers with {@link landcover.server.http.AccessGuard}.
 */
package landcover.server.http;
