package landcover.server.loadtest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The load test's chart (java.awt, headless): above, each request's latency at the time its answer
 * arrived and the cumulative count of predictions; below, each request's mean confidence.
 */
final class LoadtestChart {
    private static final int WIDTH = 1000;
    private static final int PANEL = 270;
    private static final int LEFT = 70;
    private static final int RIGHT = 70;
    private static final int TOP = 50;
    private static final int GAP = 60;
    private static final Color LATENCY = new Color(31, 119, 180);
    private static final Color CUMULATIVE = new Color(214, 39, 40);
    private static final Color CONFIDENCE = new Color(44, 160, 44);

    private LoadtestChart() {}

    static Path write(LoadtestResult r, Path file) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, TOP + 2 * PANEL + GAP + 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            draw(g, r);
        } finally {
            g.dispose();
        }
        return save(image, file);
    }

    private static void draw(Graphics2D g, LoadtestResult r) {
        List<Sample> byEnd = r.samples().stream()
                .sorted(Comparator.comparingLong(Sample::endNanos))
                .toList();
        double seconds = Math.max(r.wallSeconds(), 1e-3);
        double maxLatency = niceMax(r.latencyMs(1.0));
        title(g, r);
        Frame top = new Frame(TOP, seconds, maxLatency);
        axes(g, top, "latency (ms)", LATENCY);
        rightAxis(g, top, r.samples().size(), "cumulative predictions", CUMULATIVE);
        g.setColor(LATENCY);
        byEnd.forEach(s -> dot(g, top.x(s.endNanos() / 1e9), top.y(s.latencyNanos() / 1e6)));
        cumulative(g, top, byEnd, r.samples().size());
        Frame bottom = new Frame(TOP + PANEL + GAP, seconds, 1.0);
        axes(g, bottom, "mean confidence", CONFIDENCE);
        g.setColor(CONFIDENCE);
        byEnd.stream()
                .filter(Sample::ok)
                .forEach(s -> dot(g, bottom.x(s.endNanos() / 1e9), bottom.y(s.meanConfidence())));
        g.setColor(Color.BLACK);
        g.drawString("time since the first request (s)", WIDTH / 2 - 90, bottom.top + PANEL + 38);
    }

    private static void title(Graphics2D g, LoadtestResult r) {
        g.setColor(Color.BLACK);
        String title = String.format(
                Locale.ROOT,
                "landcover loadtest: %d predictions, %d clients, %.1f s, %.1f/s",
                r.samples().size(),
                r.settings().concurrency(),
                r.wallSeconds(),
                r.throughput());
        g.drawString(title + (r.synthetic() ? "  (SYNTHETIC imagery and models: the sample region)" : ""), LEFT, 22);
    }

    private static void cumulative(Graphics2D g, Frame f, List<Sample> byEnd, int total) {
        Path2D.Double line = new Path2D.Double();
        line.moveTo(f.x(0), f.top + PANEL);
        int ok = 0;
        for (Sample s : byEnd) {
            ok += s.ok() ? 1 : 0;
            line.lineTo(f.x(s.endNanos() / 1e9), f.top + PANEL - (double) ok / total * PANEL);
        }
        g.setColor(CUMULATIVE);
        g.setStroke(new BasicStroke(2f));
        g.draw(line);
        g.setStroke(new BasicStroke(1f));
    }

    private static void axes(Graphics2D g, Frame f, String label, Color colour) {
        g.setColor(new Color(235, 235, 235));
        for (int i = 0; i <= 5; i++) {
            int y = f.top + PANEL - i * PANEL / 5;
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, f.top, WIDTH - LEFT - RIGHT, PANEL);
        for (int i = 0; i <= 5; i++) {
            int y = f.top + PANEL - i * PANEL / 5;
            g.drawString(number(f.maxY * i / 5), 8, y + 4);
            int x = LEFT + i * (WIDTH - LEFT - RIGHT) / 5;
            g.drawString(number(f.seconds * i / 5), x - 10, f.top + PANEL + 16);
        }
        g.setColor(colour);
        g.drawString(label, LEFT + 6, f.top - 6);
    }

    private static void rightAxis(Graphics2D g, Frame f, int total, String label, Color colour) {
        g.setColor(colour);
        for (int i = 0; i <= 5; i++) {
            g.drawString(Integer.toString(total * i / 5), WIDTH - RIGHT + 6, f.top + PANEL - i * PANEL / 5 + 4);
        }
        g.drawString(label, WIDTH - RIGHT - g.getFontMetrics().stringWidth(label), f.top - 6);
    }

    private static void dot(Graphics2D g, double x, double y) {
        g.draw(new Line2D.Double(x - 1.5, y, x + 1.5, y));
        g.draw(new Line2D.Double(x, y - 1.5, x, y + 1.5));
    }

    private static String number(double v) {
        return v >= 10 || v == 0 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double niceMax(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static Path save(BufferedImage image, Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new LoadtestException("no PNG writer in this JDK");
            }
            return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LoadtestException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One panel: its top edge in pixels and its data ranges (x from 0 s, y from 0). */
    private record Frame(int top, double seconds, double maxY) {
        double x(double s) {
            return LEFT + s / seconds * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            return top + PANEL - Math.min(v, maxY) / maxY * PANEL;
        }
    }
}
