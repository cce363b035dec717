package io.terawatt.io.report.chart;

import io.terawatt.ethics.Assessment;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.montecarlo.Band;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.plan.AssessmentStage;
import io.terawatt.plan.OutlookStage;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.ScheduleStage;
import io.terawatt.plan.SiteSupply;
import io.terawatt.scheduling.PolicyRole;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A small plan result built by hand (no solver): two sites over one year of 2030. "Windy" has wind
 * and a battery, and imports from the grid only in week 10; "Sunny" has solar and gas. The grid
 * intensity of Windy's zone is 100 + the month number (1–12) + the hour / 100, so each
 * month-by-hour mean is known.
 */
final class PlanFixture {
  static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  static final int HOURS = 8760;
  static final int IMPORT_WEEK = 10;

  private PlanFixture() {}

  static PlanResult plan(Optional<List<String>> pareto) {
    return new PlanResult(
        "Fixture",
        "Two sites",
        null,
        List.of(windy(), sunny()),
        schedule(),
        new AssessmentStage(
            List.of(),
            Map.of(),
            pareto.map(
                p ->
                    new Assessment(
                        null, Map.of(), Map.of(), p, List.of(), List.of(), Optional.empty())),
            ""),
        outlook(),
        Map.of());
  }

  static SiteSupply windy() {
    double[] intensity = new double[HOURS];
    for (int h = 0; h < HOURS; h++) {
      var t = START.plusSeconds(3600L * h).atZone(java.time.ZoneOffset.UTC);
      intensity[h] = 100 + t.getMonthValue() + t.getHour() / 100.0;
    }
    SupplySite site =
        site("Windy", intensity, List.of(generator("wind_onshore")), List.of(battery()));
    double[] wind = constant(8);
    double[] discharge = constant(1);
    double[] imports = new double[HOURS];
    for (int h = IMPORT_WEEK * 168; h < (IMPORT_WEEK + 1) * 168; h++) {
      imports[h] = 3;
      wind[h] = 6;
    }
    HourlyFlows f =
        new HourlyFlows(
            new double[][] {wind},
            new double[1][HOURS],
            new double[1][HOURS],
            new double[][] {discharge},
            new double[1][HOURS],
            imports,
            new double[HOURS],
            new double[HOURS]);
    return supply(site, f, Map.of("wind_onshore", 20.0), Map.of("battery_li_ion", 2.0), 90e6, 500);
  }

  static SiteSupply sunny() {
    SupplySite site =
        site(
            "Sunny",
            constant(300),
            List.of(generator("solar_utility"), generator("gas_cc")),
            List.of());
    HourlyFlows f =
        new HourlyFlows(
            new double[][] {constant(5), constant(4)},
            new double[2][HOURS],
            new double[0][HOURS],
            new double[0][HOURS],
            new double[0][HOURS],
            new double[HOURS],
            new double[HOURS],
            constant(0.5));
    return supply(site, f, Map.of("solar_utility", 15.0, "gas_cc", 9.0), Map.of(), 70e6, 20_000);
  }

  static ScheduleStage schedule() {
    return new ScheduleStage(
        0.3,
        3,
        12,
        4,
        504,
        List.of(
            new ScheduleStage.ZoneRow("Windy", "W1", "agnostic", PolicyRole.BASELINE, 100, 0, 0, 0),
            new ScheduleStage.ZoneRow("Windy", "W1", "greedy", PolicyRole.ONLINE, 90, 10, 2, 5),
            new ScheduleStage.ZoneRow("Sunny", "S1", "agnostic", PolicyRole.BASELINE, 100, 0, 0, 0),
            new ScheduleStage.ZoneRow(
                "Sunny", "S1", "greedy", PolicyRole.ONLINE, 102, -1.8, 2, -1)),
        List.of(),
        List.of(),
        Map.of());
  }

  static OutlookStage outlook() {
    int[] years = {2024, 2025, 2026};
    Band b = new Band(new double[] {1, 2, 3}, new double[] {2, 3, 4}, new double[] {3, 5, 7});
    MonteCarloResult mc = new MonteCarloResult(100, 7, b, b, b, b);
    OutlookReport r = new OutlookReport("base", "local", years, mc, null, Map.of(), 0, 0);
    return new OutlookStage(r, 2025, 3, 0.1, 3.3);
  }

  private static SupplySite site(
      String name, double[] intensity, List<GeneratorOption> g, List<StorageOption> s) {
    GridConnection grid =
        new GridConnection(intensity, constant(50), constant(0.5), 100, 0, 0, 400);
    return new SupplySite(
        name, START, constant(10), grid, g, s, OptionalDouble.empty(), OptionalDouble.empty(), 1e4);
  }

  private static SiteSupply supply(
      SupplySite site,
      HourlyFlows f,
      Map<String, Double> capacity,
      Map<String, Double> storage,
      double cost_USD,
      double carbon_tCO2e) {
    SupplyMetrics m =
        new SupplyMetrics(
            Map.of(),
            87600,
            0,
            0,
            0,
            0,
            0,
            carbon_tCO2e,
            carbon_tCO2e,
            90,
            95,
            cost_USD,
            0,
            0,
            0,
            0,
            0,
            0,
            10,
            0);
    return new SiteSupply(
        site.name(),
        site.name().equals("Windy") ? "W1" : "S1",
        2030,
        "full-year",
        capacity,
        storage,
        Map.of(),
        m,
        cost_USD,
        Double.NaN,
        "hourly",
        List.of(),
        1,
        site,
        f,
        Optional.empty(),
        Map.of());
  }

  private static GeneratorOption generator(String technology) {
    return new GeneratorOption(
        technology,
        OptionKind.values()[0],
        true,
        0,
        OptionalDouble.empty(),
        constant(1),
        1,
        0,
        0,
        0,
        0,
        0,
        0);
  }

  private static StorageOption battery() {
    return new StorageOption("battery_li_ion", 0, 0, OptionalDouble.empty(), 1, 1, 0.9, 1, 8, 0);
  }

  static double[] constant(double v) {
    double[] a = new double[HOURS];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
