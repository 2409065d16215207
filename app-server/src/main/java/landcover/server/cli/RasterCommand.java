package landcover.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code landcover raster …}: the raster tools; its subcommands do the work. */
@Command(
        mixinStandardHelpOptions = true,
        name = "raster",
        description = "Inspect, convert and sample rasters (GeoTIFF / Cloud-Optimized GeoTIFF); build feature stacks.",
        subcommands = {
            RasterInfoCommand.class,
            RasterCogCommand.class,
            RasterSampleCommand.class,
            RasterFeaturesCommand.class
        })
final class RasterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
