package io.terawatt.scheduling;

import io.terawatt.scheduling.routing.RoutingStudy;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@link SchedulingService#route} needs: inference requests routed hour by hour to regions
 * within a latency objective, least-carbon first within capacities (CASPER, Souza et al. 2023),
 * against the nearest region.
 *
 * @param intensity hourly intensity by zone, gCO2e/kWh
 * @param latency round trips between zones
 * @param outputTokens generated tokens of each request of a trace: their number over {@code
 *     traceSpan_h} becomes a flat hourly rate, their mean the energy per request
 * @param traceSpan_h hours between the trace's first and last request
 * @param regions serving zones; empty for every zone with both an intensity series and a latency
 *     row and column
 * @param originShares origin zones and their shares of the requests; empty for the regions in equal
 *     shares
 * @param capacity_requestsPerHour capacity of each region; empty for {@value
 *     RoutingStudy#DEFAULT_CAPACITY_FACTOR} × the total rate ÷ regions
 * @param energyPerOutputToken_J energy per generated token, J
 * @param slo_ms latency objective, round trip, ms
 * @param from first hour; empty for the latest first hour of the regions' series
 * @param hours hours routed
 */
public record RouteRequest(
    Map<String, HourlySeries> intensity,
    LatencyMatrix latency,
    double[] outputTokens,
    double traceSpan_h,
    List<String> regions,
    Map<String, Double> originShares,
    OptionalDouble capacity_requestsPerHour,
    double energyPerOutputToken_J,
    double slo_ms,
    Optional<Instant> from,
    int hours) {

  /**
   * Energy per generated token unless given, J ({@link
   * RoutingStudy#DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J}: ML.ENERGY v3, Llama-3.1-8B on one H100 at
   * batch 64).
   */
  public static final double DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J =
      RoutingStudy.DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J;

  /** Latency objective unless given, round trip, ms. */
  public static final double DEFAULT_SLO_ms = 100;

  /** Hours routed unless given: a week. */
  public static final int DEFAULT_HOURS = 168;

  /**
   * Copies the collections (the shares keep their order) and checks the trace.
   *
   * @throws IllegalArgumentException for an empty trace or a span that is not positive
   */
  public RouteRequest {
    regions = List.copyOf(regions);
    originShares = new LinkedHashMap<>(originShares);
    outputTokens = outputTokens.clone();
    if (outputTokens.length == 0 || !(traceSpan_h > 0)) {
      throw new IllegalArgumentException(
          "A request trace needs at least one request and a positive span.");
    }
  }

  @Override
  public double[] outputTokens() {
    return outputTokens.clone();
  }

  /** The trace's mean rate, requests per hour, taken as flat over the period. */
  public double requestsPerHour() {
    return outputTokens.length / traceSpan_h;
  }

  /** Mean generated tokens per request of the trace. */
  public double meanOutputTokens() {
    return Arrays.stream(outputTokens).average().orElse(0);
  }

  @Override
  public Map<String, Double> originShares() {
    return new LinkedHashMap<>(originShares);
  }
}
