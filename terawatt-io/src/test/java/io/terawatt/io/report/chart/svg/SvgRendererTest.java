package io.terawatt.io.report.chart.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.io.report.chart.Axis;
import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.ChartSet;
import io.terawatt.io.report.chart.PlanChartBuilder;
import io.terawatt.io.report.chart.Series;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG drawings of the chart description, checked in their text. */
class SvgRendererTest {
  private static final Pattern SVG_WIDTH = Pattern.compile("<svg [^>]*width=\"(\\d+)\"");
  private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" x=\"([-\\d.]+)\"");
  private static final Pattern ZERO_LINE = Pattern.compile("<line x1=\"([\\d.]+)\" y1=\"40.0\"");

  private final ChartSet charts = ChartSetFixture.charts();

  @Test
  void theHeatMapDrawsOneCellPerMonthAndHourWithItsValue() {
    String svg = SvgRenderer.render(charts.chart("intensity-heatmap-0").orElseThrow());
    assertThat(count(svg, "<rect class=\"cell\"")).isEqualTo(12 * 24);
    assertThat(svg).contains("<title>Mar, hour (UTC) 5: 103 gCO2e/kWh</title>");
  }

  @Test
  void theEnergyChartDrawsItsWindowWithOneColourPerSeries() {
    Chart c = charts.chart("energy-week-0").orElseThrow();
    String svg = SvgRenderer.render(c);
    assertThat(svg).contains("week from 2030-03-12");
    for (Series s : c.series()) {
      assertThat(svg).as(s.name()).contains(s.colour());
      assertThat(svg).contains(">" + s.name() + "</text>");
    }
  }

  @Test
  void negativeBarsAreDrawnLeftOfZero() {
    String svg = SvgRenderer.render(charts.chart("schedule").orElseThrow());
    Matcher zero = ZERO_LINE.matcher(svg);
    assertThat(zero.find()).isTrue();
    double zeroX = Double.parseDouble(zero.group(1));
    Matcher bars = BAR.matcher(svg);
    assertThat(bars.find()).isTrue();
    assertThat(Double.parseDouble(bars.group(1)))
        .isEqualTo(zeroX, org.assertj.core.api.Assertions.within(0.11));
    assertThat(bars.find()).isTrue();
    assertThat(Double.parseDouble(bars.group(1))).isLessThan(zeroX);
    assertThat(svg).contains("-1.8 %");
  }

  @Test
  void pointsAreCirclesLabelledWithTheirNames() {
    String svg = SvgRenderer.render(charts.chart("pareto").orElseThrow());
    assertThat(count(svg, "<circle class=\"point")).isEqualTo(2);
    assertThat(svg).contains(">Windy</text>").contains(">Sunny</text>");
  }

  @Test
  void theFanDrawsTheBandTheMedianAndTheReference() {
    String svg = SvgRenderer.render(charts.chart("outlook-fan").orElseThrow());
    assertThat(svg).contains("fill-opacity=\"0.60\"").contains(">P50</text>");
    assertThat(count(svg, "<circle class=\"point filled\"")).isEqualTo(1);
    assertThat(svg).contains(">2024</text>").doesNotContain("2,024");
  }

  @Test
  void longLabelsWidenTheDrawingInsteadOfBeingCut() {
    String longName = "A site with a rather long name in the north";
    Chart c =
        new Chart(
            "bars",
            "bars",
            "",
            "Capacity",
            "",
            Axis.categories("site", List.of(longName, "B")),
            Axis.value("capacity", "MW"),
            List.of(Series.bars("onshore wind", "MW", "#4e79a7", new double[] {5, 3})),
            Optional.empty(),
            Optional.empty());
    String svg = SvgRenderer.render(c);
    Matcher m = SVG_WIDTH.matcher(svg);
    assertThat(m.find()).isTrue();
    int labelWidth = SvgCanvas.width(longName, 12);
    assertThat(svg).contains("text-anchor=\"end\">" + longName);
    assertThat(Integer.parseInt(m.group(1))).isGreaterThan(labelWidth + 560);
  }

  @Test
  void numbersAreWrittenForPeople() {
    assertThat(Numbers.human(1234567.8)).isEqualTo("1,234,568");
    assertThat(Numbers.human(12.345)).isEqualTo("12.3");
    assertThat(Numbers.human(0.000123)).isEqualTo("0.000123");
    assertThat(Numbers.human(-1.8)).isEqualTo("-1.8");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  /** The fixture plan's charts, from the chart package's test fixture. */
  static final class ChartSetFixture {
    static ChartSet charts() {
      return PlanChartBuilder.describe(io.terawatt.io.report.chart.PlanFixtureAccess.plan());
    }
  }
}
