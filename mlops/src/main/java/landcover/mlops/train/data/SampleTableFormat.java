package landcover.mlops.train.data;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;

/**
 * The stored form of a {@link SampleTable} ({@code training.csv}, {@code holdout.csv}): UTF-8 CSV
 * (RFC 4180, LF line ends) with the header {@code group,class,weight,lon,lat,<feature names…>} and one
 * line per row in table order. Class is the class code; lon/lat are empty when the table has no
 * locations. Numbers use Java's shortest round-tripping decimal form ({@link Float#toString},
 * {@link Double#toString}), so reading gives back the same bits and writing the same table always gives
 * the same bytes — and so the same {@link #sha256(SampleTable) content hash}.
 */
public final class SampleTableFormat {
    private static final List<String> FIXED = List.of("group", "class", "weight", "lon", "lat");

    private SampleTableFormat() {}

    /** Writes a table; does not close the stream. */
    public static void write(SampleTable table, OutputStream out) throws IOException {
        StringBuilder line = new StringBuilder(String.join(",", FIXED));
        for (String name : table.features().names()) {
            line.append(',').append(Csv.quote(name));
        }
        line.append('\n');
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        for (int r = 0; r < table.size(); r++) {
            line.setLength(0);
            line.append(table.group(r)).append(',').append(table.classCode(r)).append(',');
            line.append(table.weight(r)).append(',');
            if (table.hasLocations()) {
                line.append(table.lon(r)).append(',').append(table.lat(r));
            } else {
                line.append(',');
            }
            for (int j = 0; j < table.featureCount(); j++) {
                line.append(',').append(table.value(r, j));
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes a table to a file (replacing it). */
    public static void write(SampleTable table, Path file) {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** SHA-256 (lowercase hex) of the table's stored form. */
    public static String sha256(SampleTable table) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(table, bytes);
            return HexFormat.of().formatHex(digest.digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @throws MlopsException naming the file and line when it is not in this format
     */
    public static SampleTable read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new MlopsException(file + ": empty sample file");
            }
            List<String> columns = Csv.split(header, ',', file + ":1");
            if (columns.size() <= FIXED.size()
                    || !columns.subList(0, FIXED.size()).equals(FIXED)) {
                throw new MlopsException(
                        file + ":1: header must start with " + String.join(",", FIXED) + " and name features");
            }
            FeatureSchema features = new FeatureSchema(columns.subList(FIXED.size(), columns.size()));
            SampleTable.Builder builder = SampleTable.builder(features);
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                addRow(builder, Csv.split(line, ',', file + ":" + lineNo), columns.size(), file + ":" + lineNo);
            }
            return builder.build();
        } catch (NoSuchFileException e) {
            throw new MlopsException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void addRow(SampleTable.Builder builder, List<String> f, int width, String where) {
        if (f.size() != width) {
            throw new MlopsException(where + ": " + f.size() + " fields, header has " + width);
        }
        try {
            float[] row = new float[width - FIXED.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = Float.parseFloat(f.get(FIXED.size() + j));
            }
            double lon = f.get(3).isEmpty() ? Double.NaN : Double.parseDouble(f.get(3));
            double lat = f.get(4).isEmpty() ? Double.NaN : Double.parseDouble(f.get(4));
            builder.add(
                    row, Integer.parseInt(f.get(1)), Integer.parseInt(f.get(0)), Float.parseFloat(f.get(2)), lon, lat);
        } catch (NumberFormatException e) {
            throw new MlopsException(where + ": not a number (" + e.getMessage() + ")");
        }
    }
}
