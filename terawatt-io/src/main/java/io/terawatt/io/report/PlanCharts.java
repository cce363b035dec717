package io.terawatt.io.report;

import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.ChartSet;
import io.terawatt.io.report.chart.svg.SvgRenderer;
import java.util.List;

/**
 * The report's charts: charts of the plan's chart description ({@link
 * io.terawatt.io.report.chart.PlanChartBuilder}) drawn as inline SVG figures, each in a {@code
 * <figure class="chart" id="chart-<chart id>">} with the chart's caption. The dashboard draws the
 * same description.
 */
final class PlanCharts {
  private PlanCharts() {}

  /** The figures of every chart in the given groups, in the description's order. */
  static String figures(ChartSet charts, String... groups) {
    List<String> wanted = List.of(groups);
    StringBuilder b = new StringBuilder();
    for (Chart c : charts.charts()) {
      if (wanted.contains(c.group())) {
        b.append(figure(c));
      }
    }
    return b.toString();
  }

  /** One chart as a figure with its caption. */
  static String figure(Chart c) {
    return "<figure class=\"chart\" id=\"chart-"
        + PlanHtmlWriter.esc(c.id())
        + "\">\n"
        + SvgRenderer.render(c)
        + "<figcaption>"
        + PlanHtmlWriter.esc(c.caption())
        + "</figcaption></figure>\n";
  }
}
