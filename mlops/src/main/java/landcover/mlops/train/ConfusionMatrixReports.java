package landcover.mlops.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import landcover.domain.ClassScheme;
import landcover.domain.LandCoverClass;
import landcover.domain.RgbColor;

/**
 * The confusion matrix as files people read: CSV (rows = reference, columns = prediction, with
 * totals) and a PNG with class names and legend colours, cells shaded by their share of the row.
 * Stateless; works headless.
 */
public final class ConfusionMatrixReports {
    private static final int CELL = 56;
    private static final int SWATCH = 14;

    private ConfusionMatrixReports() {}

    /**
     * CSV: header {@code reference\prediction,<code name>…,total}, one row per reference class, then a
     * {@code total} row.
     */
    public static String csv(ConfusionMatrix m, ClassScheme scheme) {
        StringBuilder out = new StringBuilder("reference\\prediction");
        for (int c = 0; c < m.size(); c++) {
            out.append(',').append(csvField(label(m.code(c), scheme)));
        }
        out.append(",total\n");
        for (int r = 0; r < m.size(); r++) {
            out.append(csvField(label(m.code(r), scheme)));
            for (int c = 0; c < m.size(); c++) {
                out.append(',').append(m.count(r, c));
            }
            out.append(',').append(m.rowTotal(r)).append('\n');
        }
        out.append("total");
        for (int c = 0; c < m.size(); c++) {
            out.append(',').append(m.columnTotal(c));
        }
        return out.append(',').append(m.total()).append('\n').toString();
    }

    /** Writes {@link #csv} to a file. */
    public static void writeCsv(ConfusionMatrix m, ClassScheme scheme, Path file) {
        try {
            Files.writeString(file, csv(m, scheme), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the PNG rendering of an evaluation's matrix. */
    public static void writePng(Evaluation evaluation, ClassScheme scheme, OutputStream out) throws IOException {
        ImageIO.write(render(evaluation, scheme), "png", out);
    }

    /** Writes the PNG rendering to a file. */
    public static void writePng(Evaluation evaluation, ClassScheme scheme, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(evaluation, scheme, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The matrix image: names left (reference) and on top (prediction) with colour swatches. */
    static BufferedImage render(Evaluation evaluation, ClassScheme scheme) {
        ConfusionMatrix m = evaluation.matrix();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics fm = probe.createGraphics().getFontMetrics(font);
        int nameWidth = 0;
        for (int i = 0; i < m.size(); i++) {
            nameWidth = Math.max(nameWidth, fm.stringWidth(label(m.code(i), scheme)));
        }
        int left = nameWidth + SWATCH + 24;
        int top = 70 + nameWidth + SWATCH;
        String title = String.format(
                Locale.ROOT,
                "Rows: reference   Columns: prediction   OA %.1f %%   kappa %.3f   macro-F1 %.3f",
                100 * evaluation.overallAccuracy(),
                evaluation.kappa(),
                evaluation.macroF1());
        int titleWidth = probe.createGraphics()
                .getFontMetrics(font.deriveFont(Font.BOLD))
                .stringWidth(title);
        int width = Math.max(left + m.size() * CELL + 20, titleWidth + 20);
        BufferedImage image = new BufferedImage(width, top + m.size() * CELL + 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(font.deriveFont(Font.BOLD));
        g.setColor(Color.BLACK);
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "Rows: reference   Columns: prediction   OA %.1f %%   kappa %.3f   macro-F1 %.3f",
                        100 * evaluation.overallAccuracy(),
                        evaluation.kappa(),
                        evaluation.macroF1()),
                10,
                20);
        g.setFont(font);
        drawLabels(g, m, scheme, left, top, fm);
        drawCells(g, m, left, top, fm);
        g.dispose();
        return image;
    }

    private static void drawLabels(
            Graphics2D g, ConfusionMatrix m, ClassScheme scheme, int left, int top, FontMetrics fm) {
        for (int i = 0; i < m.size(); i++) {
            String name = label(m.code(i), scheme);
            int y = top + i * CELL + CELL / 2;
            swatch(g, color(m.code(i), scheme), left - SWATCH - 8, y - SWATCH / 2);
            g.setColor(Color.BLACK);
            g.drawString(name, left - SWATCH - 14 - fm.stringWidth(name), y + fm.getAscent() / 2 - 2);
            int x = left + i * CELL + CELL / 2;
            swatch(g, color(m.code(i), scheme), x - SWATCH / 2, top - SWATCH - 6);
            Graphics2D rotated = (Graphics2D) g.create();
            rotated.rotate(-Math.PI / 2, x + fm.getAscent() / 2.0 - 2, top - SWATCH - 12);
            rotated.drawString(name, x + fm.getAscent() / 2 - 2, top - SWATCH - 12);
            rotated.dispose();
        }
    }

    private static void drawCells(Graphics2D g, ConfusionMatrix m, int left, int top, FontMetrics fm) {
        for (int r = 0; r < m.size(); r++) {
            long rowTotal = m.rowTotal(r);
            for (int c = 0; c < m.size(); c++) {
                double share = rowTotal == 0 ? 0 : m.count(r, c) / (double) rowTotal;
                int shade = (int) Math.round(255 - 200 * share);
                g.setColor(r == c ? new Color(shade, 255 - (255 - shade) / 3, shade) : new Color(255, shade, shade));
                g.fillRect(left + c * CELL, top + r * CELL, CELL, CELL);
                g.setColor(Color.GRAY);
                g.drawRect(left + c * CELL, top + r * CELL, CELL, CELL);
                String text = Long.toString(m.count(r, c));
                g.setColor(Color.BLACK);
                g.drawString(text, left + c * CELL + (CELL - fm.stringWidth(text)) / 2, top + r * CELL + CELL / 2 + 5);
            }
        }
        g.setStroke(new BasicStroke(2));
        g.drawRect(left, top, m.size() * CELL, m.size() * CELL);
    }

    private static void swatch(Graphics2D g, Color color, int x, int y) {
        g.setColor(color);
        g.fillRect(x, y, SWATCH, SWATCH);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, y, SWATCH, SWATCH);
    }

    private static Color color(int code, ClassScheme scheme) {
        RgbColor c = scheme.byCode(code).map(LandCoverClass::color).orElse(new RgbColor(128, 128, 128));
        return new Color(c.red(), c.green(), c.blue());
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String label(int code, ClassScheme scheme) {
        String name = scheme.byCode(code).map(LandCoverClass::name).orElse("?");
        return name.equals(Integer.toString(code)) ? name : code + " " + name;
    }
}
