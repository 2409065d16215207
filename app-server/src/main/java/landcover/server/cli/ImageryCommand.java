package landcover.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code landcover imagery …}: imagery catalogs; its subcommands do the work. */
@Command(
        mixinStandardHelpOptions = true,
        name = "imagery",
        description = "Build and inspect local imagery catalogs of seasonal Sentinel-2 composites.",
        subcommands = {ImageryIngestCommand.class, ImageryFeaturesCommand.class, ImageryTileCommand.class})
final class ImageryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
