package io.terawatt.supply;

import java.util.Map;

/**
 * A year of hourly dispatch with a site's existing capacities.
 *
 * @param year the simulated year
 * @param site the site as built from its spec
 * @param flows hourly flows
 * @param metrics the year's figures
 * @param simulation_ms wall time of the simulation, milliseconds
 */
public record SupplySimulationResult(
    int year, SupplySite site, HourlyFlows flows, SupplyMetrics metrics, double simulation_ms) {

  /** Generating capacity by technology, MW (options of one technology summed). */
  public Map<String, Double> capacity_MW() {
    return SupplyCapacities.generation_MW(site);
  }

  /** Storage energy by technology, MWh. */
  public Map<String, Double> storageEnergy_MWh() {
    return SupplyCapacities.storageEnergy_MWh(site);
  }
}
