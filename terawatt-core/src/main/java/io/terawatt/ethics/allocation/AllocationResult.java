package io.terawatt.ethics.allocation;

/**
 * The outcome of one rule over a scenario. Per-group arrays are indexed by {@link
 * DemandGroup#ordinal()}; hourly arrays {@code [group][hour]}.
 *
 * @param rule the rule
 * @param served_MW grid energy served per group and hour (MWh in a 1-hour step)
 * @param unserved_MW unserved demand per group and hour, after backup and curtailment
 * @param backup_MW AI backup generation per hour
 * @param curtailed_MW AI demand response per hour (counted in the AI's unserved energy)
 * @param price_USD_per_MWh clearing price per hour
 * @param unserved_MWh total unserved energy per group
 * @param shortfallHours hours with unserved demand per group
 * @param emissions_tCO2e emissions of the grid energy served plus the backup
 * @param meanPrice_USD_per_MWh time-weighted mean clearing price
 * @param maxPrice_USD_per_MWh highest clearing price
 */
public record AllocationResult(
    AllocationRule rule,
    double[][] served_MW,
    double[][] unserved_MW,
    double[] backup_MW,
    double[] curtailed_MW,
    double[] price_USD_per_MWh,
    double[] unserved_MWh,
    int[] shortfallHours,
    double emissions_tCO2e,
    double meanPrice_USD_per_MWh,
    double maxPrice_USD_per_MWh) {

  /** AI backup generation over the scenario, MWh (1-hour steps). */
  public double backup_MWh() {
    return java.util.Arrays.stream(backup_MW).sum();
  }

  /** AI demand response over the scenario, MWh (1-hour steps). */
  public double curtailed_MWh() {
    return java.util.Arrays.stream(curtailed_MW).sum();
  }
}
