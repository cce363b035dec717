package io.terawatt.io.report.chart;

import io.terawatt.plan.SiteSupply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Each site's capacity by technology, stacked: generating capacity and storage power. */
final class CapacityMixChart {
  static final String ID = "capacity-mix";

  private CapacityMixChart() {}

  static Chart of(List<SiteSupply> sites, Palette palette) {
    Set<String> technologies = new LinkedHashSet<>();
    for (SiteSupply s : sites) {
      technologies.addAll(s.capacity_MW().keySet());
      technologies.addAll(s.storagePower_MW().keySet());
    }
    List<Series> series = new ArrayList<>();
    for (String t : technologies) {
      double[] v = new double[sites.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = capacity_MW(sites.get(i), t);
      }
      series.add(Series.bars(palette.name(t), "MW", palette.colour(t), v));
    }
    return new Chart(
        ID,
        ID,
        "",
        "Capacity by technology (MW)",
        "Capacity mix per site",
        Axis.categories("site", sites.stream().map(SiteSupply::site).toList()),
        Axis.value("capacity", "MW"),
        series,
        Optional.empty(),
        Optional.empty());
  }

  private static double capacity_MW(SiteSupply s, String technology) {
    Map<String, Double> generating = s.capacity_MW();
    return generating.containsKey(technology)
        ? generating.get(technology)
        : s.storagePower_MW().getOrDefault(technology, 0.0);
  }
}
