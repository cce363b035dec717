package io.terawatt.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main job: runs a {@link Scenario} through footprint, supply, schedule, assessment and
 * outlook, each stage taking what it needs from the ones before (see {@code docs/plan.md}):
 *
 * <ol>
 *   <li><b>footprint</b> ({@link FootprintStep}): the facility load every site must supply;
 *   <li><b>supply</b> ({@link SupplyStep}): each candidate site, with that flat load, planned at
 *       least cost under its targets (on representative weeks by default, or all hours);
 *   <li><b>schedule</b> ({@link ScheduleStep}): the batch share of that load, as hourly jobs,
 *       scheduled by each policy on each site's zone, and across all regions together;
 *   <li><b>assessment</b> ({@link AssessmentStep}): the sites as options, indicators from their
 *       supply plans, ranked per lens;
 *   <li><b>outlook</b> ({@link OutlookStep}): the global Monte Carlo outlook and the workloads'
 *       share of it.
 * </ol>
 *
 * <p>Every zone has one intensity signal ({@link ZoneSignals}), generated once: the supply plans
 * and the schedulers see the same planning year.
 */
public final class PlanService {

  /** Stage names, in order. */
  public static final List<String> STAGES =
      List.of("footprint", "supply", "schedule", "assessment", "outlook");

  private PlanService() {}

  /** Runs the scenario, telling {@code progress} how far each stage is. */
  public static PlanResult run(Scenario scenario, PlanProgress progress) {
    Map<String, Double> times = new LinkedHashMap<>();
    FootprintStage footprint =
        stage("footprint", progress, times, () -> FootprintStep.run(scenario));
    ZoneSignals signals = ZoneSignals.of(scenario);
    List<SiteSupply> supply =
        stage("supply", progress, times, () -> supply(scenario, footprint, signals, progress));
    ScheduleStage schedule =
        stage(
            "schedule",
            progress,
            times,
            () -> ScheduleStep.run(scenario, footprint, signals, progress));
    AssessmentStage assessment =
        stage("assessment", progress, times, () -> AssessmentStep.run(scenario, supply));
    OutlookStage outlook =
        stage("outlook", progress, times, () -> OutlookStep.run(scenario, footprint, progress));
    return new PlanResult(
        scenario.name(),
        scenario.description(),
        footprint,
        supply,
        schedule,
        assessment,
        outlook,
        times);
  }

  private static List<SiteSupply> supply(
      Scenario scenario, FootprintStage footprint, ZoneSignals signals, PlanProgress progress) {
    List<SiteSupply> supply = new ArrayList<>();
    for (CandidateSite c : scenario.sites()) {
      supply.add(
          SupplyStep.run(c, footprint.facilityLoad_MW(), signals, scenario.representativeWeeks()));
      progress.update("supply", (double) supply.size() / scenario.sites().size());
    }
    return supply;
  }

  /** Runs one stage between its 0 and 1 progress reports and records its wall time. */
  private static <T> T stage(
      String name, PlanProgress progress, Map<String, Double> times, Supplier<T> work) {
    long t0 = System.nanoTime();
    progress.update(name, 0);
    T result = work.get();
    progress.update(name, 1);
    times.put(name, (System.nanoTime() - t0) / 1e9);
    return result;
  }
}
