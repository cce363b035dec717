package io.terawatt.io.report;

import java.util.List;
import java.util.Locale;

/**
 * An SVG fan chart: a shaded P5–P95 band and a P50 line over the years, with reference points (a
 * published value or range in one year) drawn as black markers and labelled.
 */
public final class FanChart {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 460;
  private static final int LEFT = 80;
  private static final int RIGHT = 220;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private FanChart() {}

  /**
   * A published reference: a point (low = high) or a range in one year.
   *
   * @param year the year
   * @param low lower value
   * @param high upper value
   * @param label legend text
   */
  public record Reference(int year, double low, double high, String label) {}

  /** Renders the chart. */
  public static String render(
      String title,
      String unit,
      int[] years,
      double[] p5,
      double[] p50,
      double[] p95,
      List<Reference> references) {
    double max = 0;
    for (double v : p95) {
      max = Math.max(max, v);
    }
    for (Reference r : references) {
      max = Math.max(max, r.high());
    }
    max = nice(max);
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"sans-serif\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>%n",
            LEFT,
            SvgChart.escape(title)));
    int bottom = HEIGHT - BOTTOM;
    for (int t = 0; t <= 5; t++) {
      double v = max * t / 5;
      double yy = y(v, max);
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>%n",
              LEFT,
              yy,
              WIDTH - RIGHT,
              yy,
              LEFT - 6,
              yy + 4,
              TextTable.num(v, 4)));
    }
    for (int i = 0; i < years.length; i += 2) {
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>%n",
              x(years[i], years),
              bottom + 16,
              years[i]));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
            LEFT,
            TOP,
            LEFT,
            bottom,
            LEFT,
            bottom,
            WIDTH - RIGHT,
            bottom));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"18\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 18 %d)\""
                + " text-anchor=\"middle\">%s</text>%n",
            (TOP + bottom) / 2,
            (TOP + bottom) / 2,
            SvgChart.escape(unit)));
    StringBuilder band = new StringBuilder();
    for (int i = 0; i < years.length; i++) {
      band.append(i == 0 ? "M" : "L").append(pt(years[i], p95[i], years, max));
    }
    for (int i = years.length - 1; i >= 0; i--) {
      band.append('L').append(pt(years[i], p5[i], years, max));
    }
    b.append("<path d=\"")
        .append(band)
        .append("Z\" fill=\"#4e79a7\" fill-opacity=\"0.3\" stroke=\"none\"/>\n");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < years.length; i++) {
      line.append(i == 0 ? "M" : "L").append(pt(years[i], p50[i], years, max));
    }
    b.append("<path d=\"")
        .append(line)
        .append("\" fill=\"none\" stroke=\"#1f3b63\" stroke-width=\"2\"/>\n");
    legend(b, 0, "P5-P95", "#4e79a7", 0.3);
    legend(b, 1, "P50", "#1f3b63", 1);
    int k = 2;
    for (Reference r : references) {
      double xx = x(r.year(), years);
      if (r.low() == r.high()) {
        b.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#000\"/>%n",
                xx,
                y(r.low(), max)));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\""
                    + " stroke-width=\"3\"/>%n",
                xx,
                y(r.low(), max),
                xx,
                y(r.high(), max)));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%d</text>%n",
              xx + 6,
              y(r.high(), max) - 4,
              k - 1));
      legend(b, k, (k - 1) + ": " + r.label(), "#000", 1);
      k++;
    }
    return b.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder b, int k, String name, String color, double opacity) {
    int xx = WIDTH - RIGHT + 12;
    int yy = TOP + 8 + k * 18;
    b.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\""
                + " fill-opacity=\"%.2f\"/>%n<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
            xx,
            yy - 10,
            color,
            opacity,
            xx + 18,
            yy,
            SvgChart.escape(name)));
  }

  private static String pt(int year, double v, int[] years, double max) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x(year, years), y(v, max));
  }

  private static double x(int year, int[] years) {
    double span = Math.max(1, years[years.length - 1] - years[0]);
    return LEFT + (year - years[0]) / span * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double v, double max) {
    return HEIGHT - BOTTOM - (max > 0 ? v / max : 0) * (HEIGHT - TOP - BOTTOM);
  }

  private static double nice(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= max) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
