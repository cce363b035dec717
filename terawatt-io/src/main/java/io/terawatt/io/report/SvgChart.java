package io.terawatt.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small, dependency-free SVG charts for reports and docs: a stacked area chart of hourly series and
 * a horizontal bar chart. Every axis names its unit.
 */
public final class SvgChart {
  private static final String[] PALETTE = {
    "#f2b705", "#4e79a7", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1b9e77", "#d95f02"
  };
  private static final int WIDTH = 900;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 190;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private SvgChart() {}

  /**
   * A stacked area chart: each series is stacked on the previous ones, one point per hour.
   *
   * @param title chart title
   * @param series name to values (same length), stacked in map order
   * @param unit unit of the values, for the y axis
   * @param line an optional series drawn as a line on top (for example the load), or null
   */
  public static String stackedArea(
      String title, Map<String, double[]> series, String unit, Map.Entry<String, double[]> line) {
    int n = series.values().iterator().next().length;
    double[] top = new double[n];
    double max = 0;
    for (double[] s : series.values()) {
      for (int i = 0; i < n; i++) {
        top[i] += Math.max(0, s[i]);
        max = Math.max(max, top[i]);
      }
    }
    if (line != null) {
      for (double v : line.getValue()) {
        max = Math.max(max, v);
      }
    }
    max = niceMax(max);
    StringBuilder b = header(title);
    axes(b, max, unit, n, "hour");
    double[] base = new double[n];
    int k = 0;
    List<String> names = List.copyOf(series.keySet());
    for (String name : names) {
      double[] s = series.get(name);
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < n; i++) {
        path.append(i == 0 ? "M" : "L")
            .append(x(i, n))
            .append(',')
            .append(y(base[i] + Math.max(0, s[i]), max));
      }
      for (int i = n - 1; i >= 0; i--) {
        path.append('L').append(x(i, n)).append(',').append(y(base[i], max));
      }
      path.append('Z');
      String color = PALETTE[k % PALETTE.length];
      b.append("<path d=\"")
          .append(path)
          .append("\" fill=\"")
          .append(color)
          .append("\" fill-opacity=\"0.85\" stroke=\"none\"/>\n");
      legend(b, k, name, color);
      for (int i = 0; i < n; i++) {
        base[i] += Math.max(0, s[i]);
      }
      k++;
    }
    if (line != null) {
      StringBuilder path = new StringBuilder();
      double[] v = line.getValue();
      for (int i = 0; i < n; i++) {
        path.append(i == 0 ? "M" : "L").append(x(i, n)).append(',').append(y(v[i], max));
      }
      b.append("<path d=\"")
          .append(path)
          .append("\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\"/>\n");
      legend(b, k, line.getKey(), "#000");
    }
    return b.append("</svg>\n").toString();
  }

  /** A horizontal bar chart of named values. */
  public static String bars(String title, Map<String, Double> values, String unit) {
    double max = niceMax(values.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
    int rows = Math.max(1, values.size());
    int rowHeight = Math.min(40, (HEIGHT - TOP - BOTTOM) / rows);
    StringBuilder b = header(title);
    int k = 0;
    int left = 170;
    int plotWidth = WIDTH - left - 120;
    for (Map.Entry<String, Double> e : values.entrySet()) {
      int yTop = TOP + k * rowHeight;
      double w = max > 0 ? e.getValue() / max * plotWidth : 0;
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>%n",
              left - 6,
              yTop + rowHeight / 2 + 4,
              escape(e.getKey())));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
              left,
              yTop + 4,
              w,
              rowHeight - 8,
              PALETTE[k % PALETTE.length]));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s %s</text>%n",
              left + w + 6,
              yTop + rowHeight / 2 + 4,
              TextTable.num(e.getValue(), 4),
              escape(unit)));
      k++;
    }
    return b.append("</svg>\n").toString();
  }

  private static StringBuilder header(String title) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\">%n",
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
            escape(title)));
    return b;
  }

  private static void axes(StringBuilder b, double max, String unit, int n, String xLabel) {
    int bottom = HEIGHT - BOTTOM;
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
            LEFT,
            TOP,
            LEFT,
            bottom));
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
            LEFT,
            bottom,
            WIDTH - RIGHT,
            bottom));
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      double yy = y(v, max);
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>%n",
              LEFT - 6,
              yy + 4,
              TextTable.num(v, 3)));
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
              LEFT,
              yy,
              WIDTH - RIGHT,
              yy));
    }
    for (int t = 0; t <= 7; t++) {
      int i = (int) Math.round((double) t * (n - 1) / 7);
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>%n",
              x(i, n),
              bottom + 16,
              i));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>%n",
            (LEFT + WIDTH - RIGHT) / 2,
            HEIGHT - 12,
            escape(xLabel)));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"16\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">%s</text>%n",
            (TOP + bottom) / 2,
            (TOP + bottom) / 2,
            escape(unit)));
  }

  private static void legend(StringBuilder b, int k, String name, String color) {
    int xx = WIDTH - RIGHT + 12;
    int yy = TOP + 8 + k * 18;
    b.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
            xx,
            yy - 10,
            color));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n",
            xx + 18,
            yy,
            escape(name)));
  }

  private static double x(int i, int n) {
    return LEFT + (double) i / Math.max(1, n - 1) * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double v, double max) {
    return HEIGHT - BOTTOM - (max > 0 ? v / max : 0) * (HEIGHT - TOP - BOTTOM);
  }

  private static double niceMax(double max) {
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

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
