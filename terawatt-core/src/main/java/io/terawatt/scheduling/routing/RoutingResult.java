package io.terawatt.scheduling.routing;

import io.terawatt.scheduling.PolicyRole;

/**
 * What a routing policy did over the period.
 *
 * @param policy {@code casper} or {@code nearest}
 * @param role the part the routing plays: the nearest region is the baseline, CASPER online
 * @param routed_requests {@code [hour][origin][region]} requests sent
 * @param emissions_kgCO2e emissions of the served requests, kgCO2e
 * @param energy_kWh energy of the served requests, kWh
 * @param served_requests requests served
 * @param outsideSlo_requests requests served but beyond the latency objective (capacity within it
 *     was short)
 * @param unserved_requests requests no region had capacity for
 * @param meanLatency_ms mean round trip of served requests, ms
 * @param servedByRegion_requests requests served by each region over the period
 */
public record RoutingResult(
    String policy,
    PolicyRole role,
    double[][][] routed_requests,
    double emissions_kgCO2e,
    double energy_kWh,
    double served_requests,
    double outsideSlo_requests,
    double unserved_requests,
    double meanLatency_ms,
    double[] servedByRegion_requests) {

  /** Latency-objective violations: served outside the objective plus unserved, requests. */
  public double sloViolations_requests() {
    return outsideSlo_requests + unserved_requests;
  }

  /** Builds the result's totals from the routing. */
  static RoutingResult of(String policy, PolicyRole role, RoutingProblem p, double[][][] routed) {
    double grams = 0;
    double served = 0;
    double outside = 0;
    double demand = 0;
    double latency = 0;
    double[] byRegion = new double[p.regions().size()];
    for (int h = 0; h < routed.length; h++) {
      for (int o = 0; o < p.origins().size(); o++) {
        demand += p.demand_requestsPerHour()[o][h];
        for (int r = 0; r < p.regions().size(); r++) {
          double x = routed[h][o][r];
          if (x <= 0) {
            continue;
          }
          served += x;
          byRegion[r] += x;
          grams += x * p.energyPerRequest_kWh() * p.intensity_gPerKWh()[r][h];
          latency += x * p.rtt_ms()[o][r];
          if (!p.withinSlo(o, r)) {
            outside += x;
          }
        }
      }
    }
    return new RoutingResult(
        policy,
        role,
        routed,
        grams / 1000.0,
        served * p.energyPerRequest_kWh(),
        served,
        outside,
        Math.max(0, demand - served),
        served > 0 ? latency / served : Double.NaN,
        byRegion);
  }
}
