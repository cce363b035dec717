package io.terawatt.io.report;

import io.terawatt.ethics.Ranking;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.Scenario;
import io.terawatt.plan.ScheduleStage;
import io.terawatt.plan.SiteSupply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The terminal summary of a plan: one line per stage and a table of the candidate sites. */
public final class PlanSummaryWriter {
  private PlanSummaryWriter() {}

  private static String f(String format, double v) {
    return String.format(Locale.ROOT, format, v);
  }

  /** The line that announces a plan: its name, sites and how the supply plans are solved. */
  public static String start(Scenario scenario) {
    return "terawatt: planning '"
        + scenario.name()
        + "' ("
        + scenario.sites().size()
        + " sites, "
        + (scenario.representativeWeeks() > 0
            ? scenario.representativeWeeks() + " representative weeks"
            : "all 8,760 hours")
        + ")";
  }

  /** The line that names the files written into {@code out} ({@link PlanReportFiles}). */
  public static String wrote(java.nio.file.Path out) {
    return "wrote "
        + out.resolve(PlanReportFiles.REPORT)
        + ", "
        + out.resolve(PlanReportFiles.RESULTS)
        + " and hourly CSV files";
  }

  /** The summary text. */
  public static String write(PlanResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.scenario()).append('\n');
    var f = r.footprint();
    b.append(
        String.format(
            Locale.ROOT,
            "footprint:  %.1f MW facility load (training %.1f MW, inference %.1f MW), %.0f MWh a"
                + " year%n",
            f.facilityLoad_MW(),
            f.trainingLoad_MW(),
            f.inferenceLoad_MW(),
            f.annualFacilityEnergy_MWh()));
    TextTable t =
        new TextTable(
            List.of(
                "site",
                "zone",
                "capacity_MW",
                "storage_MWh",
                "hourly_CFE_%",
                "cost_MUSD/yr",
                "USD/MWh",
                "loc_tCO2e",
                "mkt_tCO2e",
                "unserved_MWh",
                "rank"));
    Map<String, Ranking> rankings =
        r.assessment().assessment().map(a -> a.rankings()).orElse(Map.of());
    Ranking main = rankings.get("weighted-sum");
    for (SiteSupply s : r.supply()) {
      List<String> caps = new ArrayList<>();
      s.capacity_MW()
          .forEach(
              (k, v) -> {
                if (v >= 0.5) {
                  caps.add(k + " " + Math.round(v));
                }
              });
      double storage = s.storageEnergy_MWh().values().stream().mapToDouble(x -> x).sum();
      t.row(
          List.of(
              s.site(),
              s.zone(),
              String.join(", ", caps),
              f("%.0f", storage),
              f("%.1f", s.metrics().hourlyCfe_pct()),
              f("%.2f", s.metrics().totalCost_USD() / 1e6),
              f("%.1f", s.averageCost_USD_per_MWh()),
              f("%.0f", s.metrics().emissionsLocation_tCO2e()),
              f("%.0f", s.metrics().emissionsMarket_tCO2e()),
              f("%.0f", s.metrics().unserved_MWh()),
              main == null ? "-" : String.valueOf(main.bestFirst().indexOf(s.site()) + 1)));
    }
    b.append("supply (").append(r.supply().get(0).method()).append("):\n");
    b.append(t.render());
    Optional<ScheduleStage.ZoneRow> best =
        r.schedule().zones().stream()
            .filter(z -> z.role().isOnline())
            .max(
                (a, c) -> Double.compare(a.reductionVsAgnostic_pct(), c.reductionVsAgnostic_pct()));
    best.ifPresent(
        z ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "schedule:   %.1f MW batch; best online policy %s on %s (%s): %.1f %% less"
                        + " carbon, %.0f tCO2e a year%n",
                    r.schedule().batchLoad_MW(),
                    z.policy(),
                    z.site(),
                    z.zone(),
                    z.reductionVsAgnostic_pct(),
                    z.annualSaving_tCO2e())));
    if (main != null) {
      b.append("assessment: weighted-sum order ")
          .append(String.join(" > ", main.bestFirst()))
          .append("; Pareto set ")
          .append(String.join(", ", r.assessment().assessment().get().pareto()))
          .append("; ")
          .append(r.assessment().assessment().get().dilemmas().size())
          .append(" dilemmas\n");
    } else {
      b.append("assessment: ").append(r.assessment().note()).append('\n');
    }
    var o = r.outlook();
    b.append(
        String.format(
            Locale.ROOT,
            "outlook:    %.3f TWh a year = %.3f %% of the median global data-centre electricity in"
                + " %d (%.0f TWh, scenario %s)%n",
            o.scenarioElectricity_TWh(),
            o.shareOfGlobalP50_pct(),
            o.year(),
            o.globalElectricityP50_TWh(),
            o.report().scenario()));
    b.append(String.format(Locale.ROOT, "time:       %.1f s (", r.totalTime_s()));
    List<String> parts = new ArrayList<>();
    r.stageTimes_s().forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.1f s", k, v)));
    b.append(String.join(", ", parts)).append(")\n");
    return b.toString();
  }
}
