package landcover.server.cli;

import java.util.concurrent.Callable;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.AliasMove;
import landcover.mlops.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover models promote --year Y --version V --alias A --reason R [--by NAME]}. */
@Command(
        name = "promote",
        description = "Point an alias (production, shadow, …) at a version; recorded in the promotion history.")
final class ModelsPromoteCommand implements Callable<Integer> {
    // Not the standard help mixin: its -V/--version would clash with this command's --version.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--year", required = true, paramLabel = "YEAR")
    String year;

    @Option(names = "--version", required = true, paramLabel = "V")
    String version;

    @Option(
            names = "--alias",
            defaultValue = "production",
            paramLabel = "ALIAS",
            description = "Default: ${DEFAULT-VALUE}.")
    String alias;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who promotes (default: the OS user).")
    String by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AliasRef ref = new AliasRef(registry.modelName(), Year.parse(year), new Alias(alias));
        try (ModelRegistry models = registry.open()) {
            AliasEvent event = models.moveAlias(new AliasMove(ref, ModelVersion.parse(version), who(by), reason));
            EventOutput.print(event, registry.json, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    static String who(String by) {
        return by != null ? by : System.getProperty("user.name", "unknown");
    }
}
