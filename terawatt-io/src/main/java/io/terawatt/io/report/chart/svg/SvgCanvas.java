package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;
import java.util.List;
import java.util.Locale;

/** An SVG document being written: a white page of a fixed size and a few shapes. */
final class SvgCanvas {
  /** Approximate advance of one character, as a share of the font size (sans-serif). */
  private static final double CHAR_WIDTH_EM = 0.6;

  private final StringBuilder b = new StringBuilder();

  SvgCanvas(int width, int height) {
    b.append(
        f(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"sans-serif\">\n<rect width=\"100%%\" height=\"100%%\""
                + " fill=\"#fff\"/>\n",
            width, height, width, height));
  }

  /** The width a text takes, in pixels, rounded up (an estimate; no font metrics in SVG). */
  static int width(String s, int size) {
    return (int) Math.ceil(s.length() * size * CHAR_WIDTH_EM);
  }

  SvgCanvas title(int x, String s) {
    return text(x, 24, 15, "bold", "start", s);
  }

  SvgCanvas text(double x, double y, int size, String weight, String anchor, String s) {
    b.append(
        f(
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\">"
                + "%s</text>\n",
            x, y, size, weight, anchor, esc(s)));
    return this;
  }

  SvgCanvas verticalText(double x, double y, int size, String s) {
    b.append(
        f(
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" transform=\"rotate(-90 %.1f %.1f)\""
                + " text-anchor=\"middle\">%s</text>\n",
            x, y, size, x, y, esc(s)));
    return this;
  }

  SvgCanvas rect(
      String cls, double x, double y, double w, double h, String fill, double opacity, String tip) {
    b.append(
        f(
            "<rect%s x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s>",
            cls == null ? "" : " class=\"" + cls + "\"",
            x,
            y,
            w,
            h,
            fill,
            opacity < 1 ? f(" fill-opacity=\"%.2f\"", opacity) : ""));
    if (tip != null) {
      b.append("<title>").append(esc(tip)).append("</title>");
    }
    b.append("</rect>\n");
    return this;
  }

  SvgCanvas line(double x1, double y1, double x2, double y2, String stroke) {
    b.append(
        f(
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
            x1, y1, x2, y2, stroke));
    return this;
  }

  SvgCanvas path(String d, String fill, double fillOpacity, String stroke, double strokeWidth) {
    b.append(
        f(
            "<path d=\"%s\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"%s\" stroke-width=\"%.1f\"/>\n",
            d, fill, fillOpacity, stroke, strokeWidth));
    return this;
  }

  SvgCanvas circle(
      String cls, double x, double y, double r, String fill, String stroke, String tip) {
    b.append(
        f(
            "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\""
                + " stroke-width=\"2\"><title>%s</title></circle>\n",
            cls, x, y, r, fill, stroke, esc(tip)));
    return this;
  }

  /** A legend: one row per series, a swatch in its colour (a ring for hollow points). */
  SvgCanvas legend(int x, int y, List<Series> series, double bandOpacity) {
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      int top = y + k * 18;
      if (s.kind() == SeriesKind.POINTS) {
        circle(
            "legend-point",
            x + 6,
            top + 6,
            5,
            s.filled() ? s.colour() : "#fff",
            s.colour(),
            s.name());
      } else if (s.kind() == SeriesKind.LINE) {
        rect(null, x, top + 5, 12, 2.5, s.colour(), 1, null);
      } else {
        rect(null, x, top, 12, 12, s.colour(), s.kind() == SeriesKind.BAND ? bandOpacity : 1, null);
      }
      text(x + 18, top + 11, 11, "normal", "start", s.name());
    }
    return this;
  }

  /** The width a legend of these series takes. */
  static int legendWidth(List<Series> series) {
    int w = 0;
    for (Series s : series) {
      w = Math.max(w, width(s.name(), 11));
    }
    return 18 + w + 12;
  }

  String close() {
    return b.append("</svg>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
