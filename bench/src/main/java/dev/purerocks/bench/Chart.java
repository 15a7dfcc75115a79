package dev.purerocks.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws results/chart.png with java.awt, headless, so the chart needs nothing beyond the JDK.
 *
 * <p>Top panel: one horizontal bar per comparison line on a log scale (PureRocks / RocksJava,
 * PureRocks / ConcurrentSkipListMap, 2-thread / 1-thread scaling), green where the row's target
 * (the red tick) holds, red where it misses, grey where there is no target. Bottom panel: bytes
 * per entry, linear, with the 116 B payload and the 1.3x payload + 30 B ceiling marked.
 */
final class Chart {
  private static final int WIDTH = 1100;
  private static final int LABEL = 300;
  private static final int ROW = 17;
  private static final Color MET = new Color(0x2E7D32);
  private static final Color MISSED = new Color(0xC62828);
  private static final Color INFO = new Color(0x78909C);

  private Chart() {}

  static void draw(List<Report.Ratio> ratios, List<MemoryProbe.Footprint> memory,
      double memoryTarget, Path file, String title) throws IOException {
    List<Object[]> memRows = new ArrayList<>();
    for (MemoryProbe.Footprint f : memory) {
      String who = Db.PURE_ROCKS.equals(f.impl()) ? "PureRocks" : Db.ROCKS_JAVA.equals(f.impl())
          ? "RocksDB" : "CSLM";
      if (!Double.isNaN(f.heapPerEntry())) {
        memRows.add(new Object[] {who + " heap " + f.rep(), f.heapPerEntry()});
      }
      if (!Double.isNaN(f.propertyPerEntry())) {
        memRows.add(new Object[] {who + " property " + f.rep(), f.propertyPerEntry()});
      }
    }
    int top = 50;
    int ratioHeight = (ratios.size() + 2) * ROW;
    int memTop = top + ratioHeight + 60;
    int height = memTop + (memRows.size() + 2) * ROW + 30;
    BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, 10, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString("ops/s ratios, log scale (red tick = target; ratio = PureRocks / RocksJava, "
        + "csl-ratio = PureRocks / ConcurrentSkipListMap, scaling = 2 threads / 1 thread)", 10,
        top - 8);

    double max = 10;
    for (Report.Ratio r : ratios) {
      max = Math.max(max, r.value());
    }
    double lo = Math.log10(0.1);
    double hi = Math.ceil(Math.log10(max * 1.5));
    int x0 = LABEL;
    int x1 = WIDTH - 70;
    java.util.function.DoubleToIntFunction xOf =
        v -> x0 + (int) Math.round((Math.log10(Math.max(v, 0.1)) - lo) / (hi - lo) * (x1 - x0));
    drawLogGrid(g, xOf, lo, hi, top, top + ratios.size() * ROW);
    for (int i = 0; i < ratios.size(); i++) {
      Report.Ratio r = ratios.get(i);
      int y = top + i * ROW;
      g.setColor(Double.isNaN(r.target()) ? INFO : r.met() ? MET : MISSED);
      int x = xOf.applyAsInt(r.value());
      g.fillRect(x0, y + 3, Math.max(1, x - x0), ROW - 6);
      g.setColor(Color.BLACK);
      g.drawString(r.kind() + " " + r.workload() + " " + r.rep(), 10, y + ROW - 4);
      g.drawString(String.format(Locale.ROOT, "%.2f", r.value()), x + 4, y + ROW - 4);
      if (!Double.isNaN(r.target())) {
        g.setColor(MISSED);
        int tx = xOf.applyAsInt(r.target());
        g.setStroke(new BasicStroke(2f));
        g.drawLine(tx, y, tx, y + ROW);
        g.setStroke(new BasicStroke(1f));
      }
    }

    g.setColor(Color.BLACK);
    g.drawString(String.format(Locale.ROOT, "bytes per entry after 1M puts (payload %.0f B, "
        + "ceiling 1.3x payload + 30 B = %.1f B, red)", Report.PAYLOAD, memoryTarget), 10,
        memTop - 8);
    double memMax = 250;
    for (Object[] row : memRows) {
      memMax = Math.max(memMax, (double) row[1] * 1.1);
    }
    final double scale = memMax;
    java.util.function.DoubleToIntFunction mx =
        v -> x0 + (int) Math.round(v / scale * (x1 - x0));
    int memBottom = memTop + memRows.size() * ROW;
    for (int b = 0; b <= scale; b += 50) {
      g.setColor(new Color(0xE0E0E0));
      g.drawLine(mx.applyAsInt(b), memTop, mx.applyAsInt(b), memBottom);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.valueOf(b), mx.applyAsInt(b) - 8, memBottom + 14);
    }
    for (int i = 0; i < memRows.size(); i++) {
      int y = memTop + i * ROW;
      String label = (String) memRows.get(i)[0];
      double v = (double) memRows.get(i)[1];
      g.setColor(label.startsWith("PureRocks heap") ? (v <= memoryTarget ? MET : MISSED)
          : label.startsWith("PureRocks") ? MET.brighter() : INFO);
      g.fillRect(x0, y + 3, Math.max(1, mx.applyAsInt(v) - x0), ROW - 6);
      g.setColor(Color.BLACK);
      g.drawString(label, 10, y + ROW - 4);
      g.drawString(String.format(Locale.ROOT, "%.1f", v), mx.applyAsInt(v) + 4, y + ROW - 4);
    }
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    g.setColor(MISSED);
    g.drawLine(mx.applyAsInt(memoryTarget), memTop, mx.applyAsInt(memoryTarget), memBottom);
    g.setColor(Color.GRAY);
    g.drawLine(mx.applyAsInt(Report.PAYLOAD), memTop, mx.applyAsInt(Report.PAYLOAD), memBottom);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  private static void drawLogGrid(Graphics2D g, java.util.function.DoubleToIntFunction xOf,
      double lo, double hi, int top, int bottom) {
    // Label 2 and 5 only where a decade is wide enough for three labels.
    boolean labelSteps = xOf.applyAsInt(10) - xOf.applyAsInt(1) >= 120;
    for (int e = (int) lo; e <= hi; e++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, e);
        if (Math.log10(v) > hi + 1e-9) {
          continue;
        }
        int x = xOf.applyAsInt(v);
        g.setColor(m == 1 ? new Color(0xBDBDBD) : new Color(0xEEEEEE));
        g.drawLine(x, top, x, bottom);
        if (m == 1 || labelSteps) {
          g.setColor(Color.DARK_GRAY);
          g.drawString(tickLabel(v), x - 6, bottom + 14);
        }
      }
    }
  }

  private static String tickLabel(double v) {
    if (v < 1) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (v >= 1e6) {
      return String.format(Locale.ROOT, "%.0fM", v / 1e6);
    }
    return v >= 1e3 ? String.format(Locale.ROOT, "%.0fk", v / 1e3) : String.format(Locale.ROOT, "%.0f", v);
  }

}
