package io.terawatt.scheduling;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What {@link SchedulingService#fleet} needs: a job trace over several regions with capacity
 * limits, spatial and temporal shifting together, under several policies.
 *
 * @param intensity every region's hourly intensity, gCO2e/kWh, by zone
 * @param prices_USD_per_MWh hourly electricity prices by zone, for the cost of each schedule
 * @param regions the regions (zones); empty for every zone of {@code intensity}
 * @param from first hour of the period
 * @param days days in the period (≥ 1)
 * @param jobs the jobs (a jobs list or a cluster trace homed over the regions in turn)
 * @param capacityPerRegion_kW IT capacity of every region, kW; empty for {@code headroom} times the
 *     jobs' mean IT load over the period, shared equally
 * @param headroom fleet capacity as a multiple of the jobs' mean IT load (when no capacity is
 *     given)
 * @param pue PUE of every region
 * @param policies policy names ({@link SchedulingPolicies#names()})
 */
public record FleetRequest(
    Map<String, HourlySeries> intensity,
    Map<String, HourlySeries> prices_USD_per_MWh,
    List<String> regions,
    Instant from,
    int days,
    JobSource jobs,
    OptionalDouble capacityPerRegion_kW,
    double headroom,
    double pue,
    List<String> policies) {

  /** Days in the period unless given: a year. */
  public static final int DEFAULT_DAYS = 365;

  /** Fleet capacity as a multiple of the jobs' mean IT load unless given. */
  public static final double DEFAULT_HEADROOM = 3;

  /** Slack of every trace job unless given, hours. */
  public static final double DEFAULT_SLACK_H = 24;

  /**
   * Validates: at least one day, at least one policy, known policies.
   *
   * @throws IllegalArgumentException naming the first problem
   */
  public FleetRequest {
    regions = List.copyOf(regions);
    policies = List.copyOf(policies);
    if (days < 1) {
      throw new IllegalArgumentException("days " + days + " must be at least 1.");
    }
    if (policies.isEmpty()) {
      throw new IllegalArgumentException("Name at least one policy.");
    }
    SchedulingPolicies.requireKnown(policies);
  }

  /** Hours in the period. */
  public int hours() {
    return days * 24;
  }

  /** The regions: those named, or every zone of the intensity in its order. */
  public List<String> resolvedRegions() {
    return regions.isEmpty() ? List.copyOf(intensity.keySet()) : regions;
  }
}
