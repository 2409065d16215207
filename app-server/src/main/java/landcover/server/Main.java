package landcover.server;

import landcover.server.cli.Cli;

/** Process entry point of {@code ./landcover}: runs the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.standard().run(args));
    }
}
