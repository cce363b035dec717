package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;
import java.util.List;

/**
 * Horizontal stacked bars, one row per x category: positive values stack rightwards from zero,
 * negative ones leftwards. A chart of one series writes each bar's value beside it.
 */
final class BarsSvg {
  private static final int TOP = 40;
  private static final int ROW = 40;
  private static final int SHORT_ROW = 26;
  private static final int PLOT_WIDTH = 560;

  private BarsSvg() {}

  static String render(Chart c) {
    List<Series> bars = c.seriesOf(SeriesKind.BAR);
    List<String> rows = c.x().categories();
    double max = 0;
    double min = 0;
    for (int r = 0; r < rows.size(); r++) {
      double up = 0;
      double down = 0;
      for (Series s : bars) {
        double v = s.value(r);
        up += Math.max(0, v);
        down += Math.min(0, v);
      }
      max = Math.max(max, up);
      min = Math.min(min, down);
    }
    max = max > 0 ? max : (min < 0 ? 0 : 1);
    boolean single = bars.size() == 1;
    int row = rows.size() > 8 ? SHORT_ROW : ROW;
    int left = 20 + rows.stream().mapToInt(r -> SvgCanvas.width(r, 12)).max().orElse(0);
    int valueRoom = single ? 90 : 20;
    int width =
        Math.max(
            left + PLOT_WIDTH + valueRoom + SvgCanvas.legendWidth(bars),
            10 + SvgCanvas.width(c.title(), 15) + 10);
    int height = Math.max(TOP + rows.size() * row + 50, TOP + bars.size() * 18 + 20);
    double span = max - min;
    double zero = left + (-min) / span * PLOT_WIDTH;
    SvgCanvas svg = new SvgCanvas(width, height).title(10, c.title());
    for (int r = 0; r < rows.size(); r++) {
      int y = TOP + r * row;
      svg.text(left - 8, y + row / 2.0 + 4, 12, "normal", "end", rows.get(r));
      double right = zero;
      double leftEdge = zero;
      for (Series s : bars) {
        double v = s.value(r);
        double w = Math.abs(v) / span * PLOT_WIDTH;
        if (w > 0.05) {
          double x = v >= 0 ? right : leftEdge - w;
          String tip = s.name() + ": " + Numbers.human(v) + " " + s.unit();
          svg.rect("bar", x, y + 4, w, row - 8, s.colour(), 1, tip);
          if (v >= 0) {
            right += w;
          } else {
            leftEdge -= w;
          }
        }
      }
      if (single) {
        double v = bars.get(0).value(r);
        svg.text(
            right + 6,
            y + row / 2.0 + 4,
            12,
            "normal",
            "start",
            Numbers.human(v) + " " + bars.get(0).unit());
      }
    }
    int bottom = TOP + rows.size() * row;
    svg.line(zero, TOP, zero, bottom, "#333");
    String unit = c.y().unit();
    svg.text(left, bottom + 20, 11, "normal", "start", Numbers.human(min) + " " + unit)
        .text(left + PLOT_WIDTH, bottom + 20, 11, "normal", "end", Numbers.human(max) + " " + unit);
    return svg.legend(left + PLOT_WIDTH + valueRoom, TOP, bars, 1).close();
  }
}
