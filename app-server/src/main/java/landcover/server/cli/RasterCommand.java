package landcover.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code landcover raster …}: the raster tools; its subcommands do the work. */
@Command(
        name = "raster",
        description = "Inspect and convert rasters (GeoTIFF / Cloud-Optimized GeoTIFF).",
        subcommands = {RasterInfoCommand.class, RasterCogCommand.class})
final class RasterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
