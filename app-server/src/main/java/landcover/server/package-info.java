/** Process entry ({@link landcover.server.Main}) and build information. */
package landcover.server;
