package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;

/**
 * Draws a chart as SVG, choosing the drawing by the kinds of its series: heat-map cells, bars,
 * stacked areas over hours, or bands, lines and points over a numeric axis.
 */
public final class SvgRenderer {
  private SvgRenderer() {}

  /** The SVG text of a chart. */
  public static String render(Chart c) {
    if (has(c, SeriesKind.CELLS)) {
      return CellsSvg.render(c);
    }
    if (has(c, SeriesKind.BAR)) {
      return BarsSvg.render(c);
    }
    if (has(c, SeriesKind.AREA)) {
      return AreaSvg.render(c);
    }
    if (c.series().isEmpty()) {
      return new SvgCanvas(400, 60).title(10, c.title() + ": nothing to draw").close();
    }
    return XySvg.render(c);
  }

  private static boolean has(Chart c, SeriesKind kind) {
    return c.series().stream().map(Series::kind).anyMatch(k -> k == kind);
  }
}
