package landcover.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.Year;
import landcover.raster.imagery.catalog.LocalCatalog;
import landcover.raster.imagery.tiles.TileKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landcover imagery tile --catalog DIR --year Y Z X Y --out FILE.png}: one true-colour
 * basemap tile; prints {@code {"written":…,"bytes":…}}.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "tile",
        description = "Render one true-colour XYZ basemap tile (Web Mercator, 256 px PNG) from a catalog.")
final class ImageryTileCommand implements Callable<Integer> {
    @Option(names = "--catalog", required = true, paramLabel = "DIR", description = "The catalog folder.")
    Path catalog;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year.")
    String year;

    @Option(names = "--season", paramLabel = "NAME", description = "A season (default: summer, or the first).")
    String season;

    @Parameters(index = "0", paramLabel = "Z", description = "Zoom, 8-16.")
    int z;

    @Parameters(index = "1", paramLabel = "X", description = "Tile column.")
    int x;

    @Parameters(index = "2", paramLabel = "Y", description = "Tile row.")
    int y;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] png = LocalCatalog.basemap(catalog).tile(Year.parse(year), season, new TileKey(z, x, y));
        Files.write(out, png);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("written", out.toString());
        result.put("bytes", png.length);
        spec.commandLine().getOut().println(JsonOutput.line(result));
        return ExitCodes.OK;
    }
}
