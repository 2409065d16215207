package landcover.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code landcover} command; its subcommands do the work. */
@Command(
        name = "landcover",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Annual 10 m Sentinel-2 land-cover models: train, register, serve, monitor, retrain.",
        subcommands = {
            VersionCommand.class,
            ValidateAoiCommand.class,
            ModelsCommand.class,
            ServerCommand.class,
            ApiKeyCommand.class,
            RasterCommand.class,
            ImageryCommand.class,
            SampleRegionCommand.class,
            TrainCommand.class,
            ClassifyCommand.class,
            LoadtestCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 bad input."})
final class LandcoverCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
