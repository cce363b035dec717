package io.terawatt.plan;

import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import io.terawatt.supply.plan.RepresentativeWeeks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supply plan of one candidate site for the footprint's load.
 *
 * @param site site name
 * @param zone grid zone
 * @param year planning year
 * @param method {@code full-year} or {@code representative-weeks}
 * @param capacity_MW generating capacity by technology
 * @param storagePower_MW storage power by technology
 * @param storageEnergy_MWh storage energy by technology
 * @param metrics the year's figures from every hour (the exact programme's optimum, or the year
 *     simulated with the planned capacities when planned on representative weeks)
 * @param planObjective_USD the programme's yearly cost (weighted over representative weeks)
 * @param cfeTarget_pct hourly or annual carbon-free target; NaN when none
 * @param cfeMatching {@code hourly} or {@code annual}
 * @param missedTargets targets the site cannot meet, in words; empty when all are met
 * @param solveTime_s time spent building and solving the programmes
 * @param builtSite the whole-year site with the planned capacities
 * @param flows the year's hourly flows (one value per hour of the year)
 * @param weeks the representative weeks, when planned on them
 * @param adequacyTopUp_MW firm capacity added after a representative-weeks programme so that the
 *     simulated year serves its load (included in {@code capacity_MW}); empty when none
 */
public record SiteSupply(
    String site,
    String zone,
    int year,
    String method,
    Map<String, Double> capacity_MW,
    Map<String, Double> storagePower_MW,
    Map<String, Double> storageEnergy_MWh,
    SupplyMetrics metrics,
    double planObjective_USD,
    double cfeTarget_pct,
    String cfeMatching,
    List<String> missedTargets,
    double solveTime_s,
    SupplySite builtSite,
    HourlyFlows flows,
    Optional<RepresentativeWeeks> weeks,
    Map<String, Double> adequacyTopUp_MW) {

  /** Copies the collections. */
  public SiteSupply {
    capacity_MW = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(capacity_MW));
    storagePower_MW =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(storagePower_MW));
    storageEnergy_MWh =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(storageEnergy_MWh));
    missedTargets = List.copyOf(missedTargets);
    adequacyTopUp_MW =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(adequacyTopUp_MW));
  }

  /** Yearly cost over yearly load, USD/MWh. */
  public double averageCost_USD_per_MWh() {
    return metrics.load_MWh() > 0 ? metrics.totalCost_USD() / metrics.load_MWh() : 0;
  }

  /** Location-based emissions over load, gCO2e/kWh. */
  public double supplyIntensity_gCO2e_per_kWh() {
    return metrics.load_MWh() > 0
        ? metrics.emissionsLocation_tCO2e() / metrics.load_MWh() * 1e3
        : 0;
  }

  /** Mean hourly grid intensity of the site's zone over the year, gCO2e/kWh. */
  public double meanGridIntensity_gCO2e_per_kWh() {
    return java.util.Arrays.stream(builtSite.grid().intensity_gCO2e_per_kWh()).average().orElse(0);
  }
}
