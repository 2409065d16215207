package landcover.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.LonLat;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.folder.WindowReads;
import landcover.raster.grid.CrsTransform;
import landcover.raster.grid.EpsgCode;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landcover raster sample FILE LON LAT [LON LAT …]}: the pixel values at WGS 84 points, one
 * JSON line per point, in the order given: {@code {"lon":…,"lat":…,"col":…,"row":…,"values":[…]}}
 * with one value per band; {@code values} is null when the point falls outside the raster. The
 * pixel is the one whose area holds the point (col, row from 0 at the top-left). Integer samples
 * print as integers, NaN as null.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "sample",
        description = {
            "Print the pixel values at WGS 84 longitude/latitude points, one JSON line per point:",
            "{\"lon\":…,\"lat\":…,\"col\":…,\"row\":…,\"values\":[…one per band…]}; values is null outside the raster."
        })
final class RasterSampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A GeoTIFF (recognised by content).")
    Path file;

    @Parameters(
            index = "1..*",
            arity = "2..*",
            paramLabel = "LON LAT",
            description = "Longitude and latitude in degrees.")
    List<String> coordinates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<LonLat> points = points();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("cannot read " + file + ": no such file");
        }
        try (GeoTiffReader reader = GeoTiff.open(file)) {
            GridGeometry grid = WindowReads.gridOf(file, reader.info());
            CrsTransform toGrid = CrsTransform.of(EpsgCode.WGS84, grid.crs());
            for (LonLat p : points) {
                spec.commandLine().getOut().println(JsonOutput.line(sample(reader, grid, toGrid, p)));
            }
        }
        return ExitCodes.OK;
    }

    private List<LonLat> points() {
        if (coordinates.size() % 2 != 0) {
            throw new BadInputException(
                    "coordinates come in pairs: LON LAT [LON LAT …], got " + coordinates.size() + " numbers");
        }
        List<LonLat> points = new ArrayList<>();
        for (int i = 0; i < coordinates.size(); i += 2) {
            double lon = number(coordinates.get(i), "longitude");
            double lat = number(coordinates.get(i + 1), "latitude");
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new BadInputException("point " + (i / 2 + 1) + " (" + lon + ", " + lat
                        + ") is out of range: longitude first, WGS 84 degrees");
            }
            points.add(new LonLat(lon, lat));
        }
        return points;
    }

    private static double number(String text, String what) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(what + " '" + text + "' is not a number");
    }

    private static Map<String, Object> sample(GeoTiffReader reader, GridGeometry grid, CrsTransform toGrid, LonLat p) {
        double[] xy = toGrid.transform(p.lon(), p.lat());
        double col = Math.floor(grid.transform().col(xy[0], xy[1]));
        double row = Math.floor(grid.transform().row(xy[0], xy[1]));
        boolean inside = col >= 0 && col < grid.width() && row >= 0 && row < grid.height();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lon", p.lon());
        out.put("lat", p.lat());
        out.put("col", Double.isFinite(col) ? (long) col : null);
        out.put("row", Double.isFinite(row) ? (long) row : null);
        out.put("values", inside ? values(reader.read(new PixelWindow((int) col, (int) row, 1, 1))) : null);
        return out;
    }

    private static List<Object> values(Raster pixel) {
        List<Object> values = new ArrayList<>();
        for (int b = 0; b < pixel.bandCount(); b++) {
            float v = pixel.band(b)[0];
            if (Float.isNaN(v)) {
                values.add(null);
            } else if (pixel.dataType() != DataType.FLOAT32) {
                values.add((long) v);
            } else {
                values.add(v);
            }
        }
        return values;
    }
}
