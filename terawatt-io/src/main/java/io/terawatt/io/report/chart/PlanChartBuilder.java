package io.terawatt.io.report.chart;

import io.terawatt.plan.PlanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the description of a plan's charts, in the report's order: the capacity mix; for each site
 * the hourly energy by source and the month-by-hour grid intensity; the scheduling reductions; cost
 * against carbon; the outlook fan. Nothing here draws.
 */
public final class PlanChartBuilder {
  /** Group of the capacity mix. */
  public static final String CAPACITY_MIX = CapacityMixChart.ID;

  /** Group of the sites' hourly energy by source. */
  public static final String ENERGY_WEEK = EnergyChart.GROUP;

  /** Group of the sites' month-by-hour grid intensity. */
  public static final String INTENSITY_HEATMAP = IntensityHeatMapChart.GROUP;

  /** Group of the scheduling reductions. */
  public static final String SCHEDULE = ScheduleChart.ID;

  /** Group of cost against carbon. */
  public static final String PARETO = ParetoChart.ID;

  /** Group of the outlook fan. */
  public static final String OUTLOOK_FAN = OutlookFanChart.ID;

  private PlanChartBuilder() {}

  /** The charts of a plan result. */
  public static ChartSet describe(PlanResult r) {
    Palette palette = new Palette();
    List<Chart> charts = new ArrayList<>();
    charts.add(CapacityMixChart.of(r.supply(), palette));
    for (int i = 0; i < r.supply().size(); i++) {
      charts.add(EnergyChart.of(i, r.supply().get(i), palette));
      charts.add(IntensityHeatMapChart.of(i, r.supply().get(i), palette));
    }
    charts.add(ScheduleChart.of(r.schedule(), palette));
    charts.add(ParetoChart.of(r, palette));
    charts.add(OutlookFanChart.of(r.outlook(), palette));
    return new ChartSet(charts, paletteOf(charts));
  }

  /** Series name to colour, for every series with a colour of its own (not heat-map cells). */
  static Map<String, String> paletteOf(List<Chart> charts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Chart c : charts) {
      for (Series s : c.series()) {
        if (s.kind() != SeriesKind.CELLS) {
          String before = out.putIfAbsent(s.name(), s.colour());
          if (before != null && !before.equals(s.colour())) {
            throw new IllegalStateException(
                "The series '" + s.name() + "' has two colours: " + before + ", " + s.colour());
          }
        }
      }
    }
    return out;
  }
}
