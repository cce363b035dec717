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
    int legendX = left + nc * CELL + 20;
    String max = Numbers.human(scale.max()) + " " + scale.unit();
    int width =
        Math.max(
            legendX + 26 + SvgCanvas.width(max, 11) + 10, left + SvgCanvas.width(c.title(), 15));
    int height = Math.max(TOP + nr * CELL + 40, TOP + 10 * 30 + 50);
    SvgCanvas svg = new SvgCanvas(width, height).title(8, c.title());
    for (int r = 0; r < nr; r++) {
      svg.text(8, TOP + r * CELL + 18, 11, "normal", "start", rows.categories().get(r));
      for (int k = 0; k < nc; k++) {
        double v = s.value(r * nc + k);
        String tip =
            rows.categories().get(r)
                + ", "
                + cols.title()
                + " "
                + cols.categories().get(k)
                + ": "
                + Numbers.human(v)
                + " "
                + s.unit();
        svg.rect(
            "cell",
            left + k * CELL,
            TOP + r * CELL,
            CELL - 1,
            CELL - 1,
            Double.isNaN(v) ? NO_VALUE : scale.colourOf(v),
            1,
            tip);
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
    for (int i = 0; i <= 10; i++) {
      double v = scale.min() + (scale.max() - scale.min()) * i / 10.0;
      svg.rect(null, legendX, TOP + (10 - i) * 30, 20, 30, scale.colourOf(v), 1, null);
    }
    return svg.text(legendX + 26, TOP + 12, 11, "normal", "start", max)
        .text(
            legendX + 26,
            TOP + 10 * 30 + 26,
            11,
            "normal",
            "start",
            Numbers.human(scale.min()) + " " + scale.unit())
        .close();
  }
}
