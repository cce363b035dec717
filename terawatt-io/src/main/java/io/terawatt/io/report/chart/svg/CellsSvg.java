package io.terawatt.io.report.chart.svg;

import io.terawatt.io.report.chart.Axis;
import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.ColourScale;
import io.terawatt.io.report.chart.Series;
import io.terawatt.io.report.chart.SeriesKind;

/**
 * A heat map: one square per cell, rows from the y categories and columns from the x categories,
 * coloured by the chart's scale, with the scale drawn beside it. Cells without a value are grey.
 */
final class CellsSvg {
  private static final int CELL = 28;
  private static final int TOP = 40;
  private static final int SCALE_STEPS = 10;
  private static final int SCALE_STEP_HEIGHT = 30;
  private static final String NO_VALUE = "#eeeeee";

  private CellsSvg() {}

  static String render(Chart c) {
    Series s = c.seriesOf(SeriesKind.CELLS).get(0);
    ColourScale scale = c.colourScale().orElseThrow();
    Axis rows = c.y();
    Axis cols = c.x();
    int nr = rows.categories().size();
    int nc = cols.categories().size();
    int left =
        14 + rows.categories().stream().mapToInt(r -> SvgCanvas.width(r, 11)).max().orElse(0);
    int scaleX = left + nc * CELL + 20;
    String max = Numbers.human(scale.max()) + " " + scale.unit();
    int width =
        Math.max(
            scaleX + 26 + SvgCanvas.width(max, 11) + 10, left + SvgCanvas.width(c.title(), 15));
    int height = Math.max(TOP + nr * CELL + 40, TOP + SCALE_STEPS * SCALE_STEP_HEIGHT + 50);
    SvgCanvas svg = new SvgCanvas(width, height).title(8, c.title());
    for (int r = 0; r < nr; r++) {
      svg.text(8, TOP + r * CELL + 18, 11, "normal", "start", rows.categories().get(r));
      for (int k = 0; k < nc; k++) {
        cell(svg, c, s, scale, r, k, left);
      }
    }
    int every = Math.max(1, (int) Math.ceil(nc / 8.0));
    for (int k = 0; k < nc; k += every) {
      svg.text(
          left + k * CELL + 4,
          TOP + nr * CELL + 16,
          11,
          "normal",
          "start",
          cols.categories().get(k));
    }
    return scale(svg, scale, scaleX, max).close();
  }

  private static void cell(
      SvgCanvas svg, Chart c, Series s, ColourScale scale, int r, int k, int left) {
    int nc = c.x().categories().size();
    double v = s.value(r * nc + k);
    String tip =
        c.y().categories().get(r)
            + ", "
            + c.x().title()
            + " "
            + c.x().categories().get(k)
            + ": "
            + Numbers.human(v)
            + " "
            + s.unit();
    String fill = Double.isNaN(v) ? NO_VALUE : scale.colourOf(v);
    svg.rect("cell", left + k * CELL, TOP + r * CELL, CELL - 1, CELL - 1, fill, 1, tip);
  }

  /** The colour scale: a column of steps, highest on top, labelled with its ends. */
  private static SvgCanvas scale(SvgCanvas svg, ColourScale scale, int x, String maxLabel) {
    for (int i = 0; i <= SCALE_STEPS; i++) {
      double v = scale.min() + (scale.max() - scale.min()) * i / SCALE_STEPS;
      int y = TOP + (SCALE_STEPS - i) * SCALE_STEP_HEIGHT;
      svg.rect(null, x, y, 20, SCALE_STEP_HEIGHT, scale.colourOf(v), 1, null);
    }
    String min = Numbers.human(scale.min()) + " " + scale.unit();
    return svg.text(x + 26, TOP + 12, 11, "normal", "start", maxLabel)
        .text(x + 26, TOP + SCALE_STEPS * SCALE_STEP_HEIGHT + 26, 11, "normal", "start", min);
  }
}
