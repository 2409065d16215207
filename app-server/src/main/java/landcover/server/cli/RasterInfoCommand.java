package landcover.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.raster.grid.EpsgCode;
import landcover.raster.tiff.ColorTable;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffInfo;
import landcover.raster.tiff.GeoTiffReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landcover raster info FILE}: one JSON object describing a GeoTIFF, with the keys scripts
 * rely on first ({@code width, height, bands, dataType, epsg, geoTransform, nodata, overviews,
 * tiled}) and details after them.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "info",
        description = {
            "Describe a GeoTIFF (recognised by content, whatever its extension) as one JSON object:",
            "width, height, bands, dataType (GDAL name), epsg (or null), geoTransform (GDAL order),",
            "nodata (or null; \"NaN\" for NaN), overviews ([[w,h],…]), tiled, then details."
        })
final class RasterInfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A GeoTIFF or BigTIFF file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            spec.commandLine().getOut().println(JsonOutput.line(describe(reader.info())));
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> describe(GeoTiffInfo info) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("width", info.width());
        out.put("height", info.height());
        out.put("bands", info.bandCount());
        out.put("dataType", info.dataType().gdalName());
        out.put("epsg", info.epsg().map(EpsgCode::code).orElse(null));
        out.put("geoTransform", info.geoTransform().map(t -> t.toGdal()).orElse(null));
        out.put("nodata", info.nodata().isPresent() ? info.nodata().getAsDouble() : null);
        out.put(
                "overviews",
                info.overviews().stream()
                        .map(o -> List.of(o.width(), o.height()))
                        .toList());
        out.put("tiled", info.tiled());
        out.put("blockSize", List.of(info.blockWidth(), info.blockHeight()));
        out.put("compression", info.compression().gdalName());
        out.put("predictor", info.predictor());
        out.put("interleave", info.interleave().name());
        out.put("photometric", info.photometric().name());
        out.put("bandDescriptions", info.bandDescriptions());
        out.put("colorTable", info.colorTable().map(RasterInfoCommand::entries).orElse(null));
        out.put("gridEpsg", info.gridCrs().map(EpsgCode::code).orElse(null));
        out.put("pixelIsPoint", info.pixelIsPoint());
        out.put("bigTiff", info.bigTiff());
        return out;
    }

    private static List<List<Integer>> entries(ColorTable table) {
        List<List<Integer>> entries = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            entries.add(List.of(table.red(i), table.green(i), table.blue(i), table.alpha(i)));
        }
        return entries;
    }
}
