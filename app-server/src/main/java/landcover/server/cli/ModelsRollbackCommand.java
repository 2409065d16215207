package landcover.server.cli;

import java.util.concurrent.Callable;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.Year;
import landcover.mlops.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover models rollback --year Y [--alias A] --reason R [--by NAME]}. */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = "Return an alias to the version it held before the current one (from the history).")
final class ModelsRollbackCommand implements Callable<Integer> {
    @Mixin
    RegistryOptions registry;

    @Option(names = "--year", required = true, paramLabel = "YEAR")
    String year;

    @Option(
            names = "--alias",
            defaultValue = "production",
            paramLabel = "ALIAS",
            description = "Default: ${DEFAULT-VALUE}.")
    String alias;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who rolls back (default: the OS user).")
    String by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AliasRef ref = new AliasRef(registry.modelName(), Year.parse(year), new Alias(alias));
        try (ModelRegistry models = registry.open()) {
            EventOutput.print(
                    models.rollback(ref, ModelsPromoteCommand.who(by), reason),
                    registry.json,
                    spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
