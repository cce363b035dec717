package io.terawatt.supply;

import io.terawatt.supply.plan.RepresentativeWeeks;
import io.terawatt.supply.plan.SupplyPlan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link SupplyService#plan} found for one site and year.
 *
 * @param site site name
 * @param year planning year
 * @param solver the LP back end that solved it
 * @param representativeWeeks weeks the capacities were planned on; 0 for every hour
 * @param plan the programme's plan (over the representative weeks' hours when planned on them)
 * @param builtSite the whole-year site with the planned capacities
 * @param flows the year's hourly flows (the optimum's, or the year simulated with the capacities)
 * @param metrics the year's figures from those flows
 * @param weeks the representative weeks, when planned on them
 * @param adequacyTopUp_MW firm capacity added after a representative-weeks programme so that the
 *     simulated year serves its load (included in the built site); empty when none
 * @param missedTargets targets the site cannot meet, in words; empty when all are met
 * @param elapsed_s wall time of the planning, seconds
 */
public record SupplyPlanResult(
    String site,
    int year,
    String solver,
    int representativeWeeks,
    SupplyPlan plan,
    SupplySite builtSite,
    HourlyFlows flows,
    SupplyMetrics metrics,
    Optional<RepresentativeWeeks> weeks,
    Map<String, Double> adequacyTopUp_MW,
    List<String> missedTargets,
    double elapsed_s) {

  /** Copies the collections. */
  public SupplyPlanResult {
    adequacyTopUp_MW = Collections.unmodifiableMap(new LinkedHashMap<>(adequacyTopUp_MW));
    missedTargets = List.copyOf(missedTargets);
  }

  /** The programme as MPS text (objective in kUSD), when the request kept it. */
  public Optional<String> mps() {
    return plan.mps();
  }

  /** Generating capacity by technology, MW (options of one technology summed). */
  public Map<String, Double> capacity_MW() {
    return SupplyCapacities.generation_MW(builtSite);
  }

  /** Storage power by technology, MW. */
  public Map<String, Double> storagePower_MW() {
    return SupplyCapacities.storagePower_MW(builtSite);
  }

  /** Storage energy by technology, MWh. */
  public Map<String, Double> storageEnergy_MWh() {
    return SupplyCapacities.storageEnergy_MWh(builtSite);
  }
}
