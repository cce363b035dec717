package io.terawatt.scheduling;

import io.terawatt.scheduling.routing.RoutingStudy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SchedulingService#route} found: the carbon-aware routing and the nearest-region
 * baseline over the same demand.
 *
 * @param regions serving zones, in order
 * @param originShares origins and their shares, as routed
 * @param from first hour
 * @param hours hours routed
 * @param slo_ms latency objective, round trip, ms
 * @param requestsPerHour the flat total request rate
 * @param meanOutputTokens mean generated tokens per request
 * @param outcome both routings and the problem they solved
 */
public record RouteResult(
    List<String> regions,
    Map<String, Double> originShares,
    Instant from,
    int hours,
    double slo_ms,
    double requestsPerHour,
    double meanOutputTokens,
    RoutingStudy.Outcome outcome) {

  /** Copies the collections. */
  public RouteResult {
    regions = List.copyOf(regions);
    originShares = new LinkedHashMap<>(originShares);
  }

  @Override
  public Map<String, Double> originShares() {
    return new LinkedHashMap<>(originShares);
  }
}
