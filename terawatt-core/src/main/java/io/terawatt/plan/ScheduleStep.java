package io.terawatt.plan;

import io.terawatt.scheduling.BatchJob;
import io.terawatt.scheduling.FleetStudy;
import io.terawatt.scheduling.SchedulingProblem;
import io.terawatt.scheduling.ZoneStudy;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule stage: the batch share of the facility load, as one job arriving each hour,
 * scheduled by each policy on each site's zone, and across all the plan's zones together. Every
 * zone's intensity is its one {@link ZoneSignals signal}: the planning year the supply plans used,
 * with the years before it that the forecasters learn from.
 */
final class ScheduleStep {
  private ScheduleStep() {}

  static ScheduleStage run(
      Scenario scenario, FootprintStage footprint, ZoneSignals signals, PlanProgress progress) {
    Operations ops = scenario.operations();
    Instant from =
        LocalDate.of(scenario.planningYear(), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int hours = ops.periodDays() * 24;
    double batch_MW = footprint.facilityLoad_MW() * ops.batchShare();
    double jobPower_kW = batch_MW * 1e3 / ops.jobLength_h();
    Map<String, HourlySeries> histories = signals.all();
    double yearScale = scenario.hoursOfYear() / (double) hours;
    List<ScheduleStage.ZoneRow> rows = new ArrayList<>();
    int done = 0;
    int steps = scenario.sites().size() + 1;
    for (CandidateSite c : scenario.sites()) {
      List<ZoneStudy.Row> r =
          ZoneStudy.defaults()
              .run(
                  List.of(c.zone()),
                  histories,
                  Optional.of(from),
                  Optional.of(from.plusSeconds(3600L * hours)),
                  h -> jobs(h, ops, jobPower_kW, List.of()),
                  ops.policies(),
                  s -> {});
      for (ZoneStudy.Row row : r) {
        double baseline = row.evaluation().baselineEmissions_kgCO2e();
        double e = row.evaluation().result().totalEmissions_kgCO2e();
        rows.add(
            new ScheduleStage.ZoneRow(
                c.name(),
                c.zone(),
                row.policy(),
                row.role(),
                e,
                baseline > 0 ? 100 * (baseline - e) / baseline : 0,
                row.meanWait_h(),
                (baseline - e) * yearScale / 1e3));
      }
      progress.update("schedule", (double) ++done / steps);
    }
    List<String> fleetZones = new ArrayList<>(histories.keySet());
    List<ScheduleStage.FleetRow> fleet =
        fleetZones.size() > 1
            ? fleet(fleetZones, histories, from, hours, ops, jobPower_kW)
            : List.of();
    return new ScheduleStage(
        ops.batchShare(),
        batch_MW,
        ops.slack_h(),
        ops.jobLength_h(),
        hours,
        rows,
        fleetZones.size() > 1 ? fleetZones : List.of(),
        fleet,
        histories);
  }

  /** Every policy across all zones, the work spread round-robin over them at home. */
  private static List<ScheduleStage.FleetRow> fleet(
      List<String> zones,
      Map<String, HourlySeries> histories,
      Instant from,
      int hours,
      Operations ops,
      double jobPower_kW) {
    FleetStudy study = FleetStudy.defaults();
    List<BatchJob> jobs = jobs(hours, ops, jobPower_kW, zones);
    double capacity = FleetStudy.capacityForHeadroom_kW(jobs, hours, zones.size(), 2.0);
    SchedulingProblem problem = study.problem(zones, histories, from, hours, jobs, capacity);
    List<FleetStudy.Row> r = study.run(problem, ops.policies(), s -> {});
    List<ScheduleStage.FleetRow> fleet = new ArrayList<>();
    for (FleetStudy.Row row : r) {
      double baseline = row.evaluation().baselineEmissions_kgCO2e();
      double e = row.evaluation().result().totalEmissions_kgCO2e();
      fleet.add(
          new ScheduleStage.FleetRow(
              row.policy(),
              row.role(),
              e,
              baseline > 0 ? 100 * (baseline - e) / baseline : 0,
              row.meanWait_h(),
              row.jobsMoved()));
    }
    return fleet;
  }

  /** One job arriving each hour; homes spread round-robin over {@code homes} (none: first). */
  private static List<BatchJob> jobs(
      int hours, Operations ops, double power_kW, List<String> homes) {
    List<BatchJob> jobs = new ArrayList<>(hours);
    for (int h = 0; h < hours; h++) {
      jobs.add(
          new BatchJob(
              "batch-" + h,
              h,
              ops.jobLength_h(),
              ops.slack_h(),
              power_kW,
              false,
              0,
              Set.of(),
              homes.isEmpty() ? "" : homes.get(h % homes.size())));
    }
    return jobs;
  }
}
