package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;

/**
 * Bands, lines and labelled points over a numeric x axis. With a band or a line, x spans the data;
 * with points alone it starts at zero (or below, for negative values) with room for the labels. y
 * starts at zero, or below for negative values.
 */
final class XySvg {
  /** Opacity of bands, in the report and on the dashboard. */
  static final double BAND_OPACITY = 0.6;

  private static final int LEFT = 90;
  private static final int TOP = 40;
  private static final int PLOT_WIDTH = 600;
  private static final int PLOT_HEIGHT = 320;

  private XySvg() {}

  static String render(Chart c) {
    Frame fr = Frame.of(c);
    int width =
        Math.max(
            LEFT + PLOT_WIDTH + 30 + SvgCanvas.legendWidth(c.series()),
            10 + SvgCanvas.width(c.title(), 15) + 10);
    int bottom = TOP + PLOT_HEIGHT;
    SvgCanvas svg = new SvgCanvas(width, bottom + 60).title(10, c.title());
    axes(svg, c, fr);
    bandsAndLines(svg, c, fr);
    for (Series s : c.seriesOf(SeriesKind.POINTS)) {
      points(svg, c, s, fr);
    }
    return svg.legend(LEFT + PLOT_WIDTH + 30, TOP, c.series(), BAND_OPACITY).close();
  }

  private static void bandsAndLines(SvgCanvas svg, Chart c, Frame fr) {
    for (Series s : c.seriesOf(SeriesKind.BAND)) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < s.size(); i++) {
        d.append(i == 0 ? "M" : "L").append(fr.point(s.xAt(i), s.value(i)));
      }
      for (int i = s.size() - 1; i >= 0; i--) {
        d.append('L').append(fr.point(s.xAt(i), s.lowerAt(i)));
      }
      svg.path(d.append('Z').toString(), s.colour(), BAND_OPACITY, "none", 0);
    }
    for (Series s : c.seriesOf(SeriesKind.LINE)) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < s.size(); i++) {
        d.append(i == 0 ? "M" : "L").append(fr.point(s.xAt(i), s.value(i)));
      }
      svg.path(d.toString(), "none", 0, s.colour(), 2);
    }
  }

  private static void points(SvgCanvas svg, Chart c, Series s, Frame fr) {
    for (int i = 0; i < s.size(); i++) {
      double x = fr.x(s.xAt(i));
      double y = fr.y(s.value(i));
      String label = s.labels().get(i);
      String tip =
          label
              + ": "
              + withUnit(axisNumber(c, s.xAt(i)), c.x().unit())
              + ", "
              + withUnit(Numbers.human(s.value(i)), s.unit());
      svg.circle(
              s.filled() ? "point filled" : "point",
              x,
              y,
              fr.pointsOnly ? 8 : 5,
              s.filled() ? s.colour() : "#fff",
              s.colour(),
              tip)
          .text(x + 12, y + 4, 12, "normal", "start", label);
    }
  }

  private static void axes(SvgCanvas svg, Chart c, Frame fr) {
    int bottom = TOP + PLOT_HEIGHT;
    svg.line(LEFT, TOP, LEFT, bottom, "#333").line(LEFT, bottom, LEFT + PLOT_WIDTH, bottom, "#333");
    double yStep = Numbers.niceStep(fr.yMax - fr.yMin, 5);
    for (double v = Math.ceil(fr.yMin / yStep) * yStep; v <= fr.yMax + 1e-9; v += yStep) {
      svg.line(LEFT, fr.y(v), LEFT + PLOT_WIDTH, fr.y(v), "#ddd")
          .text(LEFT - 6, fr.y(v) + 4, 11, "normal", "end", Numbers.human(v));
    }
    double xStep = Numbers.niceStep(fr.xMax - fr.xMin, 13);
    if (fr.wholeX) {
      xStep = Math.max(1, xStep);
    }
    for (double v = Math.ceil(fr.xMin / xStep) * xStep; v <= fr.xMax + 1e-9; v += xStep) {
      svg.text(fr.x(v), bottom + 16, 11, "normal", "middle", axisNumber(c, v));
    }
    svg.text(LEFT + PLOT_WIDTH / 2.0, bottom + 40, 12, "normal", "middle", name(c.x()))
        .verticalText(18, TOP + PLOT_HEIGHT / 2.0, 12, name(c.y()));
  }

  /** Years and other whole-number axes without separators; other values as people read them. */
  private static String axisNumber(Chart c, double v) {
    return c.x().unit().isEmpty() && v == Math.rint(v)
        ? String.valueOf((long) v)
        : Numbers.human(v);
  }

  private static String withUnit(String number, String unit) {
    return unit.isEmpty() ? number : number + " " + unit;
  }

  private static String name(io.terawatt.io.report.chart.Axis a) {
    return a.unit().isEmpty() ? a.title() : a.title() + " (" + a.unit() + ")";
  }

  /** The data ranges and their mapping to the plot. */
  private record Frame(
      double xMin, double xMax, double yMin, double yMax, boolean pointsOnly, boolean wholeX) {
    static Frame of(Chart c) {
      double xMin = Double.POSITIVE_INFINITY;
      double xMax = Double.NEGATIVE_INFINITY;
      double yMin = 0;
      double yMax = 0;
      boolean wholeX = true;
      for (Series s : c.series()) {
        for (int i = 0; i < s.size(); i++) {
          wholeX &= s.xAt(i) == Math.rint(s.xAt(i));
          xMin = Math.min(xMin, s.xAt(i));
          xMax = Math.max(xMax, s.xAt(i));
          yMax = Math.max(yMax, s.value(i));
          yMin = Math.min(yMin, s.kind() == SeriesKind.BAND ? s.lowerAt(i) : s.value(i));
        }
      }
      boolean pointsOnly = c.series().stream().allMatch(s -> s.kind() == SeriesKind.POINTS);
      if (!(xMin <= xMax)) {
        xMin = 0;
        xMax = 1;
      }
      if (pointsOnly) {
        xMin = Math.min(0, xMin * 1.1);
        xMax = xMax > 0 ? xMax * 1.1 : 1;
        yMax *= 1.1;
        yMin *= 1.1;
      }
      double yTop = Numbers.niceMax(yMax);
      double yBottom = yMin < 0 ? -Numbers.niceMax(-yMin) : 0;
      return new Frame(xMin, xMax > xMin ? xMax : xMin + 1, yBottom, yTop, pointsOnly, wholeX);
    }

    double x(double v) {
      return LEFT + (v - xMin) / (xMax - xMin) * PLOT_WIDTH;
    }

    double y(double v) {
      return TOP + PLOT_HEIGHT - (v - yMin) / (yMax - yMin) * PLOT_HEIGHT;
    }

    String point(double x, double y) {
      return SvgCanvas.f("%.1f,%.1f", x(x), y(y));
    }
  }
}
