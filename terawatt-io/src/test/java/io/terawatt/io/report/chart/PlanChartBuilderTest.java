package io.terawatt.io.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart description of a plan: what each chart holds, and one colour per series name. */
class PlanChartBuilderTest {
  private final ChartSet charts = PlanChartBuilder.describe(PlanFixture.plan(Optional.empty()));

  @Test
  void theChartsComeInTheReportsOrderWithStableIds() {
    assertThat(charts.charts())
        .extracting(Chart::id)
        .containsExactly(
            "capacity-mix",
            "energy-week-0",
            "intensity-heatmap-0",
            "energy-week-1",
            "intensity-heatmap-1",
            "schedule",
            "pareto",
            "outlook-fan");
    assertThat(charts.group("energy-week"))
        .extracting(Chart::subject)
        .containsExactly("Windy", "Sunny");
  }

  @Test
  void everySeriesNameHasOneColourInEveryChart() {
    Map<String, String> seen = new HashMap<>();
    for (Chart c : charts.charts()) {
      for (Series s : c.series()) {
        if (s.kind() != SeriesKind.CELLS) {
          String before = seen.putIfAbsent(s.name(), s.colour());
          assertThat(before == null ? s.colour() : before).as(s.name()).isEqualTo(s.colour());
        }
      }
    }
    assertThat(charts.palette()).isEqualTo(seen);
    assertThat(charts.palette().get("onshore wind"))
        .isNotEqualTo(charts.palette().get("unserved"))
        .isNotEqualTo(charts.palette().get("grid import"));
  }

  @Test
  void aTechnologyHasTheSameNameAndColourInTheEnergyAndCapacityCharts() {
    Series windInEnergy = series("energy-week-0", "onshore wind");
    Series windInCapacity = series("capacity-mix", "onshore wind");
    assertThat(windInEnergy.colour()).isEqualTo(windInCapacity.colour());
    Series battery = series("capacity-mix", "lithium-ion battery");
    assertThat(battery.values()).containsExactly(2.0, 0.0);
    assertThat(series("energy-week-0", "lithium-ion battery").colour()).isEqualTo(battery.colour());
  }

  @Test
  void namesAreTheOnesPeopleReadNotIds() {
    for (String name : charts.palette().keySet()) {
      assertThat(name).as(name).doesNotContain("_");
    }
  }

  @Test
  void theEnergyChartHoldsTheYearAndOpensOnTheWeekOfLargestImport() {
    Chart c = charts.chart("energy-week-0").orElseThrow();
    assertThat(c.x().kind()).isEqualTo(AxisKind.HOURS);
    assertThat(c.x().start()).isEqualTo(PlanFixture.START);
    assertThat(c.window())
        .hasValueSatisfying(
            w -> {
              assertThat(w.from()).isEqualTo(PlanFixture.IMPORT_WEEK * 168);
              assertThat(w.to()).isEqualTo(w.from() + 168);
              assertThat(w.label()).contains("2030-03-12");
            });
    assertThat(c.seriesOf(SeriesKind.AREA))
        .extracting(Series::name)
        .containsExactly("onshore wind", "lithium-ion battery", "grid import", "unserved");
    assertThat(c.seriesOf(SeriesKind.LINE)).extracting(Series::name).containsExactly("load");
    Series imports = series("energy-week-0", "grid import");
    assertThat(imports.size()).isEqualTo(PlanFixture.HOURS);
    assertThat(imports.value(PlanFixture.IMPORT_WEEK * 168)).isEqualTo(3.0);
    assertThat(imports.value(0)).isZero();
    assertThat(c.y().unit()).isEqualTo("MW");
  }

  @Test
  void theHeatMapHoldsMonthByHourMeansOnItsOwnScale() {
    Chart c = charts.chart("intensity-heatmap-0").orElseThrow();
    assertThat(c.y().categories()).hasSize(12).startsWith("Jan");
    assertThat(c.x().categories()).hasSize(24);
    Series cells = c.series().get(0);
    assertThat(cells.size()).isEqualTo(12 * 24);
    assertThat(cells.value(0)).isCloseTo(101.0, within(1e-9)); // January, 00:00
    assertThat(cells.value(2 * 24 + 5)).isCloseTo(103.05, within(1e-9)); // March, 05:00
    assertThat(c.colourScale())
        .hasValueSatisfying(
            s -> {
              assertThat(s.min()).isCloseTo(101.0, within(1e-9));
              assertThat(s.max()).isCloseTo(112.23, within(1e-9));
              assertThat(s.unit()).isEqualTo("gCO2e/kWh");
            });
  }

  @Test
  void scheduleReductionsKeepTheirSignAndLeaveOutTheBaseline() {
    Chart c = charts.chart("schedule").orElseThrow();
    assertThat(c.x().categories()).containsExactly("Windy / greedy", "Sunny / greedy");
    assertThat(c.series().get(0).values()).containsExactly(10.0, -1.8);
  }

  @Test
  void withoutAnAssessmentTheSitesAreOneHollowSeriesOfCostAgainstCarbon() {
    Chart c = charts.chart("pareto").orElseThrow();
    assertThat(c.series()).hasSize(1);
    Series sites = c.series().get(0);
    assertThat(sites.filled()).isFalse();
    assertThat(sites.labels()).containsExactly("Windy", "Sunny");
    assertThat(sites.x()).containsExactly(90.0, 70.0);
    assertThat(sites.values()).containsExactly(500.0, 20_000.0);
  }

  @Test
  void withAnAssessmentTheParetoSetIsFilledAndTheRestHollow() {
    ChartSet set = PlanChartBuilder.describe(PlanFixture.plan(Optional.of(List.of("Windy"))));
    List<Series> s = set.chart("pareto").orElseThrow().series();
    assertThat(s).extracting(Series::name).containsExactly("Pareto set", "dominated");
    assertThat(s.get(0).labels()).containsExactly("Windy");
    assertThat(s.get(0).filled()).isTrue();
    assertThat(s.get(1).labels()).containsExactly("Sunny");
    assertThat(s.get(1).filled()).isFalse();
  }

  @Test
  void aParetoSetOfEverySiteLeavesAnEmptyDominatedSeries() {
    ChartSet set =
        PlanChartBuilder.describe(PlanFixture.plan(Optional.of(List.of("Windy", "Sunny"))));
    List<Series> s = set.chart("pareto").orElseThrow().series();
    assertThat(s.get(0).size()).isEqualTo(2);
    assertThat(s.get(1).size()).isZero();
  }

  @Test
  void theOutlookFanHasTheBandTheMedianAndThePlanningYear() {
    Chart c = charts.chart("outlook-fan").orElseThrow();
    assertThat(c.series())
        .extracting(Series::kind)
        .containsExactly(SeriesKind.BAND, SeriesKind.LINE, SeriesKind.POINTS);
    Series band = c.series().get(0);
    assertThat(band.x()).containsExactly(2024, 2025, 2026);
    assertThat(band.lower()).containsExactly(1, 2, 3);
    assertThat(band.values()).containsExactly(3, 5, 7);
    assertThat(c.series().get(2).x()).containsExactly(2025);
    assertThat(c.series().get(2).values()).containsExactly(3);
  }

  private Series series(String chart, String name) {
    return charts.chart(chart).orElseThrow().series().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(chart + " has no series " + name));
  }
}
