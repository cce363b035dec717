package io.terawatt.plan;

import io.terawatt.outlook.LocalEngine;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.OutlookService;

/** The outlook stage: the global Monte Carlo outlook and the workloads' share of it. */
final class OutlookStep {
  private OutlookStep() {}

  static OutlookStage run(Scenario scenario, FootprintStage footprint, PlanProgress progress) {
    OutlookSettings o = scenario.outlook();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    OutlookReport report =
        OutlookService.run(
            o.scenario(),
            o.samples(),
            o.seed(),
            new LocalEngine(threads),
            "local",
            0,
            threads,
            (done, total) -> progress.update("outlook", total > 0 ? (double) done / total : 0));
    int[] years = report.years();
    int year = Math.max(years[0], Math.min(years[years.length - 1], scenario.planningYear()));
    int index = year - years[0];
    double p50 = report.bands().electricity_TWh().p50()[index];
    double mine = footprint.annualFacilityEnergy_MWh() / 1e6;
    return new OutlookStage(report, year, p50, mine, p50 > 0 ? 100 * mine / p50 : 0);
  }
}
