package landcover.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code landcover models …}: the model registry's command group. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = {
            "Inspect and manage the model registry: versions, aliases, promotion history, bundles, gc.",
            "Every command takes --data-dir DIR (embedded) or --jdbc-url URL --store-url URL (cluster)."
        },
        subcommands = {
            ModelsListCommand.class,
            ModelsShowCommand.class,
            ModelsHistoryCommand.class,
            ModelsPromoteCommand.class,
            ModelsRollbackCommand.class,
            ModelsExportCommand.class,
            ModelsImportCommand.class,
            ModelsGcCommand.class
        })
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
