package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;
import java.util.List;

/**
 * Horizontal stacked bars, one row per x category: positive values stack rightwards from zero,
 * negative ones leftwards. A chart of one series writes each bar's value beside it. The label
 * column is as wide as the longest category.
 */
final class BarsSvg {
  private static final int TOP = 40;
  private static final int ROW = 40;
  private static final int SHORT_ROW = 26;
  private static final int PLOT_WIDTH = 560;

  private BarsSvg() {}

  /** Where things go: the label column, row height, value range and the zero line. */
  private record Layout(int left, int row, double min, double max, boolean single) {
    static Layout of(List<Series> bars, List<String> rows) {
      double max = 0;
      double min = 0;
      for (int r = 0; r < rows.size(); r++) {
        double up = 0;
        double down = 0;
        for (Series s : bars) {
          up += Math.max(0, s.value(r));
          down += Math.min(0, s.value(r));
        }
        max = Math.max(max, up);
        min = Math.min(min, down);
      }
      max = max > 0 ? max : (min < 0 ? 0 : 1);
      int left = 20 + rows.stream().mapToInt(r -> SvgCanvas.width(r, 12)).max().orElse(0);
      return new Layout(left, rows.size() > 8 ? SHORT_ROW : ROW, min, max, bars.size() == 1);
    }

    double zero() {
      return left + (-min) / (max - min) * PLOT_WIDTH;
    }

    double width(double v) {
      return Math.abs(v) / (max - min) * PLOT_WIDTH;
    }

    int valueRoom() {
      return single ? 90 : 20;
    }
  }

  static String render(Chart c) {
    List<Series> bars = c.seriesOf(SeriesKind.BAR);
    List<String> rows = c.x().categories();
    Layout l = Layout.of(bars, rows);
    int width =
        Math.max(
            l.left() + PLOT_WIDTH + l.valueRoom() + SvgCanvas.legendWidth(bars),
            10 + SvgCanvas.width(c.title(), 15) + 10);
    int height = Math.max(TOP + rows.size() * l.row() + 50, TOP + bars.size() * 18 + 20);
    SvgCanvas svg = new SvgCanvas(width, height).title(10, c.title());
    for (int r = 0; r < rows.size(); r++) {
      row(svg, bars, rows.get(r), r, l);
    }
    int bottom = TOP + rows.size() * l.row();
    String unit = c.y().unit();
    svg.line(l.zero(), TOP, l.zero(), bottom, "#333")
        .text(l.left(), bottom + 20, 11, "normal", "start", Numbers.human(l.min()) + " " + unit)
        .text(
            l.left() + PLOT_WIDTH,
            bottom + 20,
            11,
            "normal",
            "end",
            Numbers.human(l.max()) + " " + unit);
    return svg.legend(l.left() + PLOT_WIDTH + l.valueRoom(), TOP, bars, 1).close();
  }

  private static void row(SvgCanvas svg, List<Series> bars, String label, int r, Layout l) {
    int y = TOP + r * l.row();
    double mid = y + l.row() / 2.0 + 4;
    svg.text(l.left() - 8, mid, 12, "normal", "end", label);
    double right = l.zero();
    double leftEdge = l.zero();
    for (Series s : bars) {
      double v = s.value(r);
      double w = l.width(v);
      if (w > 0.05) {
        double x = v >= 0 ? right : leftEdge - w;
        String tip = s.name() + ": " + Numbers.human(v) + " " + s.unit();
        svg.rect("bar", x, y + 4, w, l.row() - 8, s.colour(), 1, tip);
        right += v >= 0 ? w : 0;
        leftEdge -= v >= 0 ? 0 : w;
      }
    }
    if (l.single()) {
      Series s = bars.get(0);
      svg.text(right + 6, mid, 12, "normal", "start", Numbers.human(s.value(r)) + " " + s.unit());
    }
  }
}
