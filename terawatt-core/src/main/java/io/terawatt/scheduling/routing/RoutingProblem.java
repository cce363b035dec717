package io.terawatt.scheduling.routing;

import java.util.List;

/**
 * Requests arriving at origins hour by hour, to be served by regions.
 *
 * @param origins origin names
 * @param regions region (zone) names
 * @param rtt_ms round-trip latency {@code [origin][region]}, ms
 * @param slo_ms latency objective: a request is served within it when the round trip is at most
 *     this, ms
 * @param capacity_requestsPerHour requests each region can serve per hour
 * @param intensity_gPerKWh carbon intensity {@code [region][hour]}, gCO2e/kWh
 * @param demand_requestsPerHour requests {@code [origin][hour]}
 * @param energyPerRequest_kWh energy of one request where it is served, kWh
 */
public record RoutingProblem(
    List<String> origins,
    List<String> regions,
    double[][] rtt_ms,
    double slo_ms,
    double[] capacity_requestsPerHour,
    double[][] intensity_gPerKWh,
    double[][] demand_requestsPerHour,
    double energyPerRequest_kWh) {

  /** Validates shapes and values. */
  public RoutingProblem {
    origins = List.copyOf(origins);
    regions = List.copyOf(regions);
    int o = origins.size();
    int r = regions.size();
    if (o == 0 || r == 0) {
      throw new IllegalArgumentException("At least one origin and one region are needed.");
    }
    if (rtt_ms.length != o
        || capacity_requestsPerHour.length != r
        || intensity_gPerKWh.length != r
        || demand_requestsPerHour.length != o) {
      throw new IllegalArgumentException("Array shapes do not match the origins and regions.");
    }
    int hours = demand_requestsPerHour[0].length;
    for (int i = 0; i < o; i++) {
      if (rtt_ms[i].length != r || demand_requestsPerHour[i].length != hours) {
        throw new IllegalArgumentException("origin " + origins.get(i) + ": row length differs");
      }
    }
    for (int j = 0; j < r; j++) {
      if (intensity_gPerKWh[j].length < hours) {
        throw new IllegalArgumentException(
            "region " + regions.get(j) + ": intensity shorter than the demand");
      }
      if (!(capacity_requestsPerHour[j] >= 0)) {
        throw new IllegalArgumentException(
            "region " + regions.get(j) + ": capacity " + capacity_requestsPerHour[j] + " < 0");
      }
    }
    if (!(slo_ms > 0) || !(energyPerRequest_kWh >= 0)) {
      throw new IllegalArgumentException(
          "slo_ms ("
              + slo_ms
              + ") must be > 0 and energyPerRequest_kWh ("
              + energyPerRequest_kWh
              + ") >= 0.");
    }
  }

  /** Number of hours. */
  public int hours() {
    return demand_requestsPerHour[0].length;
  }

  /** Whether region {@code r} serves origin {@code o} within the objective. */
  public boolean withinSlo(int o, int r) {
    return rtt_ms[o][r] <= slo_ms;
  }
}
