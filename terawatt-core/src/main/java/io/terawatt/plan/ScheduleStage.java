package io.terawatt.plan;

import io.terawatt.scheduling.PolicyRole;
import io.terawatt.timeseries.HourlySeries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduling stage: the batch share of the work shifted in time on each site's zone, and in
 * time and space across the candidate regions.
 *
 * @param batchShare share of the facility load that is batch work
 * @param batchLoad_MW average batch load
 * @param slack_h slack of each job
 * @param jobLength_h length of each job
 * @param periodHours hours simulated (from 1 January of the planning year)
 * @param zones per site and policy, on the site's zone alone
 * @param fleetRegions zones of the fleet study (sites' zones and the extra regions)
 * @param fleet per policy, across all fleet regions with the work spread evenly at home
 * @param zoneIntensity_gCO2e_per_kWh each zone's hourly intensity the policies ran on: the planning
 *     year the supply plans used, after the years the forecasters learned from
 */
public record ScheduleStage(
    double batchShare,
    double batchLoad_MW,
    double slack_h,
    double jobLength_h,
    int periodHours,
    List<ZoneRow> zones,
    List<String> fleetRegions,
    List<FleetRow> fleet,
    Map<String, HourlySeries> zoneIntensity_gCO2e_per_kWh) {

  /** Copies the collections. */
  public ScheduleStage {
    zones = List.copyOf(zones);
    fleetRegions = List.copyOf(fleetRegions);
    fleet = List.copyOf(fleet);
    zoneIntensity_gCO2e_per_kWh =
        Collections.unmodifiableMap(new LinkedHashMap<>(zoneIntensity_gCO2e_per_kWh));
  }

  /**
   * One policy on one site's zone.
   *
   * @param site site name
   * @param zone grid zone
   * @param policy policy name
   * @param role the part the policy plays (baseline, online or oracle)
   * @param emissions_kgCO2e location-based emissions of the batch work over the period
   * @param reductionVsAgnostic_pct saving against running each job on arrival
   * @param meanWait_h mean wait before a job starts
   * @param annualSaving_tCO2e the period's saving scaled to the year
   */
  public record ZoneRow(
      String site,
      String zone,
      String policy,
      PolicyRole role,
      double emissions_kgCO2e,
      double reductionVsAgnostic_pct,
      double meanWait_h,
      double annualSaving_tCO2e) {}

  /**
   * One policy across the fleet's regions.
   *
   * @param policy policy name
   * @param role the part the policy plays (baseline, online or oracle)
   * @param emissions_kgCO2e emissions over the period
   * @param reductionVsAgnostic_pct saving against running each job at home on arrival
   * @param meanWait_h mean wait
   * @param jobsMoved jobs run outside their home region
   */
  public record FleetRow(
      String policy,
      PolicyRole role,
      double emissions_kgCO2e,
      double reductionVsAgnostic_pct,
      double meanWait_h,
      int jobsMoved) {}
}
