package landcover.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import landcover.server.security.ApiKeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code landcover api-key create --file FILE NAME}: issues a client API key for API-key mode. */
@Command(
        name = "api-key",
        mixinStandardHelpOptions = true,
        description = "Manage client API keys (used when security.api-access is api-keys).",
        subcommands = {ApiKeyCommand.Create.class})
final class ApiKeyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Issues one key. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Add a new random API key under NAME to the key file and print the key on stdout, once.",
                "Only its SHA-256 hash is stored; the file is kept readable by its owner only."
            })
    static final class Create implements Callable<Integer> {
        @Option(
                names = "--file",
                paramLabel = "FILE",
                defaultValue = "landcover-data/api-keys.txt",
                description = "Key file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Parameters(index = "0", paramLabel = "NAME", description = "Who the key is for, e.g. desktop-alice.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String key = ApiKeyFile.issue(file, name);
            spec.commandLine()
                    .getErr()
                    .println("landcover: API key '" + name + "' added to " + file
                            + " (shown once; only its hash is stored)");
            spec.commandLine().getOut().println(key);
            return ExitCodes.OK;
        }
    }
}
