package io.terawatt.plan;

import java.util.List;
import java.util.Map;

/**
 * The plan of one scenario: every stage's result, each taking its inputs from the ones before.
 *
 * @param scenario scenario name
 * @param description scenario description
 * @param footprint what the workloads draw at the facility
 * @param supply one supply plan per candidate site, for the footprint's load
 * @param schedule carbon-aware scheduling of the batch share of the work
 * @param assessment the candidate sites compared on indicators from the stages before
 * @param outlook where the workloads sit in the global outlook
 * @param stageTimes_s wall time of each stage, seconds, in stage order
 */
public record PlanResult(
    String scenario,
    String description,
    FootprintStage footprint,
    List<SiteSupply> supply,
    ScheduleStage schedule,
    AssessmentStage assessment,
    OutlookStage outlook,
    Map<String, Double> stageTimes_s) {

  /** Copies the collections. */
  public PlanResult {
    supply = List.copyOf(supply);
    stageTimes_s =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes_s));
  }

  /** Total wall time of the stages, seconds. */
  public double totalTime_s() {
    return stageTimes_s.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
