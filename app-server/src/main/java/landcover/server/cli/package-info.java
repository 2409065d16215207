/**
 * The {@code landcover} command line: one picocli command per file, all run through {@link
 * landcover.server.cli.Cli}, which maps bad input to exit code 2 with a one-line message and never
 * shows a stack trace for it.
 */
package landcover.server.cli;
