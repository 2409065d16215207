/**
 * Who may call what: the admin bearer token and client API keys, kept only as SHA-256 hashes and
 * compared in constant time ({@link landcover.server.security.TokenHash}), the admin token's
 * owner-only hash file ({@link landcover.server.security.AdminTokenStore}), and the decision for a
 * request ({@link landcover.server.security.Authenticator}). Nothing here knows HTTP.
 */
package landcover.server.security;
