package io.terawatt.io.report.chart;

import io.terawatt.plan.SiteSupply;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplySite;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hourly energy by source of one site over the whole year, stacked: each technology's generation,
 * each storage technology's discharge, grid import and unserved load, with the load as a line. It
 * opens on the whole week (from the year's start) with the largest grid import plus unserved load.
 */
final class EnergyChart {
  static final String GROUP = "energy-week";
  private static final int WEEK_H = 168;

  private EnergyChart() {}

  static Chart of(int index, SiteSupply s, Palette palette) {
    SupplySite site = s.builtSite();
    HourlyFlows f = s.flows();
    Map<String, double[]> sources = new LinkedHashMap<>();
    for (int g = 0; g < site.generators().size(); g++) {
      sources.merge(site.generators().get(g).technology(), f.generation_MW()[g], EnergyChart::add);
    }
    for (int k = 0; k < site.storage().size(); k++) {
      sources.merge(site.storage().get(k).technology(), f.discharge_MW()[k], EnergyChart::add);
    }
    sources.put("grid_import", f.gridImport_MW());
    sources.put("unserved", f.unserved_MW());
    List<Series> series = new ArrayList<>();
    sources.forEach(
        (key, v) -> series.add(Series.area(palette.name(key), "MW", palette.colour(key), v)));
    series.add(Series.line(palette.name("load"), "MW", palette.colour("load"), site.load_MW()));
    Window week = largestImportWeek(site.hours(), f);
    LocalDate from =
        site.start().plusSeconds(3600L * week.from()).atZone(ZoneOffset.UTC).toLocalDate();
    return new Chart(
        GROUP + "-" + index,
        GROUP,
        s.site(),
        "Hourly energy by source, " + s.site(),
        "Hourly energy by source, " + s.site() + ", the week of largest grid import",
        Axis.hours("hour (UTC)", site.start()),
        Axis.value("energy per hour", "MW"),
        series,
        Optional.of(
            new Window(week.from(), week.to(), "week from " + from + " (largest grid import)")),
        Optional.empty());
  }

  /** The whole week (weeks counted from the first hour) with the largest import plus unserved. */
  static Window largestImportWeek(int hours, HourlyFlows f) {
    int weeks = Math.max(1, hours / WEEK_H);
    int best = 0;
    double bestImport_MWh = -1;
    for (int w = 0; w < weeks; w++) {
      double import_MWh = 0;
      for (int h = w * WEEK_H; h < Math.min(hours, (w + 1) * WEEK_H); h++) {
        import_MWh += f.gridImport_MW()[h] + f.unserved_MW()[h];
      }
      if (import_MWh > bestImport_MWh) {
        bestImport_MWh = import_MWh;
        best = w;
      }
    }
    int from = best * WEEK_H;
    return new Window(from, Math.min(hours, from + WEEK_H), "");
  }

  private static double[] add(double[] a, double[] b) {
    double[] c = a.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] += b[i];
    }
    return c;
  }
}
