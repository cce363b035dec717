package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;
import io.terawatt.io.report.chart.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Stacked areas with lines on top, over the chart's window of its x positions (all of them when it
 * has none). Areas stack their positive parts; every axis names its unit.
 */
final class AreaSvg {
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;
  private static final int PLOT_WIDTH = 640;

  private AreaSvg() {}

  static String render(Chart c) {
    List<Series> areas = c.seriesOf(SeriesKind.AREA);
    List<Series> lines = c.seriesOf(SeriesKind.LINE);
    int positions = c.series().get(0).size();
    Window w = c.window().orElse(new Window(0, positions, ""));
    int n = w.length();
    double[] top = new double[n];
    double max = 0;
    for (Series s : areas) {
      for (int i = 0; i < n; i++) {
        top[i] += Math.max(0, s.value(w.from() + i));
        max = Math.max(max, top[i]);
      }
    }
    for (Series s : lines) {
      for (int i = 0; i < n; i++) {
        max = Math.max(max, s.value(w.from() + i));
      }
    }
    max = Numbers.niceMax(max);
    List<Series> legend = new ArrayList<>(areas);
    legend.addAll(lines);
    String title = c.title() + (w.label().isEmpty() ? "" : ", " + w.label());
    int width =
        Math.max(
            LEFT + PLOT_WIDTH + SvgCanvas.legendWidth(legend) + 12,
            LEFT + SvgCanvas.width(title, 15) + 10);
    Frame fr = new Frame(n, max);
    SvgCanvas svg = new SvgCanvas(width, HEIGHT).title(LEFT, title);
    axes(svg, c, w, fr);
    stack(svg, areas, w, fr);
    for (Series s : lines) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < n; i++) {
        d.append(i == 0 ? "M" : "L").append(fr.point(i, s.value(w.from() + i)));
      }
      svg.path(d.toString(), "none", 0, s.colour(), 1.5);
    }
    return svg.legend(LEFT + PLOT_WIDTH + 12, TOP, legend, 1).close();
  }

  /** Each area from the top of the earlier ones (their positive parts) to its own top. */
  private static void stack(SvgCanvas svg, List<Series> areas, Window w, Frame fr) {
    int n = fr.n();
    double[] base = new double[n];
    for (Series s : areas) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double v = base[i] + Math.max(0, s.value(w.from() + i));
        d.append(i == 0 ? "M" : "L").append(fr.point(i, v));
      }
      for (int i = n - 1; i >= 0; i--) {
        d.append('L').append(fr.point(i, base[i]));
      }
      svg.path(d.append('Z').toString(), s.colour(), 0.85, "none", 0);
      for (int i = 0; i < n; i++) {
        base[i] += Math.max(0, s.value(w.from() + i));
      }
    }
  }

  private static void axes(SvgCanvas svg, Chart c, Window w, Frame fr) {
    int bottom = HEIGHT - BOTTOM;
    svg.line(LEFT, TOP, LEFT, bottom, "#333").line(LEFT, bottom, LEFT + PLOT_WIDTH, bottom, "#333");
    for (int t = 0; t <= 4; t++) {
      double v = fr.max * t / 4;
      double y = fr.y(v);
      svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, "#ddd")
          .text(LEFT - 6, y + 4, 11, "normal", "end", Numbers.human(v));
    }
    int step = fr.n >= 48 ? 24 : Math.max(1, fr.n / 7);
    for (int i = 0; i < fr.n; i += step) {
      svg.text(fr.x(i), bottom + 16, 11, "normal", "middle", tick(c, w.from() + i, step));
    }
    svg.text(LEFT + PLOT_WIDTH / 2.0, HEIGHT - 12, 12, "normal", "middle", c.x().title())
        .verticalText(16, (TOP + bottom) / 2.0, 12, c.y().unit());
  }

  /** A day's date ({@code MM-dd}) for daily ticks on an hours axis, else the position's label. */
  private static String tick(Chart c, int position, int step) {
    String label = c.x().label(position);
    return step == 24 && label.length() >= 10 ? label.substring(5, 10) : label;
  }

  /** Maps positions and values to the plot. */
  private record Frame(int n, double max) {
    double x(int i) {
      return LEFT + (double) i / Math.max(1, n - 1) * PLOT_WIDTH;
    }

    double y(double v) {
      return HEIGHT - BOTTOM - (max > 0 ? v / max : 0) * (HEIGHT - TOP - BOTTOM);
    }

    String point(int i, double v) {
      return SvgCanvas.f("%.1f,%.1f", x(i), y(v));
    }
  }
}
