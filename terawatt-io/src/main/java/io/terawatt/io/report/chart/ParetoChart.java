package io.terawatt.io.report.chart;

import io.terawatt.plan.PlanResult;
import io.terawatt.plan.SiteSupply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Each site's yearly cost against its location-based carbon; with an assessment, the Pareto set
 * filled and the dominated sites hollow.
 */
final class ParetoChart {
  static final String ID = "pareto";

  private ParetoChart() {}

  static Chart of(PlanResult r, Palette palette) {
    List<Series> series = new ArrayList<>();
    Optional<Set<String>> pareto = r.assessment().assessment().map(a -> Set.copyOf(a.pareto()));
    if (pareto.isPresent()) {
      series.add(points(r.supply(), pareto.get()::contains, "pareto_set", true, palette));
      series.add(points(r.supply(), s -> !pareto.get().contains(s), "dominated", false, palette));
    } else {
      series.add(points(r.supply(), s -> true, "sites", false, palette));
    }
    return new Chart(
        ID,
        ID,
        "",
        "Yearly cost (M USD) against location-based carbon (tCO2e)",
        pareto.isPresent()
            ? "Cost against location-based carbon (Pareto set filled)"
            : "Cost and carbon of the sites",
        Axis.value("yearly cost", "M USD"),
        Axis.value("location-based carbon", "tCO2e"),
        series,
        Optional.empty(),
        Optional.empty());
  }

  private static Series points(
      List<SiteSupply> sites, Predicate<String> in, String key, boolean filled, Palette palette) {
    List<SiteSupply> chosen = sites.stream().filter(s -> in.test(s.site())).toList();
    double[] cost_MUSD = new double[chosen.size()];
    double[] carbon_tCO2e = new double[chosen.size()];
    for (int i = 0; i < chosen.size(); i++) {
      cost_MUSD[i] = chosen.get(i).metrics().totalCost_USD() / 1e6;
      carbon_tCO2e[i] = chosen.get(i).metrics().emissionsLocation_tCO2e();
    }
    return Series.points(
        palette.name(key),
        "tCO2e",
        palette.colour(key),
        cost_MUSD,
        carbon_tCO2e,
        chosen.stream().map(SiteSupply::site).toList(),
        filled);
  }
}
